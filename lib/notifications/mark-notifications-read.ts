import { db } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenant/context";
import { bellKinds } from "./list-notifications";

/**
 * Marks the current organization's unread notifications as read (all of them, or the given ids):
 * only the kinds the reader sees in the bell, so «mark all read» does not hide from the others a
 * kind this reader may not open or has switched off.
 */
export async function markNotificationsRead(ctx: TenantContext, ids?: string[], now = new Date()) {
  const { count } = await db.notification.updateMany({
    where: {
      organizationId: ctx.organizationId,
      readAt: null,
      kind: { in: await bellKinds(ctx) },
      ...(ids ? { id: { in: ids } } : {}),
    },
    data: { readAt: now },
  });
  return count;
}
