import { toLocale } from "@/lib/i18n/locales";
import { formatLocalDay } from "@/lib/locale/dates";
import { rolePermissions, type Permission } from "@/lib/tenant/permissions";

// Notification kinds (docs/product.md §6 «Notifications»). The texts are notifications.kinds.<KIND>
// (bell) and notifications.mail.<KIND> (mail), rendered in the reader's language from params.
/** Payments, codes and stock: mailed to owners and admins only (unless the producer names other roles). */
const OWNER_ADMIN_MAIL_KINDS = [
  "PAYMENT_EXPIRING_30",
  "PAYMENT_EXPIRING_7",
  "PAYMENT_UNPAID",
  "CASHBOX_BLOCKED_UNPAID",
  // issue 20.1: a third-party ОФД's own period (ofdPaidUntil): reminders only, never a block
  "OFD_PAYMENT_EXPIRING_30",
  "OFD_PAYMENT_EXPIRING_7",
  "OFD_PAYMENT_UNPAID",
  "CODE_HANDED",
  "ORDER_PAID",
  "STOCK_LOW",
] as const;

export const NOTIFICATION_KINDS = [
  ...OWNER_ADMIN_MAIL_KINDS,
  // issue 20.2: the cashbox's life (lib/notifications/scan.ts, lib/registration/gateway.ts,
  // lib/device/maintenance.ts)
  "OFFLINE_24H",
  "OFFLINE_72H",
  "REGISTRATION_ACCEPTED",
  "REGISTRATION_REFUSED",
  "CERTIFICATE_EXPIRING_30",
  "CERTIFICATE_EXPIRING_7",
  "FN_EXPIRING_30",
  "FN_EXPIRING_7",
  "SHIFT_OPEN_24H",
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
  OFD_PAYMENT_EXPIRING_30: "cashbox.read",
  OFD_PAYMENT_EXPIRING_7: "cashbox.read",
  OFD_PAYMENT_UNPAID: "cashbox.read",
  CODE_HANDED: "market.read",
  ORDER_PAID: "market.read",
  STOCK_LOW: "stock.read",
  OFFLINE_24H: "cashbox.read",
  OFFLINE_72H: "cashbox.read",
  REGISTRATION_ACCEPTED: "cashbox.read",
  // the fix is a new application in the registration wizard
  REGISTRATION_REFUSED: "registration.sign",
  CERTIFICATE_EXPIRING_30: "registration.sign",
  CERTIFICATE_EXPIRING_7: "registration.sign",
  FN_EXPIRING_30: "cashbox.read",
  FN_EXPIRING_7: "cashbox.read",
  SHIFT_OPEN_24H: "cashbox.read",
};

type MailRole = "OWNER" | "ADMIN" | "ACCOUNTANT";

/**
 * Who gets a kind by mail (besides the bell): the kinds of issue 20.2 go to every member whose
 * role holds the kind's permission; the older ones keep their narrower lists (a payment reminder
 * goes to the owners and admins, not the accountant). A member who switched the kind off in
 * «Настройки» → «Уведомления» gets no mail of it either way.
 */
export function mailRolesOf(kind: NotificationKind): MailRole[] {
  if (OWNER_ADMIN_MAIL.includes(kind)) return ["OWNER", "ADMIN"];
  const p = NOTIFICATION_PERMISSION[kind];
  return (["OWNER", "ADMIN", "ACCOUNTANT"] as const).filter((r) =>
    (rolePermissions[r] as readonly Permission[]).includes(p),
  );
}

const OWNER_ADMIN_MAIL: readonly NotificationKind[] = OWNER_ADMIN_MAIL_KINDS;

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

/** The third-party ОФД's payment kinds: about the cashbox's `ofdPaidUntil` (params.ofdPaidUntil). */
const OFD_PAYMENT_KINDS: readonly string[] = [
  "OFD_PAYMENT_EXPIRING_30",
  "OFD_PAYMENT_EXPIRING_7",
  "OFD_PAYMENT_UNPAID",
];

/** What the bell knows of a notification's cashbox now, to tell whether its cause still holds. */
export interface CashboxNow {
  paidUntil: string | null;
  /** «ОФД оплачен до» (third-party ОФД); undefined when the reader did not load it */
  ofdPaidUntil?: string | null;
  operationalState: string;
  /** the last online contact (onlineAt, else lastSeenAt), ISO; null when never seen */
  lastContact?: string | null;
  /** the current fiscal drive's number */
  fiscalDriveNumber?: string | null;
  /** the open shift's id (CashboxJournal.currentShiftId) */
  currentShiftId?: string | null;
}

/**
 * Whether the notification's cause still holds: a payment reminder is withdrawn once the
 * cashbox's service was renewed (its paidUntil — or, for an ОФД reminder, its ofdPaidUntil — moved on), a block notice once the cashbox is
 * no longer blocked, an offline notice once the cashbox has been online again (its last contact
 * moved on), a ФН notice once the drive was replaced. A certificate notice is withdrawn by
 * `certificateStillRelevant` (the list reads the certificates). Other kinds are events and stay
 * until read.
 */
export function stillRelevant(kind: string, params: NotificationParams, cashbox: CashboxNow | null): boolean {
  if (kind === "OFFLINE_24H" || kind === "OFFLINE_72H") {
    if (!cashbox) return false;
    return cashbox.lastContact === undefined || cashbox.lastContact === params.since;
  }
  if (kind === "FN_EXPIRING_30" || kind === "FN_EXPIRING_7") {
    if (!cashbox) return false;
    return cashbox.fiscalDriveNumber === undefined || cashbox.fiscalDriveNumber === params.fnNumber;
  }
  if (OFD_PAYMENT_KINDS.includes(kind)) {
    if (!cashbox) return false;
    return (
      cashbox.ofdPaidUntil === undefined ||
      typeof params.ofdPaidUntil !== "string" ||
      cashbox.ofdPaidUntil === params.ofdPaidUntil
    );
  }
  if (!PAYMENT_KINDS.includes(kind)) return true;
  if (!cashbox) return false;
  if (typeof params.paidUntil === "string" && cashbox.paidUntil !== params.paidUntil) return false;
  if (kind === "CASHBOX_BLOCKED_UNPAID" && cashbox.operationalState !== "BLOCKED") return false;
  return true;
}

export const CERTIFICATE_KINDS: readonly string[] = ["CERTIFICATE_EXPIRING_30", "CERTIFICATE_EXPIRING_7"];

/**
 * A certificate notice holds while no certificate of the same holder (tax id) lasts longer: a
 * renewed certificate, used once in a signature, withdraws it. `latest`: holder's tax id → the
 * latest notAfter among the organization's certificates (ISO).
 */
export function certificateStillRelevant(
  params: NotificationParams,
  latest: ReadonlyMap<string, string>,
): boolean {
  const l = typeof params.taxId === "string" ? latest.get(params.taxId) : undefined;
  return !l || typeof params.notAfterAt !== "string" || l <= params.notAfterAt;
}

/** Where a click on the notification leads: the place where its cause is fixed. */
export function notificationHref(kind: string, cashboxId: string | null, params: NotificationParams): string {
  if (cashboxId) {
    const card = `/cashboxes/${cashboxId}`;
    switch (kind) {
      case "REGISTRATION_ACCEPTED":
        return `${card}?tab=documents`;
      case "REGISTRATION_REFUSED":
        return `${card}/registration`;
      case "FN_EXPIRING_30":
      case "FN_EXPIRING_7":
        return `${card}?tab=drives`;
      case "SHIFT_OPEN_24H":
        return `${card}?tab=shifts`;
      default:
        return card;
    }
  }
  if (CERTIFICATE_KINDS.includes(kind)) return "/certificates";
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
