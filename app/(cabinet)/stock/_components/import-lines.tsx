"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { EditorLine } from "./line-editor";

/** «Загрузить строки из Excel»: the file goes to the server, the lines found come back into the editor. */
export function ImportLines({
  documentId,
  onLines,
}: {
  documentId: string;
  onLines: (lines: EditorLine[]) => void;
}) {
  const t = useTranslations("stock");
  const tAll = useTranslations();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <details className="rounded-md border border-slate-200 p-3 text-sm">
      <summary className="cursor-pointer font-medium">{t("doc.importTitle")}</summary>
      <p className="mt-2 text-slate-600">{t("doc.importHint")}</p>
      <form
        className="mt-2 flex flex-wrap items-center gap-2"
        onSubmit={async (e) => {
          e.preventDefault();
          setBusy(true);
          setMessage(null);
          try {
            const res = await fetch(`/api/cabinet/stock/documents/${documentId}/import`, {
              method: "POST",
              body: new FormData(e.currentTarget),
            });
            const body = await res.json();
            if (!res.ok) {
              const key = body?.error?.message as string | undefined;
              setMessage({
                ok: false,
                text:
                  key && tAll.has(key) ? tAll(key, body.error.params ?? {}) : tAll("errors.INTERNAL_ERROR"),
              });
              return;
            }
            const { lines, errors } = body as {
              lines: EditorLine[];
              errors: { row: number; message: string; params?: Record<string, string> }[];
            };
            onLines(lines);
            const parts = [t("doc.imported", { count: lines.length })];
            if (errors.length > 0)
              parts.push(
                t("doc.importErrors", {
                  count: errors.length,
                  row: errors[0].row,
                  message: tAll.has(errors[0].message)
                    ? tAll(errors[0].message, errors[0].params ?? {})
                    : errors[0].message,
                }),
              );
            setMessage({ ok: errors.length === 0, text: parts.join(". ") });
          } finally {
            setBusy(false);
          }
        }}
      >
        <label className="sr-only" htmlFor="stock-import-file">
          {t("doc.importFile")}
        </label>
        <input id="stock-import-file" name="file" type="file" accept=".xlsx,.csv" required />
        <Button type="submit" variant="secondary" size="sm" disabled={busy}>
          {t("doc.importButton")}
        </Button>
      </form>
      {message ? (
        <p role="status" className={message.ok ? "mt-2 text-emerald-700" : "mt-2 text-red-700"}>
          {message.text}
        </p>
      ) : null}
    </details>
  );
}
