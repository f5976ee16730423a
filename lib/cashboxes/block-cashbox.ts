import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TBlockCashboxInput } from "./card-schemas";
import { lockCashbox } from "./lock-cashbox";

/**
 * The owner's block (operational state BLOCKED, «Касса в режиме блокировки» on the terminal).
 * Only from ACTIVE or OFFLINE_TOO_LONG: the operator's states (SERVER_BLOCKED, INTEGRITY) are not
 * the owner's to replace.
 */
export async function blockCashbox(ctx: TenantContext, input: TBlockCashboxInput) {
  assertCan(ctx, "cashbox.block");
  await db.$transaction(async (tx) => {
    const cashbox = await lockCashbox(tx, ctx.organizationId, input.cashboxId);
    if (cashbox.operationalState === "BLOCKED") {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.alreadyBlocked" });
    }
    if (cashbox.operationalState === "SERVER_BLOCKED" || cashbox.operationalState === "INTEGRITY") {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.operatorState" });
    }
    await tx.cashbox.updateMany({
      where: { organizationId: ctx.organizationId, id: cashbox.id },
      data: { operationalState: "BLOCKED", operationalReason: input.reason },
    });
    await audit(tx, ctx, {
      action: "cashbox.block",
      objectType: "cashbox",
      objectId: cashbox.id,
      details: { reason: input.reason, from: cashbox.operationalState },
    });
  });
}
