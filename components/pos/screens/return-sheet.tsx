"use client";
// A return: the receipt it is made against (found by number or fiscal sign, or picked), and what
// is left of it (lib/pos/returns.ts).
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { parseReceiptLookup, recordFromServer, type CartLine, type DocRecord } from "@/lib/pos/model";
import { returnLines } from "@/lib/pos/returns";
import { Big, FieldError, money, Sheet } from "../parts";
import type { Pos } from "../use-pos";
import { DocumentList, RecordMarks, usePosDates, useServerDocuments } from "./server-documents";

function ReceiptSearch({ onFind }: { onFind: (text: string) => void }) {
  const t = useTranslations("pos");
  const [text, setText] = useState("");
  return (
    <div className="flex gap-2">
      <label htmlFor="ret-query" className="sr-only">
        {t("ret.query")}
      </label>
      <input
        id="ret-query"
        autoFocus
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => e.key === "Enter" && onFind(text)}
        placeholder={t("ret.query")}
        className="h-12 min-w-0 flex-1 rounded-lg border border-slate-300 px-3"
      />
      <Big tone="primary" onClick={() => onFind(text)}>
        {t("ret.findButton")}
      </Big>
    </div>
  );
}

function Candidate({ pos, r, onPick }: { pos: Pos; r: DocRecord; onPick: (r: DocRecord) => void }) {
  const t = useTranslations("pos");
  const dates = usePosDates(pos);
  return (
    <li>
      <button
        type="button"
        onClick={() => onPick(r)}
        className="flex min-h-12 w-full items-center justify-between gap-2 py-2 text-left hover:bg-slate-50"
      >
        <span>
          {t(`doc.title_${r.type}`)} {r.number ? `№ ${r.number}` : t("doc.unsentShort")} ·{" "}
          {dates.dateTime(r.createdAt)}
          <RecordMarks r={r} />
        </span>
        <span className="font-mono">{money(r.total)}</span>
      </button>
    </li>
  );
}

export function ReturnSheet({
  pos,
  type,
  initial,
  onClose,
  onPick,
}: {
  pos: Pos;
  type: "sale_return" | "purchase_return";
  /** the receipt picked in «История операций» */
  initial?: DocRecord | null;
  onClose: () => void;
  onPick: (rec: DocRecord, lines: CartLine[]) => void;
}) {
  const t = useTranslations("pos");
  const [err, setErr] = useState<string | null>(null);
  const baseType = type === "sale_return" ? "sale" : "purchase";
  // the cashbox's sales (purchases) from the server, made on any device; this browser's own
  // without a network (and its unsent ones, which cannot be returned before they are sent)
  const server = useServerDocuments(pos, { type: baseType, limit: "50" });
  const local = [...pos.history].reverse().filter((r) => r.type === baseType && r.payload);
  const candidates = server.merge(local);

  function pick(rec: DocRecord) {
    const lines = returnLines(rec, pos.history, pos.nom);
    if (typeof lines === "string") return setErr(t(`ret.${lines}`));
    onPick(rec, lines);
  }

  const picked = useRef(false);
  useEffect(() => {
    if (initial && !picked.current) {
      picked.current = true;
      pick(initial);
    }
    // once, for the receipt the sheet was opened with
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function find(text: string) {
    setErr(null);
    const q = parseReceiptLookup(text);
    if (!q) return setErr(t("ret.badQuery"));
    const page = await pos.listReceipts({
      type: baseType,
      limit: "1",
      ...(q.number !== undefined ? { number: String(q.number) } : { fiscalSign: q.fiscalSign! }),
    });
    if (page && "code" in page) return setErr(page.message);
    const rec = page
      ? page.receipts.map(recordFromServer)[0]
      : local.find((r) => (q.number !== undefined ? r.number === q.number : r.fiscalSign === q.fiscalSign));
    if (!rec) return setErr(t("ret.notFound"));
    pick(rec);
  }

  return (
    <Sheet title={t(`mode.${type}`)} onClose={onClose} wide testId="return-sheet">
      <div className="space-y-3">
        <ReceiptSearch onFind={(text) => void find(text)} />
        <FieldError message={err} />
        <DocumentList
          server={server}
          empty={candidates.length === 0}
          rowClass="py-2 text-slate-500"
          moreClass="w-full"
          heading={<h3 className="font-semibold">{t("ret.recent")}</h3>}
        >
          {candidates.map((r) => (
            <Candidate key={r.clientDocId} pos={pos} r={r} onPick={pick} />
          ))}
        </DocumentList>
      </div>
    </Sheet>
  );
}
