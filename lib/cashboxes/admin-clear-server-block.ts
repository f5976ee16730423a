import { crossTenant } from "@/lib/db/fan-out";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TAdminCashboxActionInput } from "./card-schemas";
import { unsafeLockCashboxAnyTenant } from "./lock-cashbox";

/** PLATFORM_ADMIN: lifts a server block (SERVER_BLOCKED → ACTIVE) with a reason. */
async function adminClearServerBlockUnscoped(ctx: TenantContext, input: TAdminCashboxActionInput) {
  assertCan(ctx, "platform.admin");
  await db.$transaction(async (tx) => {
    const cashbox = await unsafeLockCashboxAnyTenant(tx, input.cashboxId);
    if (cashbox.operationalState !== "SERVER_BLOCKED") {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.notServerBlocked" });
    }
    await tx.cashbox.updateMany({
      where: { organizationId: cashbox.organizationId, id: cashbox.id },
      data: { operationalState: "ACTIVE", operationalReason: null },
    });
    await audit(
      tx,
      ctx,
      {
        action: "admin.cashbox.serverUnblock",
        objectType: "cashbox",
        objectId: cashbox.id,
        details: { reason: input.reason, blockReason: cashbox.operationalReason },
      },
      cashbox.organizationId,
    );
  });
}

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminClearServerBlock: typeof adminClearServerBlockUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminClearServerBlockUnscoped(...args));
