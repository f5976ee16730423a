// Per-member notification preferences (issue 20.2): «Настройки» → «Уведомления». Each member
// switches kinds off in the bell and by mail for themselves (Membership.notifyBellOff /
// notifyMailOff); only the kinds the member's role may see are offered, and a kind the role does
// not see keeps whatever was stored.
import { z } from "zod";
import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenant/context";
import { NOTIFICATION_KINDS, visibleKinds, type NotificationKind } from "./kinds";

export interface NotificationPreference {
  kind: NotificationKind;
  bell: boolean;
  mail: boolean;
}

/** The member's kinds with whether each is on in the bell and by mail. */
export async function getNotificationPreferences(ctx: TenantContext): Promise<NotificationPreference[]> {
  const m = await db.membership.findFirst({
    where: { organizationId: ctx.organizationId, userId: ctx.userId },
    select: { notifyBellOff: true, notifyMailOff: true },
  });
  const bellOff = new Set(m?.notifyBellOff ?? []);
  const mailOff = new Set(m?.notifyMailOff ?? []);
  return visibleKinds(ctx.permissions).map((kind) => ({
    kind,
    bell: !bellOff.has(kind),
    mail: !mailOff.has(kind),
  }));
}

/** The form: a checkbox "bell.<KIND>" / "mail.<KIND>" per kind, "on" when ticked. */
export const ZNotificationPreferencesInput = z.record(z.string(), z.string()).transform((v) => ({
  bell: NOTIFICATION_KINDS.filter((k) => v[`bell.${k}`] === "on"),
  mail: NOTIFICATION_KINDS.filter((k) => v[`mail.${k}`] === "on"),
}));
export type NotificationPreferencesInput = z.infer<typeof ZNotificationPreferencesInput>;

/** Stores the member's choice for the kinds the role sees; returns whether anything changed. */
export async function updateNotificationPreferences(
  ctx: TenantContext,
  input: NotificationPreferencesInput,
): Promise<{ changed: boolean }> {
  const shown = visibleKinds(ctx.permissions);
  const m = await db.membership.findFirst({
    where: { organizationId: ctx.organizationId, userId: ctx.userId },
    select: { id: true, notifyBellOff: true, notifyMailOff: true },
  });
  if (!m) return { changed: false };
  const next = (stored: string[], on: readonly NotificationKind[]) =>
    [
      ...stored.filter((k) => !(shown as string[]).includes(k)),
      ...shown.filter((k) => !on.includes(k)),
    ].sort();
  const bellOff = next(m.notifyBellOff, input.bell);
  const mailOff = next(m.notifyMailOff, input.mail);
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (same(bellOff, [...m.notifyBellOff].sort()) && same(mailOff, [...m.notifyMailOff].sort()))
    return { changed: false };
  await db.membership.updateMany({
    where: { organizationId: ctx.organizationId, id: m.id },
    data: { notifyBellOff: bellOff, notifyMailOff: mailOff },
  });
  return { changed: true };
}
