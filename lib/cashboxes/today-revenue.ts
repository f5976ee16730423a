import { Prisma } from "@/lib/db/generated/client";
import type { OrganizationId } from "@/lib/tenant/context";

/**
 * «Выручка сегодня» (issue 15.6): sales minus returns of the organization's local day `today`
 * ("YYYY-MM-DD", computed in the organization's time zone by the caller) from the daily rollup
 * "AnalyticsDay" — the same rule as «Аналитика» (lib/analytics/dashboard.ts REVENUE), so the two
 * agree to the kopeck. A column of the cashbox list's own query (`c` is the "Cashbox" row): one
 * primary-key lookup per row of the page, no second round trip and no scan of receipts.
 * NULL = no sales or returns today.
 */
export function todayRevenueColumn(organizationId: OrganizationId, today: string): Prisma.Sql {
  // the organization as a value, not as c."organizationId": Citus routes a parameterised query with a
  // correlated subquery to one shard only when the subquery names the tenant itself
  return Prisma.sql`(SELECT sum(CASE WHEN a.type = 'SALE' THEN a.total ELSE -a.total END)::text FROM "AnalyticsDay" a
    WHERE a."organizationId" = ${organizationId}::uuid AND a.day = ${today}::date AND a."cashboxId" = c."id"
      AND a.type IN ('SALE', 'SALE_RETURN')) AS "todayRevenue"`;
}
