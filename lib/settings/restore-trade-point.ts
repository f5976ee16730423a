import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { sql, tenantQuery } from "@/lib/db/sql";

/** Brings an archived trade point back. */
export async function restoreTradePoint(ctx: TenantContext, id: string) {
  assertCan(ctx, "tradePoint.manage");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const [point] = await tenantQuery<{ name: string; archivedAt: Date | null }[]>(
      tx,
      ctx.organizationId,
      sql`
      SELECT name, "archivedAt" FROM "TradePoint" WHERE "organizationId" = ${ctx.organizationId}::uuid AND id = ${id}::uuid FOR UPDATE`,
    );
    if (!point) throw new AppError("NOT_FOUND");
    if (!point.archivedAt) return { changed: false };
    await tx.tradePoint.updateMany({
      where: { organizationId: ctx.organizationId, id },
      data: { archivedAt: null },
    });
    await audit(tx, ctx, {
      action: "tradePoint.restore",
      objectType: "tradePoint",
      objectId: id,
      details: { name: point.name },
    });
    return { changed: true };
  });
}
