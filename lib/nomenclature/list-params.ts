// The nomenclature table's state lives in the URL: ?q=&status=&section=&sort=&page=. Pure.
import { ZFindItemsQuery, type TFindItemsQuery } from "./schemas";

export type ItemListParams = TFindItemsQuery;

/** Next's searchParams (values may repeat) → parsed params with defaults; bad values fall back. */
export function parseItemListParams(sp: Record<string, string | string[] | undefined>): ItemListParams {
  const first = Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  return ZFindItemsQuery.parse(first);
}

/** The query string without defaults, for links and for the export of the current filter. */
export function itemListSearch(p: Partial<ItemListParams>): Record<string, string> {
  const out: Record<string, string> = {};
  if (p.q) out.q = p.q;
  if (p.status && p.status !== "active") out.status = p.status;
  if (p.section) out.section = p.section;
  if (p.sort && p.sort !== "name") out.sort = p.sort;
  if (p.page && p.page > 1) out.page = String(p.page);
  return out;
}

export function itemListHref(p: Partial<ItemListParams>): string {
  const s = new URLSearchParams(itemListSearch(p)).toString();
  return s ? `/nomenclature?${s}` : "/nomenclature";
}

export function hasItemFilters(p: ItemListParams): boolean {
  return Boolean(p.q || p.section || p.status !== "active");
}
