import Link from "next/link";
import { ArrowLeft } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { getImportJob } from "@/lib/nomenclature/import/jobs";
import { ImportWizard } from "./_components/import-wizard";

export async function generateMetadata() {
  return { title: (await getTranslations("nomenclature"))("import.title") };
}

export default async function ImportJobPage({ params }: { params: Promise<{ importJobId: string }> }) {
  const ctx = await requireTenant("nomenclature.manage");
  const { importJobId } = await params;
  const job = await orNotFound(getImportJob(ctx, importJobId));
  const t = await getTranslations("nomenclature");
  return (
    <div className="max-w-6xl space-y-6">
      <Link
        href="/nomenclature"
        className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
      >
        <ArrowLeft className="h-4 w-4" aria-hidden />
        {t("title")}
      </Link>
      <PageHeader title={t("import.title")} />
      <ImportWizard initialJob={job} />
    </div>
  );
}
