import type { Prisma } from "@/lib/db/generated/client";
import { audit, diff } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { newChangeGroup, openRequisitesChange } from "@/lib/registration/requisites";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import type { TTradePointInput } from "./schemas";
import { sql, tenantQuery } from "@/lib/db/sql";

/**
 * Name and address of a trade point. The address is a registered requisite of the REGISTERED
 * cashboxes installed there: with any, a new address opens one re-registration case per such
 * cashbox (lib/registration/requisites.ts) and the point keeps its address until every case is
 * accepted; the name is saved at once.
 */
export async function updateTradePoint(ctx: TenantContext, id: string, input: TTradePointInput) {
  assertCan(ctx, "tradePoint.manage");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    // Row lock, so the diff in the audit row is exactly what this write changed.
    const [before] = await tenantQuery<{ name: string; address: string }[]>(
      tx,
      ctx.organizationId,
      sql`
      SELECT name, address FROM "TradePoint" WHERE "organizationId" = ${ctx.organizationId}::uuid AND id = ${id}::uuid FOR UPDATE`,
    );
    if (!before) throw new AppError("NOT_FOUND");
    let address = input.address;
    let reregistered = 0;
    if (address !== before.address) {
      const registered = await tx.cashbox.findMany({
        where: { organizationId: ctx.organizationId, tradePointId: id, registrationStatus: "REGISTERED" },
        select: { id: true, tradePointId: true, taxation: true, ofd: true },
        orderBy: { id: "asc" },
      });
      if (registered.length > 0) {
        const group = newChangeGroup();
        for (const cb of registered)
          if (await openRequisitesChange(tx, ctx, cb.id, { tradePointAddress: { id, address, group } }, cb))
            reregistered++;
        address = before.address;
      }
    }
    const changes = diff(before, { name: input.name, address });
    if (Object.keys(changes).length === 0)
      return reregistered > 0 ? { changed: true, reregistered } : { changed: false };
    await tx.tradePoint.updateMany({
      where: { organizationId: ctx.organizationId, id },
      data: { name: input.name, address },
    });
    await audit(tx, ctx, {
      action: "tradePoint.update",
      objectType: "tradePoint",
      objectId: id,
      details: (changes.name ? changes : { ...changes, name: input.name }) as Prisma.InputJsonValue,
    });
    return reregistered > 0 ? { changed: true, reregistered } : { changed: true };
  });
}
