"use client";
// The cashbox's documents as the server lists them, merged with this browser's unsent ones.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { useDates } from "@/components/ui/use-dates";
import { deviceTimeZone } from "@/lib/locale/dates";
import { type DocRecord, recordFromServer } from "@/lib/pos/model";
import { Big, money } from "../parts";
import type { Pos } from "../use-pos";

/** Document times in the organization's time zone (this device's until the cashbox info loads). */
export function usePosDates(pos: Pos) {
  return useDates(pos.info?.organization.timezone ?? deviceTimeZone());
}

/**
 * The cashbox's documents, wherever they were made: the server's list (GET /receipts, a page at a
 * time) under this browser's documents still waiting for the network. Without a network, this
 * browser's own history.
 */
export function useServerDocuments(pos: Pos, query: Record<string, string>) {
  const [rows, setRows] = useState<DocRecord[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<"loading" | "server" | "local">("loading");
  /** why the server's list is not shown: its refusal, or null for no network */
  const [problem, setProblem] = useState<string | null>(null);
  const key = JSON.stringify(query);
  function apply(before: string | null, page: Awaited<ReturnType<Pos["listReceipts"]>>) {
    if (!page || "code" in page) {
      if (before === null) {
        setState("local");
        setProblem(page ? page.message : null);
      }
      return;
    }
    const got = page.receipts.map(recordFromServer);
    setRows((old) => (before === null ? got : [...old, ...got]));
    setCursor(page.nextCursor);
    setState("server");
  }
  const load = (before: string | null) =>
    pos.listReceipts({ ...query, ...(before ? { before } : {}) }).then((page) => apply(before, page));
  useEffect(() => {
    let live = true;
    void pos.listReceipts(query).then((page) => live && apply(null, page));
    return () => {
      live = false;
    };
    // the query is the only input (by value); the rest is read when the answer comes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  /** The list to show, given this browser's own records (newest first). */
  function merge(local: DocRecord[]): DocRecord[] {
    if (state === "loading") return [];
    if (state === "local") return local;
    const listed = new Set(rows.map((r) => r.clientDocId));
    // this browser's documents still waiting for the network come first (the server has not got them)
    return [...local.filter((r) => r.status === "queued" && !listed.has(r.clientDocId)), ...rows];
  }
  return { cursor, state, problem, merge, more: () => load(cursor) };
}

/** Why the list is this browser's own: no network, or the server's refusal. */
export function LocalNotice({ problem }: { problem: string | null }) {
  const t = useTranslations("pos");
  return (
    <p role="status" className="mb-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-900">
      {problem ? t("history.refused", { message: problem }) : t("history.offline")}
    </p>
  );
}

/** « · отменён» / « · возвращено N» after a document's line. */
export function RecordMarks({ r }: { r: DocRecord }) {
  const t = useTranslations("pos");
  if (r.cancelled) return <> · {t("history.cancelled")}</>;
  return r.returnedTotal ? <> · {t("history.returned", { amount: money(r.returnedTotal) })}</> : null;
}

/** The list's last rows: loading, or nothing to show; and the button for the next page. */
function ListEnd({ server, empty, rowClass }: { server: ServerDocuments; empty: boolean; rowClass: string }) {
  const t = useTranslations("pos");
  if (server.state === "loading") return <li className={rowClass}>{t("history.loading")}</li>;
  return empty ? <li className={rowClass}>{t("history.empty")}</li> : null;
}

function MoreButton({ server, className }: { server: ServerDocuments; className: string }) {
  const t = useTranslations("pos");
  if (server.state !== "server" || !server.cursor) return null;
  return (
    <Big className={className} onClick={() => void server.more()}>
      {t("history.more")}
    </Big>
  );
}

type ServerDocuments = ReturnType<typeof useServerDocuments>;

/** A list of the cashbox's documents: why it is this browser's own, the rows, its end and the next page. */
export function DocumentList(props: {
  server: ServerDocuments;
  empty: boolean;
  rowClass: string;
  moreClass: string;
  heading?: React.ReactNode;
  children: React.ReactNode;
}) {
  const { server } = props;
  return (
    <>
      {server.state === "local" ? <LocalNotice problem={server.problem} /> : null}
      {props.heading}
      <ul className="divide-y divide-slate-200" aria-busy={server.state === "loading"}>
        {props.children}
        <ListEnd server={server} empty={props.empty} rowClass={props.rowClass} />
      </ul>
      <MoreButton server={server} className={props.moreClass} />
    </>
  );
}
