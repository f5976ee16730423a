// The «Кассы» list's state as it lives in the URL (shareable, back button works): parsing is
// lenient (an unknown value falls back to the default, never an error page), serialization
// omits defaults so URLs stay short. Pure: used by the page, the client view and the query.
import { OPERATIONAL_STATES, PRIMARY_BADGES, type OperationalState, type PrimaryBadgeKind } from "./status";

export const CASHBOX_PAGE_SIZE = 50;

export const CASHBOX_SORTS = [
  "name",
  "tradePoint",
  "model",
  "serialNumber",
  "registrationNumber",
  "fiscalDrive",
  "status",
  "paidUntil",
  "lastSeenAt",
] as const;
export type CashboxSort = (typeof CASHBOX_SORTS)[number];
export type SortDir = "asc" | "desc";

export interface CashboxListParams {
  /** 1-based */
  page: number;
  sort: CashboxSort;
  dir: SortDir;
  /** search in name, serial, registration number, ФН number, ИНК ОФД */
  q: string;
  /** primary badge kinds (OR) */
  status: PrimaryBadgeKind[];
  /** operational states (OR) */
  state: OperationalState[];
  /** trade point id; anything not a UUID is dropped */
  tp: string | null;
}

export const DEFAULT_LIST_PARAMS: CashboxListParams = {
  page: 1,
  sort: "name",
  dir: "asc",
  q: "",
  status: [],
  state: [],
  tp: null,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_QUERY_LENGTH = 100;
/** deep pages are reachable, absurd ones are clamped (offset stays an int4) */
const MAX_PAGE = 1_000_000;

type RawParams = Record<string, string | string[] | undefined> | URLSearchParams;

function first(raw: RawParams, key: string): string | undefined {
  if (raw instanceof URLSearchParams) return raw.get(key) ?? undefined;
  const v = raw[key];
  return Array.isArray(v) ? v[0] : v;
}

function list<T extends string>(value: string | undefined, allowed: readonly T[]): T[] {
  if (!value) return [];
  const set = new Set(value.split(",").map((s) => s.trim()));
  return allowed.filter((a) => set.has(a));
}

export function parseListParams(raw: RawParams): CashboxListParams {
  const page = Number.parseInt(first(raw, "page") ?? "", 10);
  const sort = first(raw, "sort");
  const dir = first(raw, "dir");
  const tp = first(raw, "tp");
  return {
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
    sort: (CASHBOX_SORTS as readonly string[]).includes(sort ?? "") ? (sort as CashboxSort) : "name",
    dir: dir === "desc" ? "desc" : "asc",
    q: (first(raw, "q") ?? "").trim().slice(0, MAX_QUERY_LENGTH),
    status: list(first(raw, "status"), PRIMARY_BADGES),
    state: list(first(raw, "state"), OPERATIONAL_STATES),
    tp: tp && UUID.test(tp) ? tp.toLowerCase() : null,
  };
}

/** Search params for a list state (defaults omitted). */
export function listParamsToSearch(p: Partial<CashboxListParams>): URLSearchParams {
  const s = new URLSearchParams();
  if (p.q) s.set("q", p.q);
  if (p.status?.length) s.set("status", p.status.join(","));
  if (p.state?.length) s.set("state", p.state.join(","));
  if (p.tp) s.set("tp", p.tp);
  if (p.sort && p.sort !== "name") s.set("sort", p.sort);
  if (p.dir === "desc") s.set("dir", "desc");
  if (p.page && p.page > 1) s.set("page", String(p.page));
  return s;
}

/** "/cashboxes?…" for a list state. */
export function listHref(p: Partial<CashboxListParams>): string {
  const s = listParamsToSearch(p).toString();
  return s ? `/cashboxes?${s}` : "/cashboxes";
}

export function hasFilters(p: CashboxListParams): boolean {
  return p.q !== "" || p.status.length > 0 || p.state.length > 0 || p.tp !== null;
}
