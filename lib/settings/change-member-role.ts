import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { lockOrganization } from "./lock";
import { assertOwnerChangeAllowed } from "./owner-rules";
import type { MemberRole } from "./schemas";

/** Changes a member's role. Leaving CASHIER clears the terminal PIN and limit (they are cashier-only). */
export async function changeMemberRole(ctx: TenantContext, id: string, role: MemberRole) {
  assertCan(ctx, "user.manage");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, ctx.organizationId);
    const member = await tx.membership.findFirst({
      where: { organizationId: ctx.organizationId, id },
      select: { role: true, pinHash: true, operationLimit: true, user: { select: { email: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND");
    if (member.role === role) return { changed: false };
    await assertOwnerChangeAllowed(tx, ctx, { from: member.role, to: role });
    const leavesCashier = member.role === "CASHIER";
    await tx.membership.updateMany({
      where: { organizationId: ctx.organizationId, id },
      data: leavesCashier ? { role, pinHash: null, operationLimit: null } : { role },
    });
    // A demoted cashier's terminal sessions end with the role.
    if (leavesCashier)
      await tx.cashierSession.deleteMany({ where: { organizationId: ctx.organizationId, membershipId: id } });
    await audit(tx, ctx, {
      action: "member.role.change",
      objectType: "member",
      objectId: id,
      details: {
        email: member.user.email,
        role: [member.role, role],
        ...(leavesCashier && member.pinHash ? { pin: "cleared" } : {}),
        ...(leavesCashier && member.operationLimit !== null
          ? { operationLimit: [member.operationLimit.toString(), null] }
          : {}),
      },
    });
    return { changed: true };
  });
}
