"use client";
import { useId, useState } from "react";
import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Select } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import {
  IMPORT_FIELDS,
  REQUIRED_FIELDS,
  emptyMapping,
  type ColumnMapping,
  type ImportField,
} from "@/lib/nomenclature/import/fields";
import type { ImportJobDto } from "@/lib/nomenclature/import/jobs";
import type { ImportPreview } from "@/lib/nomenclature/import/preview-import";
import { columnLetter } from "../../../_components/format";
import { apiErrorText } from "@/lib/http/api-error-text";

/** Step 2: which file column holds which field (guessed, editable), then «Проверить» runs the preview. */
export function MappingStep({
  job,
  mapping: initial,
  onChecked,
}: {
  job: ImportJobDto;
  mapping: ColumnMapping | null;
  onChecked: (mapping: ColumnMapping, preview: ImportPreview) => void;
}) {
  const t = useTranslations();
  const tn = useTranslations("nomenclature");
  const baseId = useId();
  const [mapping, setMapping] = useState<ColumnMapping>(initial ?? emptyMapping());
  const [errors, setErrors] = useState<Partial<Record<ImportField, string>>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const headers = job.layout.cells;

  const validateLocally = () => {
    const e: Partial<Record<ImportField, string>> = {};
    for (const f of REQUIRED_FIELDS) if (mapping[f] === null) e[f] = "nomenclature.import.mappingRequired";
    const seen = new Set<number>();
    for (const f of IMPORT_FIELDS) {
      const c = mapping[f];
      if (c === null) continue;
      if (seen.has(c)) e[f] = "nomenclature.import.mappingTwice";
      seen.add(c);
    }
    return e;
  };

  const check = async () => {
    const e = validateLocally();
    setErrors(e);
    setMessage(null);
    if (Object.keys(e).length) return;
    setBusy(true);
    try {
      const res = await fetch(`/api/cabinet/nomenclature/imports/${job.id}/preview`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ mapping }),
      });
      const json = await res.json().catch(() => null);
      if (res.ok && json?.preview) {
        onChecked(mapping, json.preview as ImportPreview);
        return;
      }
      if (json?.error?.fields) setErrors(json.error.fields);
      setMessage(apiErrorText(t, json));
    } catch {
      setMessage(t("errors.INTERNAL_ERROR"));
    }
    setBusy(false);
  };

  const mappedColumns = new Set(Object.values(mapping).filter((c): c is number => c !== null));
  return (
    <Card className="space-y-5">
      <div>
        <h2 className="text-lg font-semibold">{tn("import.mappingTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600">
          <span className="font-medium text-slate-800">{job.fileName}</span> ·{" "}
          {tn("import.mappingText", { row: job.layout.row })}
        </p>
      </div>
      {message ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {message}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {IMPORT_FIELDS.map((field) => {
          const id = `${baseId}-${field}`;
          const required = REQUIRED_FIELDS.includes(field);
          const error = errors[field];
          return (
            <div key={field} className="space-y-1">
              <label htmlFor={id} className="block text-sm font-medium text-slate-700">
                {tn(`col.${field}`)}
                {required ? (
                  <span className="ml-1 text-xs font-normal text-slate-500">
                    ({tn("import.requiredMark")})
                  </span>
                ) : null}
              </label>
              <Select
                id={id}
                value={mapping[field] === null ? "" : String(mapping[field])}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
                onChange={(e) =>
                  setMapping({ ...mapping, [field]: e.target.value === "" ? null : Number(e.target.value) })
                }
              >
                <option value="">{tn("import.notInFile")}</option>
                {headers.map((h, i) => (
                  <option key={i} value={i}>
                    {tn("import.columnOption", { letter: columnLetter(i), header: h || "—" })}
                  </option>
                ))}
              </Select>
              {error ? (
                <p id={`${id}-error`} role="alert" className="text-sm text-red-600">
                  {t.has(error) ? t(error) : error}
                </p>
              ) : null}
            </div>
          );
        })}
      </div>

      {job.layout.sample.length > 0 ? (
        <div>
          <h3 className="mb-2 text-sm font-semibold text-slate-700">{tn("import.sample")}</h3>
          <div className="overflow-x-auto rounded-md border border-slate-200">
            <table className="w-full text-xs">
              <thead className="bg-slate-50 text-left text-slate-500">
                <tr>
                  {headers.map((h, i) => (
                    <th
                      key={i}
                      scope="col"
                      className={cn(
                        "whitespace-nowrap px-2 py-1.5 font-medium",
                        mappedColumns.has(i) && "bg-brand-50 text-brand-800",
                      )}
                    >
                      {columnLetter(i)}: {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {job.layout.sample.map((row, r) => (
                  <tr key={r}>
                    {headers.map((_, i) => (
                      <td
                        key={i}
                        className={cn(
                          "max-w-56 truncate px-2 py-1.5",
                          mappedColumns.has(i) ? "text-slate-900" : "text-slate-500",
                        )}
                      >
                        {row[i] ?? ""}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ) : null}

      <div className="flex flex-wrap items-center gap-3">
        <Button onClick={check} disabled={busy}>
          {busy ? <Loader2 className="h-4 w-4 animate-spin" aria-hidden /> : null}
          {busy ? tn("import.checking") : tn("import.check")}
        </Button>
      </div>
    </Card>
  );
}
