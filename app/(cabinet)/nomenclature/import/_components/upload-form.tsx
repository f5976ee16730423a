"use client";
import { useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Loader2, Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { apiErrorText } from "@/lib/http/api-error-text";

/** Sends the file to POST /api/cabinet/nomenclature/imports and opens the wizard on the new import. */
export function UploadForm({ maxBytes }: { maxBytes: number }) {
  const t = useTranslations();
  const router = useRouter();
  const inputId = useId();
  const errorId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return setError(t("nomenclature.fileErrors.noFile"));
    if (file.size > maxBytes)
      return setError(t("nomenclature.fileErrors.tooLarge", { mb: maxBytes / 1024 / 1024 }));
    setBusy(true);
    setError(null);
    try {
      const body = new FormData();
      body.set("file", file);
      const res = await fetch("/api/cabinet/nomenclature/imports", { method: "POST", body });
      const json = await res.json().catch(() => null);
      if (res.status === 201 && json?.job?.id) {
        router.push(`/nomenclature/import/${json.job.id}`);
        return;
      }
      setError(apiErrorText(t, json));
    } catch {
      setError(t("errors.INTERNAL_ERROR"));
    }
    setBusy(false);
  };

  return (
    <form onSubmit={submit} noValidate className="mt-4 space-y-4">
      <div className="space-y-1">
        <p className="block text-sm font-medium text-slate-700">{t("nomenclature.import.fileLabel")}</p>
        {/* The native picker's own texts follow the browser's language: a labelled button instead. */}
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-dashed border-slate-300 bg-slate-50 p-4">
          <input
            id={inputId}
            name="file"
            type="file"
            accept=".xlsx,.csv,.txt,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? errorId : undefined}
            className="peer sr-only"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setError(null);
            }}
          />
          <label
            htmlFor={inputId}
            className="inline-flex h-10 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-100 peer-focus-visible:ring-2 peer-focus-visible:ring-brand-500"
          >
            {t("nomenclature.import.chooseFile")}
          </label>
          <span className="min-w-0 break-all text-sm text-slate-600">
            {file ? file.name : t("nomenclature.import.noFileChosen")}
          </span>
        </div>
        {error ? (
          <p id={errorId} role="alert" className="text-sm text-red-600">
            {error}
          </p>
        ) : null}
      </div>
      <Button type="submit" disabled={busy}>
        {busy ? (
          <Loader2 className="h-4 w-4 animate-spin" aria-hidden />
        ) : (
          <Upload className="h-4 w-4" aria-hidden />
        )}
        {busy ? t("nomenclature.import.uploading") : t("nomenclature.import.upload")}
      </Button>
    </form>
  );
}
