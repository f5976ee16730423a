import type { Tx } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import { appUrl, enqueueMail } from "@/lib/mail/outbox";
import {
  mailRolesOf,
  notificationHref,
  renderParams,
  type NotificationKind,
  type NotificationParams,
} from "./kinds";

export interface NotificationSpec {
  organizationId: string;
  kind: NotificationKind;
  cashboxId?: string | null;
  /** with organizationId and kind, makes the notification happen once */
  dedupeKey: string;
  params: NotificationParams;
  /** who gets it by mail besides the bell (default: mailRolesOf(kind)); members who switched the kind off never */
  mailRoles?: ("OWNER" | "ADMIN" | "ACCOUNTANT")[];
}

/**
 * Puts a notification in the organization's bell and queues its mail, once: a second call with the
 * same (organizationId, kind, dedupeKey) inserts nothing and sends nothing (unique key, ON CONFLICT
 * DO NOTHING), also when two job runs race. Returns whether it was new.
 */
export async function notify(tx: Tx, spec: NotificationSpec): Promise<boolean> {
  const { count } = await tx.notification.createMany({
    data: [
      {
        organizationId: spec.organizationId,
        kind: spec.kind,
        cashboxId: spec.cashboxId ?? null,
        dedupeKey: spec.dedupeKey,
        params: spec.params,
      },
    ],
    skipDuplicates: true,
  });
  if (count === 0) return false;
  const members = await tx.membership.findMany({
    where: {
      organizationId: spec.organizationId,
      role: { in: spec.mailRoles ?? mailRolesOf(spec.kind) },
      NOT: { notifyMailOff: { has: spec.kind } },
    },
    select: { user: { select: { email: true, locale: true } } },
  });
  const href = appUrl(notificationHref(spec.kind, spec.cashboxId ?? null, spec.params));
  for (const m of members) {
    const t = translatorFor(m.user.locale);
    const shown = renderParams(spec.params, m.user.locale);
    await enqueueMail(tx, {
      to: m.user.email,
      subject: t(`notifications.mail.${spec.kind}.subject`, shown),
      text: `${t(`notifications.mail.${spec.kind}.text`, shown)}\n\n${href}`,
    });
  }
  return true;
}
