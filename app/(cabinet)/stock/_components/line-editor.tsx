"use client";
import { useActionState, useRef, useState } from "react";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { initialActionState, type ActionState } from "@/lib/http/action-state";
import type { StockDocumentType } from "@/lib/stock/schemas";
import { saveStockLinesAction } from "../actions";
import { ImportLines } from "./import-lines";

export interface EditorLine {
  itemId: string;
  name: string;
  unit: string;
  barcodes: string[];
  quantity: string;
  costPrice: string;
}

interface Option {
  id: string;
  name: string;
  unit: string;
  barcodes: string[];
  exact: boolean;
}

/** Adds one unit (a scan) to the line of `item`, or a new line with 1. */
function addOne(lines: EditorLine[], item: Omit<EditorLine, "quantity" | "costPrice">): EditorLine[] {
  const i = lines.findIndex((l) => l.itemId === item.itemId);
  if (i < 0) return [...lines, { ...item, quantity: "1", costPrice: "" }];
  const q = Number(lines[i].quantity.replace(",", "."));
  const next = Number.isFinite(q) ? String(Math.round((q + 1) * 1000) / 1000) : lines[i].quantity;
  return lines.map((l, k) => (k === i ? { ...l, quantity: next } : l));
}

/**
 * The lines of a draft: a scan field (a barcode scanner types the code and Enter; a name lists
 * matches), quantities (and cost prices for a приход) typed per line, lines from Excel, and one
 * «Сохранить строки» that sends the whole list. After a refused save everything stays as typed.
 */
export function LineEditor({
  documentId,
  type,
  initial,
}: {
  documentId: string;
  type: StockDocumentType;
  initial: EditorLine[];
}) {
  const t = useTranslations("stock");
  const tn = useTranslations("nomenclature");
  const [lines, setLines] = useState<EditorLine[]>(initial);
  const [dirty, setDirty] = useState(false);
  const [code, setCode] = useState("");
  const [options, setOptions] = useState<Option[]>([]);
  const [notFound, setNotFound] = useState<string | null>(null);
  const [state, action, pending] = useActionState<ActionState, FormData>(async (prev, fd) => {
    const r = await saveStockLinesAction(prev, fd);
    if (r.ok) setDirty(false);
    return r;
  }, initialActionState);
  const scan = useRef<HTMLInputElement>(null);
  const change = (next: EditorLine[]) => {
    setLines(next);
    setDirty(true);
  };
  const pick = (o: Option) => {
    change(addOne(lines, { itemId: o.id, name: o.name, unit: o.unit, barcodes: o.barcodes }));
    setOptions([]);
    setCode("");
    scan.current?.focus();
  };
  const lookUp = async () => {
    const q = code.trim();
    if (!q) return;
    setNotFound(null);
    const res = await fetch(`/api/cabinet/stock/items?q=${encodeURIComponent(q)}`);
    const found: Option[] = res.ok ? ((await res.json()) as { items: Option[] }).items : [];
    const exact = found.filter((o) => o.exact);
    if (exact.length === 1) return pick(exact[0]);
    if (found.length === 0) setNotFound(q);
    setOptions(found);
  };
  const cost = type === "RECEIPT";
  const qtyLabel = type === "COUNT" ? t("doc.col.counted") : t("doc.col.quantity");
  return (
    <Card>
      <h2 className="mb-3 font-semibold">{t("doc.lines")}</h2>
      <form
        className="mb-3 flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void lookUp();
        }}
      >
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="stock-scan" className="mb-1 block text-xs font-medium text-slate-600">
            {t("doc.scanLabel")}
          </label>
          <Input
            id="stock-scan"
            ref={scan}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            placeholder={t("doc.scanPlaceholder")}
            autoComplete="off"
            autoFocus
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("doc.add")}
        </Button>
      </form>
      {notFound ? (
        <p role="alert" className="mb-3 text-sm text-red-700">
          {t("doc.scanNotFound", { code: notFound })}
        </p>
      ) : null}
      {options.length > 0 ? (
        <ul className="mb-3 divide-y rounded-md border border-slate-200 text-sm">
          {options.map((o) => (
            <li key={o.id}>
              <button
                type="button"
                className="w-full px-3 py-2 text-left hover:bg-slate-50"
                onClick={() => pick(o)}
              >
                {o.name} <span className="text-slate-500">{o.barcodes[0] ?? ""}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <ImportLines
        documentId={documentId}
        onLines={(incoming) => {
          const next = [...lines];
          for (const l of incoming) {
            const i = next.findIndex((x) => x.itemId === l.itemId);
            if (i >= 0)
              next[i] = { ...next[i], quantity: l.quantity, costPrice: l.costPrice || next[i].costPrice };
            else next.push(l);
          }
          change(next);
        }}
      />
      <ActionForm action={action} state={state} className="mt-4 space-y-3">
        <input type="hidden" name="documentId" value={documentId} />
        <input
          type="hidden"
          name="lines"
          value={JSON.stringify(
            lines.map((l) => ({
              itemId: l.itemId,
              quantity: l.quantity,
              ...(cost ? { costPrice: l.costPrice } : {}),
            })),
          )}
        />
        {lines.length === 0 ? (
          <p className="text-sm text-slate-600">{t("doc.noLines")}</p>
        ) : (
          <table className="w-full text-sm" data-testid="editor-lines">
            <thead className="border-b border-slate-200 text-left text-xs font-medium uppercase text-slate-600">
              <tr>
                <th scope="col" className="py-2 pr-2">
                  {t("doc.col.name")}
                </th>
                <th scope="col" className="w-36 py-2 pr-2">
                  {qtyLabel}
                </th>
                {cost ? (
                  <th scope="col" className="w-36 py-2 pr-2">
                    {t("doc.col.cost")}
                  </th>
                ) : null}
                <th scope="col" className="w-10 py-2">
                  <span className="sr-only">{t("doc.remove", { name: "" })}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {lines.map((l, i) => (
                <tr key={l.itemId} className="border-b border-slate-100">
                  <td className="py-1 pr-2">
                    {l.name}{" "}
                    <span className="text-xs text-slate-500">
                      {tn.has(`unit.${l.unit}`) ? tn(`unit.${l.unit}` as "unit.PIECE") : ""}
                    </span>
                  </td>
                  <td className="py-1 pr-2">
                    <Input
                      aria-label={`${qtyLabel}: ${l.name}`}
                      inputMode="decimal"
                      value={l.quantity}
                      onChange={(e) =>
                        change(lines.map((x, k) => (k === i ? { ...x, quantity: e.target.value } : x)))
                      }
                    />
                  </td>
                  {cost ? (
                    <td className="py-1 pr-2">
                      <Input
                        aria-label={`${t("doc.col.cost")}: ${l.name}`}
                        inputMode="decimal"
                        value={l.costPrice}
                        onChange={(e) =>
                          change(lines.map((x, k) => (k === i ? { ...x, costPrice: e.target.value } : x)))
                        }
                      />
                    </td>
                  ) : null}
                  <td className="py-1 text-right">
                    <button
                      type="button"
                      aria-label={t("doc.remove", { name: l.name })}
                      className="rounded p-1 text-slate-500 hover:text-red-700"
                      onClick={() => change(lines.filter((_, k) => k !== i))}
                    >
                      <X className="h-4 w-4" aria-hidden />
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {dirty ? <p className="text-sm text-amber-700">{t("doc.unsaved")}</p> : null}
        <FormMessage state={state} />
        <Button type="submit" disabled={pending}>
          {t("doc.save")}
        </Button>
      </ActionForm>
    </Card>
  );
}
