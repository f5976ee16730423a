// Receipt arithmetic (docs/product.md §3, §6): line totals, VAT per rate, payments and change.
// Pure: the device API, the terminal simulator and the demo seed all compute receipts here.
import { formatQuantity, lineAmount, parseQuantity } from "./money";
import { findUnit } from "./units";
import { DEFAULT_VAT_RATES, findVatRate, vatFromGross, type VatRateRow } from "./vat";
import type { Country } from "@/lib/locale/country";

export const RECEIPT_TYPES = ["sale", "sale_return", "purchase", "purchase_return"] as const;
export type ReceiptType = (typeof RECEIPT_TYPES)[number];

/** Upper bounds that keep every sum far inside a JSON number (2^53). */
export const MAX_LINE_AMOUNT = 10n ** 13n;
export const MAX_RECEIPT_TOTAL = 10n ** 14n;

export interface ReceiptItemInput {
  name: string;
  nomenclatureId?: string | null;
  unit: { code: string };
  /** minor units per unit */
  price: number;
  /** decimal string with ≤ 3 places, e.g. "0.750" */
  quantity: string;
  vatRate: string;
  /** minor units off the line */
  discount?: number;
  markCodes?: string[];
}

export interface PaymentInput {
  type: "cash" | "card";
  amount: number;
}

export interface ReceiptInput {
  type: ReceiptType;
  items: ReceiptItemInput[];
  payments: PaymentInput[];
  /** cash the customer handed over (sales only); the change is paid from it */
  cashTendered?: number;
}

export interface ComputedLine {
  lineNo: number;
  name: string;
  nomenclatureId: string | null;
  unitCode: string;
  unitLabel: string;
  price: bigint;
  /** thousandths */
  quantity: bigint;
  quantityText: string;
  /** price × quantity, before the discount */
  amount: bigint;
  discount: bigint;
  total: bigint;
  vatRate: string;
  vatBasisPoints: number | null;
  vatAmount: bigint;
  markCodes: string[];
}

export interface VatTotal {
  rate: string;
  amount: bigint;
}

export interface ComputedReceipt {
  type: ReceiptType;
  lines: ComputedLine[];
  total: bigint;
  discount: bigint;
  /** cash that stays in (sale, purchase return) or leaves (sale return, purchase) the drawer */
  cash: bigint;
  card: bigint;
  change: bigint;
  /** what the customer handed over in cash (0 when not given) */
  cashTendered: bigint;
  vat: VatTotal[];
}

/** `message` is an i18n key of the `device` namespace (device.v.*). */
export interface FieldIssue {
  field: string;
  message: string;
}

export type ReceiptRefusal =
  | { kind: "validation"; fields: FieldIssue[] }
  | { kind: "business"; code: "CARD_EXCEEDS_TOTAL" }
  | {
      kind: "business";
      code: "OPERATION_NOT_ALLOWED";
      reason: "PAYMENT_MISMATCH" | "DUPLICATE_PAYMENT_TYPE";
    };

export type ReceiptResult = { ok: true; receipt: ComputedReceipt } | ({ ok: false } & ReceiptRefusal);

export interface ReceiptContext {
  country: Country;
  /** local date of the document ("YYYY-MM-DD"): which VAT rates are in effect */
  localDate: string;
  vatRates?: readonly VatRateRow[];
}

/** Cash effect on the drawer: +1 money comes in, −1 money goes out. */
export function cashDirection(type: ReceiptType): 1 | -1 {
  return type === "sale" || type === "purchase_return" ? 1 : -1;
}

export function computeReceipt(input: ReceiptInput, ctx: ReceiptContext): ReceiptResult {
  const fields: FieldIssue[] = [];
  const lines: ComputedLine[] = [];
  const vatByRate = new Map<string, bigint>();
  let total = 0n;
  let discount = 0n;

  input.items.forEach((item, i) => {
    const at = (f: string) => `items[${i}].${f}`;
    const before = fields.length;
    const unit = findUnit(ctx.country, item.unit.code);
    if (!unit) fields.push({ field: at("unit.code"), message: "device.v.unit" });
    const quantity = parseQuantity(item.quantity);
    if (quantity === null || quantity <= 0n)
      fields.push({ field: at("quantity"), message: "device.v.quantity" });
    else if (unit && !unit.fractional && quantity % 1000n !== 0n)
      fields.push({ field: at("quantity"), message: "device.v.quantityWhole" });
    const rate = findVatRate(item.vatRate, ctx.country, ctx.localDate, ctx.vatRates ?? DEFAULT_VAT_RATES);
    if (!rate.ok) {
      fields.push({
        field: at("vatRate"),
        message: rate.reason === "UNKNOWN_RATE" ? "device.v.vatRate" : "device.v.vatRateNotInEffect",
      });
    }
    if (fields.length > before || quantity === null || !unit || !rate.ok) return;
    const price = BigInt(item.price);
    const amount = lineAmount(price, quantity);
    const lineDiscount = BigInt(item.discount ?? 0);
    if (amount > MAX_LINE_AMOUNT) {
      fields.push({ field: at("price"), message: "device.v.amountTooLarge" });
      return;
    }
    if (lineDiscount > amount) {
      fields.push({ field: at("discount"), message: "device.v.discount" });
      return;
    }
    const lineTotal = amount - lineDiscount;
    const vatAmount = vatFromGross(lineTotal, rate.rate.basisPoints);
    vatByRate.set(rate.rate.code, (vatByRate.get(rate.rate.code) ?? 0n) + vatAmount);
    total += lineTotal;
    discount += lineDiscount;
    lines.push({
      lineNo: i + 1,
      name: item.name,
      nomenclatureId: item.nomenclatureId ?? null,
      unitCode: unit.code,
      unitLabel: unit.label,
      price,
      quantity,
      quantityText: formatQuantity(quantity),
      amount,
      discount: lineDiscount,
      total: lineTotal,
      vatRate: rate.rate.code,
      vatBasisPoints: rate.rate.basisPoints,
      vatAmount,
      markCodes: item.markCodes ?? [],
    });
  });
  if (fields.length === 0 && total > MAX_RECEIPT_TOTAL)
    fields.push({ field: "items", message: "device.v.amountTooLarge" });
  const tendered = BigInt(input.cashTendered ?? 0);
  if (tendered > 0n && input.type !== "sale")
    fields.push({ field: "cashTendered", message: "device.v.cashTenderedSaleOnly" });
  if (fields.length > 0) return { ok: false, kind: "validation", fields };

  // payments: each type at most once; card never above the total; change only from cash
  const seen = new Set<string>();
  let cash = 0n;
  let card = 0n;
  for (const p of input.payments) {
    if (seen.has(p.type))
      return { ok: false, kind: "business", code: "OPERATION_NOT_ALLOWED", reason: "DUPLICATE_PAYMENT_TYPE" };
    seen.add(p.type);
    if (p.type === "cash") cash = BigInt(p.amount);
    else card = BigInt(p.amount);
  }
  if (card > total) return { ok: false, kind: "business", code: "CARD_EXCEEDS_TOTAL" };
  let change = 0n;
  if (tendered > 0n) {
    // applied amounts must add up; the change is what was handed over beyond the cash part
    if (cash + card !== total || cash === 0n || tendered < cash) {
      return { ok: false, kind: "business", code: "OPERATION_NOT_ALLOWED", reason: "PAYMENT_MISMATCH" };
    }
    change = tendered - cash;
  } else if (input.type === "sale") {
    // Webkassa style: cash may exceed what is due; the excess is the change (card ≤ total, so it is ≤ cash)
    if (cash + card < total)
      return { ok: false, kind: "business", code: "OPERATION_NOT_ALLOWED", reason: "PAYMENT_MISMATCH" };
    change = cash + card - total;
    cash -= change;
  } else if (cash + card !== total) {
    return { ok: false, kind: "business", code: "OPERATION_NOT_ALLOWED", reason: "PAYMENT_MISMATCH" };
  }

  const vat = [...vatByRate.entries()].map(([rate, amount]) => ({ rate, amount }));
  return {
    ok: true,
    receipt: {
      type: input.type,
      lines,
      total,
      discount,
      cash,
      card,
      change,
      cashTendered: tendered > 0n ? tendered : change > 0n ? cash + change : 0n,
      vat,
    },
  };
}

/** Sum VAT lists by rate (reports). */
export function addVat(into: Map<string, bigint>, vat: readonly { rate: string; amount: bigint | number }[]) {
  for (const v of vat) into.set(v.rate, (into.get(v.rate) ?? 0n) + BigInt(v.amount));
}
