import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

/** The organization's active trade points for the cashbox forms' «Торговая точка» select. */
export async function findTradePointOptions(ctx: TenantContext) {
  assertCan(ctx, "cashbox.read");
  return db.tradePoint.findMany({
    where: { organizationId: ctx.organizationId, archivedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, address: true },
    take: 1000,
  });
}
