import { audit } from "@/lib/audit/log";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { lockOrganization } from "./lock";

/**
 * Sets a cashier's terminal PIN (argon2-hashed; blank keeps the current one) and per-operation
 * limit in minor units (null = no limit). A terminal signs a cashier in by PIN alone, so a PIN
 * must be unique among the organization's cashiers.
 */
export async function updateCashierSettings(
  ctx: TenantContext,
  id: string,
  input: { pin: string; operationLimit: bigint | null },
) {
  assertCan(ctx, "user.manage");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const pinHash = input.pin ? await hashPassword(input.pin) : null;
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, ctx.organizationId);
    const member = await tx.membership.findFirst({
      where: { organizationId: ctx.organizationId, id },
      select: { role: true, pinHash: true, operationLimit: true, user: { select: { email: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND");
    if (member.role !== "CASHIER")
      throw new AppError("VALIDATION_FAILED", { messageKey: "settings.errors.notCashier" });

    const data: { pinHash?: string; operationLimit?: bigint | null } = {};
    const details: Record<string, string | (string | null)[]> = { email: member.user.email };
    if (input.pin) {
      const others = await tx.membership.findMany({
        where: {
          organizationId: ctx.organizationId,
          role: "CASHIER",
          id: { not: id },
          pinHash: { not: null },
        },
        select: { pinHash: true },
      });
      const taken = await Promise.all(others.map((o) => verifyPassword(o.pinHash, input.pin)));
      if (taken.some(Boolean))
        throw new AppError("CONFLICT", { messageKey: "settings.errors.pinTaken", field: "pin" });
      data.pinHash = pinHash!;
      details.pin = member.pinHash ? "changed" : "set";
    }
    if (input.operationLimit !== member.operationLimit) {
      data.operationLimit = input.operationLimit;
      details.operationLimit = [
        member.operationLimit?.toString() ?? null,
        input.operationLimit?.toString() ?? null,
      ];
    }
    if (Object.keys(data).length === 0) return { changed: false };
    await tx.membership.updateMany({ where: { organizationId: ctx.organizationId, id }, data });
    // A new PIN signs the cashier out of every terminal (the old PIN may be what leaked).
    if (data.pinHash)
      await tx.cashierSession.deleteMany({ where: { organizationId: ctx.organizationId, membershipId: id } });
    await audit(tx, ctx, { action: "member.cashier.update", objectType: "member", objectId: id, details });
    return { changed: true };
  });
}
