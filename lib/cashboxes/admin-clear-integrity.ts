import { crossTenant } from "@/lib/db/fan-out";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TAdminCashboxActionInput } from "./card-schemas";
import { unsafeLockCashboxAnyTenant } from "./lock-cashbox";

/**
 * PLATFORM_ADMIN: clears INTEGRITY (INTEGRITY → ACTIVE) after reviewing the cashbox's journal;
 * the reason records what the review found.
 */
async function adminClearIntegrityUnscoped(ctx: TenantContext, input: TAdminCashboxActionInput) {
  assertCan(ctx, "platform.admin");
  await db.$transaction(async (tx) => {
    const cashbox = await unsafeLockCashboxAnyTenant(tx, input.cashboxId);
    if (cashbox.operationalState !== "INTEGRITY") {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.notIntegrity" });
    }
    await tx.cashbox.updateMany({
      where: { organizationId: cashbox.organizationId, id: cashbox.id },
      data: { operationalState: "ACTIVE", operationalReason: null },
    });
    await audit(
      tx,
      ctx,
      {
        action: "admin.cashbox.clearIntegrity",
        objectType: "cashbox",
        objectId: cashbox.id,
        details: { reason: input.reason, integrityReason: cashbox.operationalReason },
      },
      cashbox.organizationId,
    );
  });
}

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminClearIntegrity: typeof adminClearIntegrityUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminClearIntegrityUnscoped(...args));
