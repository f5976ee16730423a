// The pure half of the filter bar: a screen's filters as they travel in the URL. Empty values are
// left out (short, shareable URLs), a change of any filter drops the page number (the result set
// changed: page 3 of the old one means nothing), and a screen may fix the order of its keys so the
// same filters always give the same URL.

/** A filter's new value: a string, several (joined by commas), or null / "" / [] to remove it. */
export type FilterValue = string | readonly string[] | null | undefined;
export type FilterChanges = Record<string, FilterValue>;

/** The search param that holds the page number; every filter change removes it. */
export const PAGE_PARAM = "page";

function text(v: FilterValue): string {
  if (v == null) return "";
  return (typeof v === "string" ? v : v.join(",")).trim();
}

/** `keys` first, in that order, then the rest as they came. */
function ordered(search: URLSearchParams, order: readonly string[]): URLSearchParams {
  if (order.length === 0) return search;
  const out = new URLSearchParams();
  for (const k of order) for (const v of search.getAll(k)) out.append(k, v);
  for (const [k, v] of search) if (!order.includes(k)) out.append(k, v);
  return out;
}

/**
 * The search after `changes`: each changed key is set (or removed when empty), the others are
 * kept, the page number goes.
 */
export function applyFilterChanges(
  current: string | URLSearchParams,
  changes: FilterChanges,
  order: readonly string[] = [],
): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const [k, v] of Object.entries(changes)) {
    const value = text(v);
    if (value) next.set(k, value);
    else next.delete(k);
  }
  next.delete(PAGE_PARAM);
  return ordered(next, order);
}

/** The search a submitted filter form stands for: its `fields`, in that order, empty ones left out. */
export function formFilters(data: FormData, fields: readonly string[]): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of fields) {
    const v = text(String(data.get(k) ?? ""));
    if (v) out.set(k, v);
  }
  return out;
}

/** "/path?search", or just "/path" when nothing is filtered. */
export function filterHref(pathname: string, search: string | URLSearchParams): string {
  const s = search.toString();
  return s ? `${pathname}?${s}` : pathname;
}

export interface FilterOption {
  value: string;
  label: string;
}

/**
 * The options a select shows for `value`: the known ones, and `value` itself (labelled
 * `unknownLabel`) when the URL names one that is not among them — a foreign or stale id stays
 * visible so the empty result makes sense, instead of the select silently showing «any».
 */
export function optionsFor(
  options: readonly FilterOption[],
  value: string,
  unknownLabel = "—",
): readonly FilterOption[] {
  if (!value || options.some((o) => o.value === value)) return options;
  return [...options, { value, label: unknownLabel }];
}

/** `{ id, name }` rows (trade points, cashboxes, users) as select options. */
export function namedOptions(rows: readonly { id: string; name: string }[]): FilterOption[] {
  return rows.map((r) => ({ value: r.id, label: r.name }));
}
