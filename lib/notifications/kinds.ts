import { toLocale } from "@/lib/i18n/locales";
import { formatLocalDay } from "@/lib/locale/dates";
import type { Permission } from "@/lib/tenant/permissions";

// Notification kinds (docs/product.md §6 «Notifications»). The texts are notifications.kinds.<KIND>
// (bell) and notifications.mail.<KIND> (mail), rendered in the reader's language from params.
export const NOTIFICATION_KINDS = [
  "PAYMENT_EXPIRING_30",
  "PAYMENT_EXPIRING_7",
  "PAYMENT_UNPAID",
  "CASHBOX_BLOCKED_UNPAID",
  "CODE_HANDED",
  "ORDER_PAID",
  "STOCK_LOW",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export type NotificationParams = Record<string, string | number>;

/**
 * Who may see a kind in the bell: the permission of the page it leads to (a cashier, who cannot
 * open the cashbox card or an order, does not see «Касса 3 не оплачена» or «Заказ № 8 оплачен»).
 */
export const NOTIFICATION_PERMISSION: Record<NotificationKind, Permission> = {
  PAYMENT_EXPIRING_30: "cashbox.read",
  PAYMENT_EXPIRING_7: "cashbox.read",
  PAYMENT_UNPAID: "cashbox.read",
  CASHBOX_BLOCKED_UNPAID: "cashbox.read",
  CODE_HANDED: "market.read",
  ORDER_PAID: "market.read",
  STOCK_LOW: "stock.read",
};

/** The kinds a reader holding `permissions` may see. */
export function visibleKinds(permissions: ReadonlySet<Permission>): NotificationKind[] {
  return NOTIFICATION_KINDS.filter((k) => permissions.has(NOTIFICATION_PERMISSION[k]));
}

/** The payment kinds: they are about one cashbox's `paidUntil` (params.paidUntil, "YYYY-MM-DD"). */
const PAYMENT_KINDS: readonly string[] = [
  "PAYMENT_EXPIRING_30",
  "PAYMENT_EXPIRING_7",
  "PAYMENT_UNPAID",
  "CASHBOX_BLOCKED_UNPAID",
];

/**
 * Whether the notification's cause still holds: a payment reminder is withdrawn once the
 * cashbox's service was renewed (its paidUntil moved on), a block notice once the cashbox is
 * no longer blocked. Other kinds are events and stay until read.
 */
export function stillRelevant(
  kind: string,
  params: NotificationParams,
  cashbox: { paidUntil: string | null; operationalState: string } | null,
): boolean {
  if (!PAYMENT_KINDS.includes(kind)) return true;
  if (!cashbox) return false;
  if (typeof params.paidUntil === "string" && cashbox.paidUntil !== params.paidUntil) return false;
  if (kind === "CASHBOX_BLOCKED_UNPAID" && cashbox.operationalState !== "BLOCKED") return false;
  return true;
}

/** Where a click on the notification leads. */
export function notificationHref(kind: string, cashboxId: string | null, params: NotificationParams): string {
  if (cashboxId) return `/cashboxes/${cashboxId}`;
  if (kind === "ORDER_PAID" && typeof params.orderId === "string") return `/market/orders/${params.orderId}`;
  if (kind === "CODE_HANDED") return "/codes";
  if (kind === "STOCK_LOW" && typeof params.itemId === "string")
    return `/stock/items/${params.itemId}${typeof params.tradePointId === "string" ? `?tp=${params.tradePointId}` : ""}`;
  return "/";
}

/** Message arguments as shown: ISO dates ("2026-12-20") in the reader's date format (lib/locale). */
export function renderParams(params: NotificationParams, locale: string): NotificationParams {
  const out: NotificationParams = {};
  for (const [k, v] of Object.entries(params)) {
    out[k] = typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatLocalDay(v, toLocale(locale)) : v;
  }
  return out;
}
