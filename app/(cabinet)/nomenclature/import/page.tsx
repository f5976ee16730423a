import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { HelpLink } from "@/components/help/help-link";
import { HELP_DIALOGS } from "@/lib/help/links";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { findImportJobs } from "@/lib/nomenclature/import/jobs";
import { MAX_IMPORT_BYTES } from "@/lib/nomenclature/import/read-file";
import { ImportSteps, STATUS_TONE } from "./_components/import-steps";
import { UploadForm } from "./_components/upload-form";

export async function generateMetadata() {
  return { title: (await getTranslations("nomenclature"))("import.title") };
}

export default async function ImportUploadPage() {
  const ctx = await requireTenant("nomenclature.manage");
  const [jobs, t, locale] = await Promise.all([
    findImportJobs(ctx),
    getTranslations("nomenclature"),
    getLocale().then(toLocale),
  ]);
  const mb = MAX_IMPORT_BYTES / 1024 / 1024;
  return (
    <div className="max-w-4xl space-y-6">
      <Link
        href="/nomenclature"
        className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
      >
        <ArrowLeft className="h-4 w-4" aria-hidden />
        {t("title")}
      </Link>
      <PageHeader title={t("import.title")} />
      <HelpLink href={HELP_DIALOGS.nomenclatureImport} testId="import-help" />
      <ImportSteps current="upload" />
      <div className="grid items-start gap-6 lg:grid-cols-[1fr_18rem]">
        <Card>
          <h2 className="text-lg font-semibold">{t("import.uploadTitle")}</h2>
          <p className="mt-1 text-sm text-slate-600">{t("import.uploadText", { mb })}</p>
          <UploadForm maxBytes={MAX_IMPORT_BYTES} />
        </Card>
        <Card className="space-y-3">
          <h2 className="font-semibold">{t("import.templateTitle")}</h2>
          <p className="text-sm text-slate-600">{t("import.templateText")}</p>
          <a
            href="/api/cabinet/nomenclature/template"
            download
            className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50"
          >
            {t("import.template")}
          </a>
          <h2 className="pt-2 font-semibold">{t("import.rulesTitle")}</h2>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-600">
            <li>{t("import.rule1")}</li>
            <li>{t("import.rule2")}</li>
            <li>{t("import.rule3")}</li>
          </ul>
        </Card>
      </div>
      <section aria-labelledby="import-history">
        <h2 id="import-history" className="mb-3 text-lg font-semibold">
          {t("import.history")}
        </h2>
        <DataTable
          label={t("import.history")}
          empty={<p className="text-sm text-slate-500">{t("import.historyEmpty")}</p>}
          columns={[
            {
              id: "file",
              header: t("import.historyFile"),
              card: "title",
              wrap: true,
              className: "md:max-w-64",
            },
            { id: "status", header: t("import.historyStatus") },
            { id: "when", header: t("import.historyWhen") },
            { id: "result", header: t("import.historyResult"), wrap: true },
          ]}
          rows={jobs.map((j) => ({
            id: j.id,
            cells: {
              file: (
                <Link
                  href={`/nomenclature/import/${j.id}`}
                  className="break-words font-medium text-brand-700 hover:underline"
                >
                  {j.fileName}
                </Link>
              ),
              status: <Badge tone={STATUS_TONE[j.status]}>{t(`import.jobStatus.${j.status}`)}</Badge>,
              when: (
                <span className="text-slate-600">
                  {formatDateTime(new Date(j.createdAt), locale, ctx.timezone)}
                </span>
              ),
              result: (
                <span className="text-slate-600">
                  {(["created", "updated", "skipped", "failed"] as const)
                    .filter((k) => j[k] > 0)
                    .map((k) => (
                      <span
                        key={k}
                        className={`mr-3 inline-block whitespace-nowrap ${k === "failed" ? "text-red-700" : ""}`}
                      >
                        {t(`import.${k}`)}: <span className="tabular-nums">{j[k]}</span>
                      </span>
                    ))}
                </span>
              ),
            },
          }))}
        />
      </section>
    </div>
  );
}
