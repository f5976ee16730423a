"use client";
// «История операций»: documents of the cashbox, to show, duplicate or return.
import { useTranslations } from "next-intl";
import type { DocRecord, PrintLine } from "@/lib/pos/model";
import { Big, money, Sheet } from "../parts";
import type { Pos } from "../use-pos";
import { DocumentList, RecordMarks, usePosDates, useServerDocuments } from "./server-documents";

export function HistorySheet({
  pos,
  onClose,
  onShow,
  onReturn,
}: {
  pos: Pos;
  onClose: () => void;
  onShow: (r: DocRecord, lines?: PrintLine[]) => void;
  onReturn: (r: DocRecord) => void;
}) {
  const t = useTranslations("pos");
  const dates = usePosDates(pos);
  const server = useServerDocuments(pos, { limit: "30" });
  const list = server.merge([...pos.history].reverse().slice(0, 100));
  return (
    <Sheet title={t("menu.history")} onClose={onClose} wide testId="history-sheet">
      <DocumentList
        server={server}
        empty={list.length === 0}
        rowClass="py-3 text-slate-500"
        moreClass="mt-2 w-full"
      >
        {list.map((r) => (
          <li key={r.clientDocId} className="flex flex-wrap items-center gap-2 py-2">
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {t(`doc.title_${r.type}`)} {r.number ? `№ ${r.number}` : ""}
              </p>
              <p className="text-sm text-slate-600">
                {dates.dateTime(r.createdAt)} · {money(r.total)} ·{" "}
                {r.status === "queued" ? (
                  <span className="font-semibold text-amber-700">{t("doc.unsentShort")}</span>
                ) : (
                  t("doc.sentShort")
                )}
                <RecordMarks r={r} />
              </p>
            </div>
            <Big
              className="min-h-10"
              onClick={async () => {
                const lines = await pos.documentLines(r);
                if (lines) onShow(r, lines);
              }}
            >
              {t("history.show")}
            </Big>
            <Big
              className="min-h-10"
              onClick={async () => {
                const lines = await pos.duplicate(r);
                if (lines) onShow(r, lines);
              }}
            >
              {t("history.duplicate")}
            </Big>
            {(r.type === "sale" || r.type === "purchase") &&
            r.payload &&
            !r.cancelled &&
            r.remainingTotal !== 0 ? (
              <Big className="min-h-10" onClick={() => onReturn(r)}>
                {t("history.return")}
              </Big>
            ) : null}
          </li>
        ))}
      </DocumentList>
    </Sheet>
  );
}
