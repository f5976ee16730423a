import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

/** The organization's active trade points, for the stock screens' pickers. */
export async function listTradePoints(ctx: TenantContext): Promise<{ id: string; name: string }[]> {
  assertCan(ctx, "stock.read");
  return db.tradePoint.findMany({
    where: { organizationId: ctx.organizationId, archivedAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
}
