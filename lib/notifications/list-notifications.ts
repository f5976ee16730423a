import { db } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import type { TenantContext } from "@/lib/tenant/context";
import { notificationHref, renderParams, type NotificationKind, type NotificationParams } from "./kinds";

export const BELL_LIMIT = 20;

export interface BellNotification {
  id: string;
  title: string;
  href: string;
  createdAt: string;
}

/** Unread notifications of the current organization, newest first, rendered in `locale`. */
export async function listUnreadNotifications(
  ctx: TenantContext,
  locale: string,
): Promise<BellNotification[]> {
  const rows = await db.notification.findMany({
    where: { organizationId: ctx.organizationId, readAt: null },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: BELL_LIMIT,
    select: { id: true, kind: true, cashboxId: true, params: true, createdAt: true },
  });
  const t = translatorFor(locale);
  return rows.map((r) => {
    const params = (r.params ?? {}) as NotificationParams;
    const key = `notifications.kinds.${r.kind}` as `notifications.kinds.${NotificationKind}`;
    return {
      id: r.id,
      title: t.has(key) ? t(key, renderParams(params)) : r.kind,
      href: notificationHref(r.kind, r.cashboxId, params),
      createdAt: r.createdAt.toISOString(),
    };
  });
}
