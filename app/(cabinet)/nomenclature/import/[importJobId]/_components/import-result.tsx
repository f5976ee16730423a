"use client";
import Link from "next/link";
import { CheckCircle2, Download, XCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { ImportJobDto } from "@/lib/nomenclature/import/jobs";
import { Count } from "./import-progress";

/** Step 5: created / updated / unchanged / failed, and the failed rows as .xlsx. */
export function ImportResult({ job }: { job: ImportJobDto }) {
  const t = useTranslations();
  const tn = useTranslations("nomenclature.import");
  const done = job.status === "DONE";
  return (
    <Card className="space-y-5">
      <h2 className="flex items-center gap-2 text-lg font-semibold">
        {done ? (
          <CheckCircle2 className="h-5 w-5 text-emerald-600" aria-hidden />
        ) : (
          <XCircle className="h-5 w-5 text-red-600" aria-hidden />
        )}
        {done ? tn("resultTitle") : tn("failedTitle")}
      </h2>
      <p className="text-sm text-slate-600">{job.fileName}</p>
      {!done && job.errorMessage ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {t.has(job.errorMessage) ? t(job.errorMessage) : tn("jobFailed")}
        </p>
      ) : null}
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4" data-testid="import-result">
        <Count label={tn("created")} value={job.created} tone="bg-emerald-50" />
        <Count label={tn("updated")} value={job.updated} tone="bg-brand-50" />
        <Count label={tn("skipped")} value={job.skipped} />
        <Count label={tn("failed")} value={job.failed} tone={job.failed ? "bg-red-50 text-red-700" : ""} />
      </dl>
      <div className="flex flex-wrap gap-2">
        {job.failed > 0 ? (
          <a
            href={`/api/cabinet/nomenclature/imports/${job.id}/errors`}
            download
            className="inline-flex h-10 items-center gap-2 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
          >
            <Download className="h-4 w-4" aria-hidden />
            {tn("downloadErrors")}
          </a>
        ) : null}
        <Link
          href="/nomenclature"
          className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-50"
        >
          {tn("toList")}
        </Link>
        <Link
          href="/nomenclature/import"
          className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-brand-700 hover:bg-slate-100"
        >
          {tn("another")}
        </Link>
      </div>
    </Card>
  );
}
