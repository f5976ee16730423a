import { db } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import type { TenantContext } from "@/lib/tenant/context";
import {
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

/**
 * Unread notifications of the current organization, newest first, rendered in `locale`: only
 * the kinds the reader's role may open, and only those whose cause still holds.
 */
export async function listUnreadNotifications(
  ctx: TenantContext,
  locale: string,
): Promise<BellNotification[]> {
  const kinds = visibleKinds(ctx.permissions);
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
      cashbox: { select: { paidUntil: true, operationalState: true } },
    },
  });
  const rows = found
    .filter((r) =>
      stillRelevant(
        r.kind,
        (r.params ?? {}) as NotificationParams,
        r.cashbox
          ? {
              paidUntil: r.cashbox.paidUntil ? r.cashbox.paidUntil.toISOString().slice(0, 10) : null,
              operationalState: r.cashbox.operationalState,
            }
          : null,
      ),
    )
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
