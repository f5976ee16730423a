import { audit } from "@/lib/audit/log";
import { createPasswordLink } from "@/lib/auth/password-tokens";
import { putMembershipLookup } from "@/lib/db/lookups";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { translatorFor } from "@/lib/i18n/translator";
import { appUrl, enqueueMail } from "@/lib/mail/outbox";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUniqueViolation, lockOrganization } from "./lock";
import { assertOwnerChangeAllowed } from "./owner-rules";
import type { TInviteMemberInput } from "./schemas";

const duplicate = () =>
  new AppError("CONFLICT", { messageKey: "settings.errors.alreadyMember", field: "email" });

/**
 * Adds a person to the organization by e-mail. A known user with a password is added and told
 * so; anyone else (a new address, or an invitee who never set a password) gets a one-time
 * «set your password» link valid for 7 days. Membership, mail and audit row commit together.
 */
export async function inviteMember(ctx: TenantContext, input: TInviteMemberInput) {
  assertCan(ctx, "user.manage");
  try {
    return await db.$transaction(async (tx) => {
      await lockOrganization(tx, ctx.organizationId);
      await assertOwnerChangeAllowed(tx, ctx, { from: "NONE", to: input.role });
      const org = await tx.organization.findFirst({
        where: { id: ctx.organizationId },
        select: { name: true },
      });
      if (!org) throw new AppError("NOT_FOUND");

      let user = await tx.user.findUnique({
        where: { email: input.email },
        select: { id: true, name: true, locale: true, passwordHash: true },
      });
      if (user) {
        const existing = await tx.membership.findFirst({
          where: { organizationId: ctx.organizationId, userId: user.id },
          select: { id: true },
        });
        if (existing) throw duplicate();
      } else {
        user = await tx.user.create({
          data: { email: input.email, name: input.name || input.email.split("@")[0], passwordHash: null },
          select: { id: true, name: true, locale: true, passwordHash: true },
        });
      }
      const member = await tx.membership.create({
        data: { organizationId: ctx.organizationId, userId: user.id, role: input.role },
        select: { id: true },
      });
      await putMembershipLookup(tx, user.id, ctx.organizationId);

      const t = translatorFor(user.locale);
      const params = {
        inviter: ctx.userName,
        org: org.name,
        role: t(`common.role.${input.role}`),
        name: user.name,
      };
      const needsPassword = user.passwordHash === null;
      if (needsPassword) {
        const url = await createPasswordLink(tx, user.id, "invite");
        await enqueueMail(tx, {
          to: input.email,
          subject: t("auth.mail.inviteSubject", params),
          text: t("auth.mail.inviteText", { ...params, url }),
        });
      } else {
        await enqueueMail(tx, {
          to: input.email,
          subject: t("auth.mail.addedSubject", params),
          text: t("auth.mail.addedText", { ...params, url: appUrl("/login") }),
        });
      }
      await audit(tx, ctx, {
        action: "member.invite",
        objectType: "member",
        objectId: member.id,
        details: { email: input.email, role: input.role, newUser: needsPassword },
      });
      return { id: member.id, newUser: needsPassword };
    });
  } catch (e) {
    // Two invitations of one address racing each other: the unique keys decide, the loser is a duplicate.
    if (isUniqueViolation(e)) throw duplicate();
    throw e;
  }
}
