import type { Prisma } from "@/lib/db/generated/client";
import { audit, diff } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import type { TTradePointInput } from "./schemas";
import { sql, tenantQuery } from "@/lib/db/sql";

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
    const changes = diff(before, { name: input.name, address: input.address });
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx.tradePoint.updateMany({
      where: { organizationId: ctx.organizationId, id },
      data: { name: input.name, address: input.address },
    });
    await audit(tx, ctx, {
      action: "tradePoint.update",
      objectType: "tradePoint",
      objectId: id,
      details: (changes.name ? changes : { ...changes, name: input.name }) as Prisma.InputJsonValue,
    });
    return { changed: true };
  });
}
