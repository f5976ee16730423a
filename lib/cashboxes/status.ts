// The cashbox status model of docs/product.md §4: pure functions, no clock, no I/O (pass `now`).
// The list's SQL filters (find-cashboxes.ts) mirror paymentStatus(); status.test.ts and
// tests/integration/cashbox-list.test.ts keep the two in step.
import type { Country } from "@/lib/locale/country";
import { localDate } from "@/lib/locale/zone";

export const REGISTRATION_STATUSES = ["DRAFT", "SUBMITTED", "REGISTERED", "REFUSED", "DEREGISTERED"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const OPERATIONAL_STATES = [
  "ACTIVE",
  "BLOCKED",
  "SERVER_BLOCKED",
  "OFFLINE_TOO_LONG",
  "INTEGRITY",
] as const;
export type OperationalState = (typeof OPERATIONAL_STATES)[number];

/** A KZ cashbox's ОФД other than this service's own (docs/registration.md «Сторонний ОФД»). */
export type ThirdPartyOfd = "TRANSTELECOM" | "KAZAKHTELECOM";

/** Payment badge appears when this many days or fewer are left (docs/product.md §4). */
export const EXPIRING_WITHIN_DAYS = 30;

/** NONE: more than 30 days left (or not REGISTERED); EXPIRING: 0..30 days left; UNPAID: past or never paid. */
export type PaymentStatus = "NONE" | "EXPIRING" | "UNPAID";

/** The one primary badge, in precedence order (first wins). */
export const PRIMARY_BADGES = [
  "DEREGISTERED",
  "REFUSED",
  "SUBMITTED",
  "DRAFT",
  "UNPAID",
  "OFD_UNPAID",
  "EXPIRING",
  "OFD_EXPIRING",
  "CONNECTED",
] as const;
export type PrimaryBadgeKind = (typeof PRIMARY_BADGES)[number];

export type BadgeTone = "green" | "yellow" | "red" | "blue" | "gray";

export interface PrimaryBadge {
  kind: PrimaryBadgeKind;
  /** key in the `cashboxes` i18n namespace */
  labelKey: string;
  tone: BadgeTone;
  /** "register": the badge is a button to the registration wizard; "renew": opens the renewal dialog */
  action: "register" | "renew" | null;
}

export interface OperationalBadge {
  state: Exclude<OperationalState, "ACTIVE">;
  /** short badge text, key in the `cashboxes` namespace */
  labelKey: string;
  /** the terminal's message for this state (docs/product.md §4), key in the `cashboxes` namespace */
  messageKey: string;
  /** why (set by whoever blocked it); null when the state speaks for itself */
  reason: string | null;
  tone: BadgeTone;
}

export interface CashboxStatusModel {
  registrationStatus: RegistrationStatus;
  /** the tariff period («Тариф оплачен до», paidUntil): codes, «Маркет», the unpaid block */
  payment: PaymentStatus;
  /** whole days from today (organization's time zone) to paidUntil; negative when past; null when never paid */
  daysLeft: number | null;
  /**
   * the third-party ОФД's period («ОФД оплачен до», ofdPaidUntil), entered by the owner: reminders
   * only, never a block. Null for a cashbox on this service's own ОФД (it has one period).
   */
  ofdPayment: PaymentStatus | null;
  /** whole days from today to ofdPaidUntil (as daysLeft); null when not entered or own ОФД */
  ofdDaysLeft: number | null;
  primary: PrimaryBadge;
  /** present only when the operational state is not ACTIVE */
  operational: OperationalBadge | null;
  /**
   * set for a cashbox on a third-party ОФД: it has two periods (paidUntil, ofdPaidUntil) and
   * SUBMITTED reads «Ожидается отчёт о регистрации»
   */
  thirdPartyOfd: ThirdPartyOfd | null;
}

export interface CashboxStatusInput {
  registrationStatus: RegistrationStatus;
  operationalState: OperationalState;
  operationalReason?: string | null;
  /** a calendar date: "YYYY-MM-DD" or a Date at UTC midnight (Prisma's @db.Date) */
  paidUntil: Date | string | null;
  /** the cashbox's ОФД; absent or "OWN": this service's own */
  ofd?: "OWN" | ThirdPartyOfd | null;
  /** «ОФД оплачен до» (a calendar date, as paidUntil); read only on a third-party ОФД */
  ofdPaidUntil?: Date | string | null;
}

export interface StatusClock {
  now: Date;
  /** IANA time zone of the organization: «today» is local (docs/product.md §3) */
  timeZone: string;
  country: Country;
}

/** A calendar date as "YYYY-MM-DD"; a Date is read in UTC (how @db.Date values arrive). */
export function toIsoDate(d: Date | string): string {
  if (typeof d === "string") {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(d)) throw new Error(`not a calendar date: ${d}`);
    return d;
  }
  return d.toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;

/** Whole calendar days from `today` to `date` (both "YYYY-MM-DD"). */
export function daysBetween(today: string, date: string): number {
  return dayNumber(date) - dayNumber(today);
}

/** `days` calendar days after `iso` ("YYYY-MM-DD"). */
export function addDays(iso: string, days: number): string {
  return new Date((dayNumber(iso) + days) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * Payment status of docs/product.md §4, only for REGISTERED cashboxes. paidUntil is the last paid
 * day, inclusive: on that day 0 days are left and the service is still paid («Истекает оплата»);
 * from the next day on it is «Не оплачена». A REGISTERED cashbox that was never paid (null) is
 * «Не оплачена».
 */
export function paymentStatus(
  registrationStatus: RegistrationStatus,
  paidUntil: Date | string | null,
  today: string,
): { payment: PaymentStatus; daysLeft: number | null } {
  const daysLeft = paidUntil == null ? null : daysBetween(today, toIsoDate(paidUntil));
  if (registrationStatus !== "REGISTERED") return { payment: "NONE", daysLeft };
  if (daysLeft == null || daysLeft < 0) return { payment: "UNPAID", daysLeft };
  if (daysLeft <= EXPIRING_WITHIN_DAYS) return { payment: "EXPIRING", daysLeft };
  return { payment: "NONE", daysLeft };
}

/** Which period a payment badge speaks of: this service's tariff or the third-party ОФД's. */
export type PaymentPeriod = "TARIFF" | "OFD";

/**
 * The payment badge of a cashbox with two periods (a third-party ОФД) shows the earlier problem:
 * the period that ends first decides (never paid counts as the earliest; on the same day the
 * tariff, which can block, wins). Since a status only worsens as its date gets earlier, that is
 * also the worse of the two. With one period (own ОФД, `ofdPaidUntil` undefined) it is the tariff.
 * find-cashboxes.ts's SQL filters mirror this.
 */
export function paymentBadge(
  registrationStatus: RegistrationStatus,
  paidUntil: Date | string | null,
  ofdPaidUntil: Date | string | null | undefined,
  today: string,
): { period: PaymentPeriod; payment: PaymentStatus } {
  const tariff = paymentStatus(registrationStatus, paidUntil, today).payment;
  if (ofdPaidUntil === undefined) return { period: "TARIFF", payment: tariff };
  const t = paidUntil == null ? null : toIsoDate(paidUntil);
  const o = ofdPaidUntil == null ? null : toIsoDate(ofdPaidUntil);
  const ofdFirst = t !== null && (o === null || o < t);
  if (!ofdFirst) return { period: "TARIFF", payment: tariff };
  return { period: "OFD", payment: paymentStatus(registrationStatus, ofdPaidUntil, today).payment };
}

/** The one primary badge kind by the precedence of docs/product.md §4. */
export function primaryBadgeKind(
  registrationStatus: RegistrationStatus,
  payment: PaymentStatus,
  period: PaymentPeriod = "TARIFF",
): PrimaryBadgeKind {
  switch (registrationStatus) {
    case "DEREGISTERED":
      return "DEREGISTERED";
    case "REFUSED":
      return "REFUSED";
    case "SUBMITTED":
      return "SUBMITTED";
    case "DRAFT":
      return "DRAFT";
    case "REGISTERED":
      if (payment === "NONE") return "CONNECTED";
      if (period === "OFD") return payment === "UNPAID" ? "OFD_UNPAID" : "OFD_EXPIRING";
      return payment === "UNPAID" ? "UNPAID" : "EXPIRING";
  }
}

export function primaryBadge(kind: PrimaryBadgeKind, country: Country, thirdPartyOfd = false): PrimaryBadge {
  switch (kind) {
    case "DEREGISTERED":
      return { kind, labelKey: "badge.deregistered", tone: "gray", action: null };
    case "REFUSED":
      return { kind, labelKey: "badge.refused", tone: "red", action: null };
    case "SUBMITTED":
      return {
        kind,
        // a third-party ОФД cashbox waits for its own registration report, not for the КГД
        labelKey: thirdPartyOfd
          ? "badge.awaitingReport"
          : country === "KZ"
            ? "badge.submittedKz"
            : "badge.submittedRu",
        tone: "blue",
        action: null,
      };
    case "DRAFT":
      return { kind, labelKey: "badge.draft", tone: "blue", action: "register" };
    case "UNPAID":
      return { kind, labelKey: "badge.unpaid", tone: "red", action: "renew" };
    case "EXPIRING":
      return { kind, labelKey: "badge.expiring", tone: "yellow", action: "renew" };
    // the third-party ОФД's period: the renewal dialog opens on its «ОФД оплачен до» date
    case "OFD_UNPAID":
      return { kind, labelKey: "ofdPeriod.badgeUnpaid", tone: "red", action: "renew" };
    case "OFD_EXPIRING":
      return { kind, labelKey: "ofdPeriod.badgeExpiring", tone: "yellow", action: "renew" };
    case "CONNECTED":
      return { kind, labelKey: "badge.connected", tone: "green", action: null };
  }
}

export function operationalBadge(
  state: OperationalState,
  reason: string | null | undefined,
): OperationalBadge | null {
  if (state === "ACTIVE") return null;
  const r = reason?.trim() ? reason.trim() : null;
  switch (state) {
    case "BLOCKED":
      return { state, labelKey: "state.BLOCKED", messageKey: "stateMessage.BLOCKED", reason: r, tone: "red" };
    case "SERVER_BLOCKED":
      return {
        state,
        labelKey: "state.SERVER_BLOCKED",
        messageKey: "stateMessage.SERVER_BLOCKED",
        reason: r,
        tone: "red",
      };
    case "OFFLINE_TOO_LONG":
      return {
        state,
        labelKey: "state.OFFLINE_TOO_LONG",
        messageKey: "stateMessage.OFFLINE_TOO_LONG",
        reason: r,
        tone: "yellow",
      };
    case "INTEGRITY":
      return {
        state,
        labelKey: "state.INTEGRITY",
        messageKey: "stateMessage.INTEGRITY",
        reason: r,
        tone: "red",
      };
  }
}

/** Everything the badges need, as plain serializable data (passes from server to client components). */
export function cashboxStatus(input: CashboxStatusInput, clock: StatusClock): CashboxStatusModel {
  const today = localDate(clock.now, clock.timeZone);
  const { payment, daysLeft } = paymentStatus(input.registrationStatus, input.paidUntil, today);
  const thirdPartyOfd =
    clock.country === "KZ" && input.ofd && input.ofd !== "OWN" ? (input.ofd as ThirdPartyOfd) : null;
  const ofd = thirdPartyOfd
    ? paymentStatus(input.registrationStatus, input.ofdPaidUntil ?? null, today)
    : { payment: null, daysLeft: null };
  const badge = paymentBadge(
    input.registrationStatus,
    input.paidUntil,
    thirdPartyOfd ? (input.ofdPaidUntil ?? null) : undefined,
    today,
  );
  return {
    registrationStatus: input.registrationStatus,
    payment,
    daysLeft,
    ofdPayment: ofd.payment,
    ofdDaysLeft: ofd.daysLeft,
    primary: primaryBadge(
      primaryBadgeKind(input.registrationStatus, badge.payment, badge.period),
      clock.country,
      thirdPartyOfd !== null,
    ),
    operational: operationalBadge(input.operationalState, input.operationalReason),
    thirdPartyOfd,
  };
}

/** Expiry of a fiscal drive: installed at + validity months (calendar months, clamped to month end). */
export function fiscalDriveExpiry(installedAt: Date | null, months: number | null): Date | null {
  if (!installedAt || !months) return null;
  const d = new Date(installedAt.getTime());
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, lastDay));
  return d;
}
