import { crossTenant } from "@/lib/db/fan-out";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TAdminCashboxActionInput } from "./card-schemas";
import { unsafeLockCashboxAnyTenant } from "./lock-cashbox";

/**
 * PLATFORM_ADMIN: server block («Касса переведена в режим серверной блокировки!») with a reason.
 * Replaces the owner's block or an offline state; an INTEGRITY cashbox is reviewed first.
 */
async function adminServerBlockCashboxUnscoped(ctx: TenantContext, input: TAdminCashboxActionInput) {
  assertCan(ctx, "platform.admin");
  await db.$transaction(async (tx) => {
    const cashbox = await unsafeLockCashboxAnyTenant(tx, input.cashboxId);
    if (cashbox.operationalState === "SERVER_BLOCKED") {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.alreadyServerBlocked" });
    }
    if (cashbox.operationalState === "INTEGRITY") {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.integrityFirst" });
    }
    await tx.cashbox.updateMany({
      where: { organizationId: cashbox.organizationId, id: cashbox.id },
      data: { operationalState: "SERVER_BLOCKED", operationalReason: input.reason },
    });
    await audit(
      tx,
      ctx,
      {
        action: "admin.cashbox.serverBlock",
        objectType: "cashbox",
        objectId: cashbox.id,
        details: {
          reason: input.reason,
          from: cashbox.operationalState,
          previousReason: cashbox.operationalReason,
        },
      },
      cashbox.organizationId,
    );
  });
}

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminServerBlockCashbox: typeof adminServerBlockCashboxUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminServerBlockCashboxUnscoped(...args));
