import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenant/context";

/** Marks the current organization's unread notifications as read (all of them, or the given ids). */
export async function markNotificationsRead(ctx: TenantContext, ids?: string[], now = new Date()) {
  const { count } = await db.notification.updateMany({
    where: {
      organizationId: ctx.organizationId,
      readAt: null,
      ...(ids ? { id: { in: ids } } : {}),
    },
    data: { readAt: now },
  });
  return count;
}
