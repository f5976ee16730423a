// The «Чеки» search state as it travels in the URL: parsed leniently (junk falls back to «any»),
// written back in a stable order. Pure: used by the page, the table's links and the tests.
import { isUuid } from "@/lib/validation/uuid";

export const RECEIPT_TYPES = ["sale", "sale_return", "purchase", "purchase_return"] as const;
export type ReceiptKind = (typeof RECEIPT_TYPES)[number];
export const PAYMENT_KINDS = ["cash", "card", "mixed"] as const;
export type PaymentKind = (typeof PAYMENT_KINDS)[number];

export const MAX_ITEM_QUERY = 100;
/** document numbers are int4 in the database */
const MAX_NUMBER = 2_147_483_647;

export interface ReceiptSearchParams {
  /** document number (ФД №, tag 1040) */
  number: number | null;
  /** local calendar days, inclusive */
  from: string | null;
  to: string | null;
  /** receipt total, minor units, inclusive */
  min: bigint | null;
  max: bigint | null;
  cashbox: string | null;
  pay: PaymentKind | null;
  type: ReceiptKind | null;
  /** part of an item name */
  item: string;
  page: number;
}

export const EMPTY_SEARCH: ReceiptSearchParams = {
  number: null,
  from: null,
  to: null,
  min: null,
  max: null,
  cashbox: null,
  pay: null,
  type: null,
  item: "",
  page: 1,
};

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

/** A real calendar day "YYYY-MM-DD" (not 2026-02-30). */
export function isCalendarDay(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** "1 234,50" / "1234.5" → minor units; null for anything else. */
export function parseMoney(s: string): bigint | null {
  const m = /^(\d{1,13})(?:[.,](\d{1,2}))?$/.exec(s.replace(/[\s\u00a0]/g, ""));
  return m ? BigInt(m[1]) * 100n + BigInt((m[2] ?? "").padEnd(2, "0")) : null;
}

export function minorToInput(v: bigint): string {
  const sign = v < 0n ? "-" : "";
  const a = v < 0n ? -v : v;
  const cents = a % 100n;
  return `${sign}${a / 100n}${cents ? `.${String(cents).padStart(2, "0")}` : ""}`;
}

export function parseReceiptSearch(raw: Raw): ReceiptSearchParams {
  const numberText = one(raw.number).replace(/^№\s*/, "");
  const number =
    /^\d{1,10}$/.test(numberText) && Number(numberText) <= MAX_NUMBER ? Number(numberText) : null;
  const day = (v: string) => (isCalendarDay(v) ? v : null);
  const cashbox = one(raw.cashbox);
  const pay = one(raw.pay) as PaymentKind;
  const type = one(raw.type) as ReceiptKind;
  const page = Number(one(raw.page));
  return {
    number,
    from: day(one(raw.from)),
    to: day(one(raw.to)),
    min: parseMoney(one(raw.min)),
    max: parseMoney(one(raw.max)),
    cashbox: isUuid(cashbox) ? cashbox : null,
    pay: PAYMENT_KINDS.includes(pay) ? pay : null,
    type: RECEIPT_TYPES.includes(type) ? type : null,
    item: one(raw.item).slice(0, MAX_ITEM_QUERY),
    page: Number.isInteger(page) && page > 1 && page <= 10_000 ? page : 1,
  };
}

export function receiptSearchToQuery(p: ReceiptSearchParams): URLSearchParams {
  const q = new URLSearchParams();
  if (p.number !== null) q.set("number", String(p.number));
  if (p.from) q.set("from", p.from);
  if (p.to) q.set("to", p.to);
  if (p.min !== null) q.set("min", minorToInput(p.min));
  if (p.max !== null) q.set("max", minorToInput(p.max));
  if (p.cashbox) q.set("cashbox", p.cashbox);
  if (p.pay) q.set("pay", p.pay);
  if (p.type) q.set("type", p.type);
  if (p.item) q.set("item", p.item);
  if (p.page > 1) q.set("page", String(p.page));
  return q;
}

export function hasReceiptFilters(p: ReceiptSearchParams): boolean {
  return receiptSearchToQuery({ ...p, page: 1 }).toString() !== "";
}

/** The receipts export («Выгрузить в Excel») takes a period of at most this many local days. */
export const EXPORT_MAX_DAYS = 31;
export type ExportPeriodProblem = "period" | "order" | "tooLong";

/**
 * Why a search cannot be exported, or null: the period (both days) is required, «с» not after «по»,
 * and at most EXPORT_MAX_DAYS days (a month at most: the export reads one or two monthly partitions).
 */
export function exportPeriodProblem(p: Pick<ReceiptSearchParams, "from" | "to">): ExportPeriodProblem | null {
  if (!p.from || !p.to) return "period";
  const day = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10));
  const days = (day(p.to) - day(p.from)) / 86_400_000 + 1;
  if (days < 1) return "order";
  return days > EXPORT_MAX_DAYS ? "tooLong" : null;
}
