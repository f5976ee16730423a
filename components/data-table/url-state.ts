// The table state that lives in the URL: sorting and paging. Pure (no React, no Next), so the
// server pages, the client wrapper and the unit tests share one reading and one writing of it.
//
// Two spellings of a sort exist in the cabinet and both stay (old links keep working):
//   "dir"    – ?sort=name&dir=desc (the cashbox list)
//   "signed" – ?sort=-price        (the nomenclature)

export interface SortState {
  id: string;
  desc: boolean;
}
export type SortStyle = "dir" | "signed";

type Search = URLSearchParams | string | Record<string, string | string[] | undefined>;

function toSearch(search: Search): URLSearchParams {
  if (search instanceof URLSearchParams) return new URLSearchParams(search);
  if (typeof search === "string") return new URLSearchParams(search);
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(search)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value !== undefined && value !== "") out.set(k, value);
  }
  return out;
}

/** The sort in the URL, or `fallback` when it is missing or names a column that does not sort. */
export function readSort(
  search: Search,
  style: SortStyle,
  sortable: readonly string[],
  fallback: SortState | null = null,
): SortState | null {
  const q = toSearch(search);
  const raw = q.get("sort") ?? "";
  const desc = style === "dir" ? q.get("dir") === "desc" : raw.startsWith("-");
  const id = style === "signed" && desc ? raw.slice(1) : raw;
  return sortable.includes(id) ? { id, desc } : fallback;
}

/** The URL with `sort` set (and the page dropped: a new order starts at page 1). */
export function writeSort(search: Search, style: SortStyle, sort: SortState | null): URLSearchParams {
  const q = toSearch(search);
  q.delete("page");
  q.delete("sort");
  if (style === "dir") q.delete("dir");
  if (!sort) return q;
  if (style === "dir") {
    q.set("sort", sort.id);
    q.set("dir", sort.desc ? "desc" : "asc");
  } else q.set("sort", sort.desc ? `-${sort.id}` : sort.id);
  return q;
}

/** A header click: another column sorts ascending, the same column flips its direction. */
export function toggleSort(current: SortState | null, id: string): SortState {
  return current?.id === id ? { id, desc: !current.desc } : { id, desc: false };
}

/** aria-sort of a column header. */
export function ariaSort(current: SortState | null, id: string): "ascending" | "descending" | undefined {
  if (current?.id !== id) return undefined;
  return current.desc ? "descending" : "ascending";
}

/** The 1-based page of the URL; anything else is page 1, absurd pages are clamped. */
export function readPage(search: Search, max = 1_000_000): number {
  const n = Number.parseInt(toSearch(search).get("page") ?? "", 10);
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** The URL of another page of the same view: the other params (filters, sort) are kept. */
export function pageHref(path: string, search: Search, page: number): string {
  const q = toSearch(search);
  q.delete("page");
  if (page > 1) q.set("page", String(page));
  return hrefOf(path, q);
}

export function hrefOf(path: string, search: URLSearchParams): string {
  const s = search.toString();
  return s ? `${path}?${s}` : path;
}
