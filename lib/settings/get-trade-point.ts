import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";

/** One trade point of the current organization; another organization's id is NOT_FOUND. */
export async function getTradePoint(ctx: TenantContext, id: string) {
  assertCan(ctx, "tradePoint.read");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const point = await db.tradePoint.findFirst({
    where: { organizationId: ctx.organizationId, id },
    select: {
      id: true,
      name: true,
      address: true,
      archivedAt: true,
      createdAt: true,
      _count: { select: { cashboxes: true } },
    },
  });
  if (!point) throw new AppError("NOT_FOUND");
  const { _count, ...rest } = point;
  return { ...rest, cashboxCount: _count.cashboxes };
}
