import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { sql, tenantQuery } from "@/lib/db/sql";

/**
 * Archives a trade point: it disappears from pickers but keeps its history. Refused while
 * cashboxes that are not deregistered still stand there (move or deregister them first).
 */
export async function archiveTradePoint(ctx: TenantContext, id: string, now = new Date()) {
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
    if (point.archivedAt) return { changed: false };
    const active = await tx.cashbox.count({
      where: {
        organizationId: ctx.organizationId,
        tradePointId: id,
        registrationStatus: { not: "DEREGISTERED" },
      },
    });
    if (active > 0) {
      throw new AppError("CONFLICT", {
        messageKey: "settings.errors.tradePointHasCashboxes",
        params: { count: active },
      });
    }
    await tx.tradePoint.updateMany({
      where: { organizationId: ctx.organizationId, id },
      data: { archivedAt: now },
    });
    await audit(tx, ctx, {
      action: "tradePoint.archive",
      objectType: "tradePoint",
      objectId: id,
      details: { name: point.name },
    });
    return { changed: true };
  });
}
