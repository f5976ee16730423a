import { db } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import type { TenantContext } from "@/lib/tenant/context";
import {
  CERTIFICATE_KINDS,
  certificateStillRelevant,
  notificationHref,
  renderParams,
  stillRelevant,
  visibleKinds,
  type NotificationKind,
  type NotificationParams,
} from "./kinds";

export const BELL_LIMIT = 20;

export interface BellNotification {
  id: string;
  title: string;
  href: string;
  createdAt: string;
}

/** Unread rows read per pass; those whose cause is gone are skipped, so a pass may yield fewer. */
const SCAN = 200;

/** The kinds the reader sees in the bell: those the role may open, less those switched off. */
export async function bellKinds(ctx: TenantContext): Promise<NotificationKind[]> {
  const m = await db.membership.findFirst({
    where: { organizationId: ctx.organizationId, userId: ctx.userId },
    select: { notifyBellOff: true },
  });
  const off = new Set(m?.notifyBellOff ?? []);
  return visibleKinds(ctx.permissions).filter((k) => !off.has(k));
}

/**
 * Unread notifications of the current organization, newest first, rendered in `locale`: only
 * the kinds the reader's role may open and has not switched off, and only those whose cause
 * still holds.
 */
export async function listUnreadNotifications(
  ctx: TenantContext,
  locale: string,
): Promise<BellNotification[]> {
  const kinds = await bellKinds(ctx);
  if (kinds.length === 0) return [];
  const found = await db.notification.findMany({
    where: { organizationId: ctx.organizationId, readAt: null, kind: { in: kinds } },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: SCAN,
    select: {
      id: true,
      kind: true,
      cashboxId: true,
      params: true,
      createdAt: true,
      cashbox: {
        select: {
          paidUntil: true,
          ofdPaidUntil: true,
          operationalState: true,
          onlineAt: true,
          lastSeenAt: true,
          fiscalDriveNumber: true,
        },
      },
    },
  });
  // certificate notices: the latest expiry per holder, read only when there are any
  const latest = new Map<string, string>();
  if (found.some((r) => CERTIFICATE_KINDS.includes(r.kind))) {
    const certs = await db.certificate.groupBy({
      by: ["taxId"],
      where: { organizationId: ctx.organizationId },
      _max: { notAfter: true },
    });
    for (const c of certs) if (c._max.notAfter) latest.set(c.taxId, c._max.notAfter.toISOString());
  }
  const rows = found
    .filter((r) => {
      const params = (r.params ?? {}) as NotificationParams;
      if (CERTIFICATE_KINDS.includes(r.kind)) return certificateStillRelevant(params, latest);
      const contact = r.cashbox?.onlineAt ?? r.cashbox?.lastSeenAt ?? null;
      return stillRelevant(
        r.kind,
        params,
        r.cashbox
          ? {
              paidUntil: r.cashbox.paidUntil ? r.cashbox.paidUntil.toISOString().slice(0, 10) : null,
              ofdPaidUntil: r.cashbox.ofdPaidUntil ? r.cashbox.ofdPaidUntil.toISOString().slice(0, 10) : null,
              operationalState: r.cashbox.operationalState,
              lastContact: contact ? contact.toISOString() : null,
              fiscalDriveNumber: r.cashbox.fiscalDriveNumber,
            }
          : null,
      );
    })
    .slice(0, BELL_LIMIT);
  const t = translatorFor(locale);
  return rows.map((r) => {
    const params = (r.params ?? {}) as NotificationParams;
    const key = `notifications.kinds.${r.kind}` as `notifications.kinds.${NotificationKind}`;
    return {
      id: r.id,
      title: t.has(key) ? t(key, renderParams(params, locale)) : r.kind,
      href: notificationHref(r.kind, r.cashboxId, params),
      createdAt: r.createdAt.toISOString(),
    };
  });
}
