"use client";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";
import type { ImportJobDto } from "@/lib/nomenclature/import/jobs";

/** Step 4: the server-side import's progress, read from the job row (survives a reload). */
export function ImportProgress({ job }: { job: ImportJobDto }) {
  const tn = useTranslations("nomenclature.import");
  const total = Math.max(job.totalRows, job.processedRows);
  const percent = total ? Math.min(100, Math.floor((job.processedRows / total) * 100)) : 0;
  return (
    <Card className="space-y-4">
      <h2 className="flex items-center gap-2 text-lg font-semibold">
        <Loader2 className="h-5 w-5 animate-spin text-brand-600" aria-hidden />
        {tn("runTitle")}
      </h2>
      <div
        role="progressbar"
        aria-label={tn("runTitle")}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${percent}%`}
        className="h-3 w-full overflow-hidden rounded-full bg-slate-100"
      >
        <div
          className="h-full rounded-full bg-brand-600 transition-[width] duration-500"
          style={{ width: `${percent}%` }}
        />
      </div>
      <p className="text-sm text-slate-700" aria-live="polite">
        {job.status === "QUEUED" ? tn("queued") : tn("progress", { processed: job.processedRows, total })} ·{" "}
        {percent}%
      </p>
      <dl className="grid grid-cols-2 gap-2 text-sm sm:grid-cols-4">
        <Count label={tn("created")} value={job.created} />
        <Count label={tn("updated")} value={job.updated} />
        <Count label={tn("skipped")} value={job.skipped} />
        <Count label={tn("failed")} value={job.failed} />
      </dl>
      <p className="text-sm text-slate-500">{tn("runHint")}</p>
    </Card>
  );
}

export function Count({ label, value, tone = "" }: { label: string; value: number; tone?: string }) {
  return (
    <div className={`rounded-lg border border-slate-200 px-3 py-2 ${tone}`}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-xl font-semibold tabular-nums">{value}</dd>
    </div>
  );
}
