"use client";
import { useState } from "react";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import { cn } from "@/lib/cn";
import { IMPORT_FIELDS, type ColumnMapping } from "@/lib/nomenclature/import/fields";
import type { ImportJobDto } from "@/lib/nomenclature/import/jobs";
import type { ImportPreview, PreviewRow } from "@/lib/nomenclature/import/preview-import";
import { apiErrorText } from "@/lib/http/api-error-text";

/** Step 3: what the import will do to each row, before anything is written. */
export function PreviewStep({
  job,
  mapping,
  preview,
  onBack,
  onStarted,
}: {
  job: ImportJobDto;
  mapping: ColumnMapping;
  preview: ImportPreview;
  onBack: () => void;
  onStarted: (job: ImportJobDto) => void;
}) {
  const t = useTranslations();
  const tn = useTranslations("nomenclature");
  const [onlyErrors, setOnlyErrors] = useState(preview.invalid > 0);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const fields = IMPORT_FIELDS.filter((f) => mapping[f] !== null);
  const rows: PreviewRow[] = onlyErrors ? preview.errorRows : preview.rows;
  const listed = onlyErrors ? preview.invalid : preview.total;

  const start = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const res = await fetch(`/api/cabinet/nomenclature/imports/${job.id}/start`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ mapping }),
      });
      const json = await res.json().catch(() => null);
      if (res.ok && json?.job) {
        onStarted(json.job as ImportJobDto);
        return;
      }
      setMessage(apiErrorText(t, json));
    } catch {
      setMessage(t("errors.INTERNAL_ERROR"));
    }
    setBusy(false);
  };

  const stat = (label: string, value: number, tone: string) => (
    <div className={cn("rounded-lg border px-3 py-2 sm:px-4 sm:py-3", tone)}>
      <p className="text-[11px] font-medium uppercase leading-tight tracking-wide opacity-80 sm:text-xs">
        {label}
      </p>
      <p className="text-xl font-semibold tabular-nums sm:text-2xl">{value}</p>
    </div>
  );

  return (
    <Card className="space-y-5">
      <h2 className="text-lg font-semibold">{tn("import.previewTitle")}</h2>
      <div className="grid grid-cols-3 gap-2 sm:gap-3" data-testid="preview-summary">
        {stat(tn("import.previewTotal"), preview.total, "border-slate-200 text-slate-800")}
        {stat(tn("import.previewValid"), preview.valid, "border-emerald-200 bg-emerald-50 text-emerald-800")}
        {stat(
          tn("import.previewInvalid"),
          preview.invalid,
          preview.invalid ? "border-red-200 bg-red-50 text-red-700" : "border-slate-200 text-slate-500",
        )}
      </div>
      <p className="text-sm text-slate-600">
        {preview.valid === 0 ? tn("import.noValidRows") : tn("import.nothingWritten")}
      </p>
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {message}
        </p>
      ) : null}

      {preview.invalid > 0 ? (
        <label className="inline-flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            className="h-4 w-4"
            checked={onlyErrors}
            onChange={(e) => setOnlyErrors(e.target.checked)}
          />
          {tn("import.onlyErrors")}
        </label>
      ) : null}
      <DataTable
        label={tn("import.previewTitle")}
        rowIdAttribute="data-row"
        columns={[
          {
            id: "row",
            header: tn("import.row"),
            card: "title",
            cell: ({ row }) => <span className="tabular-nums text-slate-500">{row.rowNumber}</span>,
          },
          {
            id: "problems",
            header: tn("import.problems"),
            wrap: true,
            className: "md:min-w-64 md:max-w-sm",
            cell: ({ row }) =>
              row.errors.length ? (
                <span className="text-red-700">
                  {row.errors.map((e, i) => (
                    <span key={i} className="block">
                      {t(`nomenclature.${e.key}`, e.params ?? {})}
                    </span>
                  ))}
                </span>
              ) : (
                <>
                  <span className="text-emerald-700" aria-hidden>
                    ✓
                  </span>
                  <span className="sr-only">{tn("import.previewValid")}</span>
                </>
              ),
          },
          ...fields.map((f) => ({
            id: f,
            header: tn(`col.${f}`),
            className: "md:max-w-56 md:truncate",
            cell: ({ row }: { row: PreviewRow }) => (
              <span title={row.cells[mapping[f]!] ?? ""}>{row.cells[mapping[f]!] ?? ""}</span>
            ),
          })),
        ]}
        rows={rows.map((r) => ({
          id: String(r.rowNumber),
          row: r,
          tone: r.errors.length ? ("danger" as const) : undefined,
        }))}
      />
      {listed > rows.length ? (
        <p className="text-xs text-slate-500">
          {tn("import.shownOf", { shown: rows.length, count: listed })}
        </p>
      ) : null}

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-between">
        <Button variant="secondary" onClick={onBack} disabled={busy}>
          {tn("import.backToMapping")}
        </Button>
        <Button onClick={start} disabled={busy || preview.valid === 0}>
          {busy ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
          {tn("import.start", { count: preview.valid })}
        </Button>
      </div>
    </Card>
  );
}
