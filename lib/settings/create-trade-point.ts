import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TTradePointInput } from "./schemas";

export async function createTradePoint(ctx: TenantContext, input: TTradePointInput) {
  assertCan(ctx, "tradePoint.manage");
  return db.$transaction(async (tx) => {
    const point = await tx.tradePoint.create({
      data: { organizationId: ctx.organizationId, name: input.name, address: input.address },
      select: { id: true, name: true, address: true },
    });
    await audit(tx, ctx, {
      action: "tradePoint.create",
      objectType: "tradePoint",
      objectId: point.id,
      details: { name: input.name, address: input.address },
    });
    return point;
  });
}
