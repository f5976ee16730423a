"use client";
import { useId, useState } from "react";
import { Download, Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { ExportPeriodProblem } from "@/lib/receipts/params";
import { apiErrorText } from "@/lib/http/api-error-text";

const linkClass =
  "inline-flex h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50";

/**
 * «Выгрузить в Excel»: the receipts of the current search as .xlsx. Without a period, or with one
 * the export refuses, the button is disabled and says why. Otherwise a plain download link; with
 * JavaScript a click first asks the route to check (`&check=1`: the period and the row cap), so a
 * refusal shows here in words instead of as a failed download.
 */
export function ReceiptExportButton({
  href,
  problem,
}: {
  /** /api/cabinet/receipts/export?<the search> */
  href: string;
  problem: ExportPeriodProblem | null;
}) {
  const t = useTranslations();
  const hintId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (problem) {
    return (
      <div className="flex max-w-sm flex-col items-start gap-1 sm:items-end">
        <button
          type="button"
          disabled
          aria-describedby={hintId}
          className={cn(linkClass, "cursor-not-allowed bg-slate-50 text-slate-400 hover:bg-slate-50")}
        >
          <Download className="h-4 w-4" aria-hidden />
          {t("receipts.export.button")}
        </button>
        <p id={hintId} className="text-xs text-slate-500 sm:text-right">
          {t(`receipts.export.hints.${problem}`)}
        </p>
      </div>
    );
  }

  const onClick = async (e: React.MouseEvent<HTMLAnchorElement>) => {
    if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const res = await fetch(`${href}&check=1`, { cache: "no-store" });
      if (res.ok) {
        // an attachment: the browser downloads it and stays on the page
        window.location.assign(href);
      } else {
        const json = await res.json().catch(() => null);
        setError(apiErrorText(t, json));
      }
    } catch {
      setError(t("errors.INTERNAL_ERROR"));
    }
    setBusy(false);
  };

  return (
    <div className="flex max-w-sm flex-col items-start gap-1 sm:items-end">
      <a
        href={href}
        download
        onClick={onClick}
        aria-busy={busy || undefined}
        aria-describedby={error ? hintId : undefined}
        className={linkClass}
      >
        {busy ? (
          <Loader2 className="h-4 w-4 animate-spin" aria-hidden />
        ) : (
          <Download className="h-4 w-4" aria-hidden />
        )}
        {busy ? t("receipts.export.checking") : t("receipts.export.button")}
      </a>
      {error ? (
        <p id={hintId} role="alert" className="text-xs text-red-700 sm:text-right">
          {error}
        </p>
      ) : null}
    </div>
  );
}
