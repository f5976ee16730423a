import { audit } from "@/lib/audit/log";
import { dropMembershipLookup } from "@/lib/db/lookups";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { lockOrganization } from "./lock";
import { assertOwnerChangeAllowed } from "./owner-rules";

/**
 * Removes a member from the organization (the user account stays: it may belong to others).
 * When the person has no organization left, their unused invitation links stop working.
 */
export async function removeMember(ctx: TenantContext, id: string) {
  assertCan(ctx, "user.manage");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, ctx.organizationId);
    const member = await tx.membership.findFirst({
      where: { organizationId: ctx.organizationId, id },
      select: { role: true, userId: true, user: { select: { email: true, name: true } } },
    });
    if (!member) throw new AppError("NOT_FOUND");
    await assertOwnerChangeAllowed(tx, ctx, { from: member.role, to: null });
    await tx.membership.deleteMany({ where: { organizationId: ctx.organizationId, id } });
    await dropMembershipLookup(tx, member.userId, ctx.organizationId);
    // the user's other organizations, through the lookup (a count over Membership would span every tenant)
    const remaining = await tx.membershipLookup.count({ where: { userId: member.userId } });
    if (remaining === 0) {
      await tx.passwordToken.deleteMany({
        where: { userId: member.userId, purpose: "invite", usedAt: null },
      });
    }
    await audit(tx, ctx, {
      action: "member.remove",
      objectType: "member",
      objectId: id,
      details: { email: member.user.email, name: member.user.name, role: member.role },
    });
    return { self: member.userId === ctx.userId };
  });
}
