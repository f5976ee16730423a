// Notification kinds (docs/product.md §6 «Notifications»). The texts are notifications.kinds.<KIND>
// (bell) and notifications.mail.<KIND> (mail), rendered in the reader's language from params.
export const NOTIFICATION_KINDS = [
  "PAYMENT_EXPIRING_30",
  "PAYMENT_EXPIRING_7",
  "PAYMENT_UNPAID",
  "CASHBOX_BLOCKED_UNPAID",
  "CODE_HANDED",
  "ORDER_PAID",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationParams = Record<string, string | number>;

/** Where a click on the notification leads. */
export function notificationHref(kind: string, cashboxId: string | null, params: NotificationParams): string {
  if (cashboxId) return `/cashboxes/${cashboxId}`;
  if (kind === "ORDER_PAID" && typeof params.orderId === "string") return `/market/orders/${params.orderId}`;
  if (kind === "CODE_HANDED") return "/codes";
  return "/";
}

/** Message arguments as shown: ISO dates ("2026-12-20") become "20.12.2026" in every language. */
export function renderParams(params: NotificationParams): NotificationParams {
  const out: NotificationParams = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v.split("-").reverse().join(".") : v;
  }
  return out;
}
