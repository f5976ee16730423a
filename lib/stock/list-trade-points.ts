import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
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

/** A trade point of this organization (archived ones too: their history stays), or NOT_FOUND. */
export async function assertOwnTradePoint(ctx: TenantContext, id: string): Promise<void> {
  assertCan(ctx, "stock.read");
  const tp = await db.tradePoint.findFirst({
    where: { organizationId: ctx.organizationId, id },
    select: { id: true },
  });
  if (!tp) throw new AppError("NOT_FOUND");
}
