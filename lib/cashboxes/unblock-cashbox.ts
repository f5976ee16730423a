import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TBlockCashboxInput } from "./card-schemas";
import { lockCashbox } from "./lock-cashbox";

/** Lifts the owner's block (BLOCKED → ACTIVE), with a reason for the journal. */
export async function unblockCashbox(ctx: TenantContext, input: TBlockCashboxInput) {
  assertCan(ctx, "cashbox.block");
  await db.$transaction(async (tx) => {
    const cashbox = await lockCashbox(tx, ctx.organizationId, input.cashboxId);
    if (cashbox.operationalState !== "BLOCKED") {
      throw new AppError("CONFLICT", {
        messageKey:
          cashbox.operationalState === "SERVER_BLOCKED" || cashbox.operationalState === "INTEGRITY"
            ? "cashbox.errors.operatorState"
            : "cashbox.errors.notBlocked",
      });
    }
    await tx.cashbox.updateMany({
      where: { organizationId: ctx.organizationId, id: cashbox.id },
      data: { operationalState: "ACTIVE", operationalReason: null },
    });
    await audit(tx, ctx, {
      action: "cashbox.unblock",
      objectType: "cashbox",
      objectId: cashbox.id,
      details: { reason: input.reason, blockReason: cashbox.operationalReason },
    });
  });
}
