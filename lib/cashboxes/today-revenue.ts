import type { TenantContext } from "@/lib/tenant/context";

/**
 * HOOK for the device API / analytics issues: today's revenue per cashbox (the organization's
 * local day `today`, "YYYY-MM-DD"), in minor units, for the list's «Выручка сегодня» column.
 *
 * No receipts exist yet, so there is nothing to read and this returns an empty map; the list
 * then shows «—». Once receipts arrive, read the daily rollup (docs/product.md §8: pre-aggregated,
 * never a scan of raw receipts per page view) for these ids only, scoped by ctx.organizationId.
 */
export async function findTodayRevenue(
  ctx: TenantContext,
  cashboxIds: string[],
  today: string,
): Promise<Map<string, bigint>> {
  void ctx;
  void cashboxIds;
  void today;
  return new Map();
}
