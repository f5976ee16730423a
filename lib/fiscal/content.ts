// The canonical content of a fiscal document: what its fiscal sign and hash cover. Built from the
// request alone (plus the cashbox id, the device sequence number and the previous hash), so a
// terminal working offline builds the very same object and signs it with its cashbox key
// (autonomousSign); the server rebuilds it to check that sign. Server-assigned numbers (document
// number, shift number, acceptance time) are deliberately outside it.
import { toJsonNumber } from "./money";
import type { ComputedReceipt } from "./receipt";

export const DOCUMENT_KINDS = [
  "sale",
  "sale_return",
  "purchase",
  "purchase_return",
  "cash_deposit",
  "cash_withdrawal",
  "x_report",
  "z_report",
  "registration_report",
  "shift_open",
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const CONTENT_VERSION = 1;

export interface ContentHeader {
  cashboxId: string;
  type: DocumentKind;
  /** the device's sequence number; null for documents the server makes itself */
  seq: number | null;
  prevHash: string;
  /** device time */
  createdAt: Date;
  offline: boolean;
  /** Membership id of the cashier; null for server-made documents */
  cashierId: string | null;
}

export type ReturnBasisRef =
  | { receiptId: string }
  | { fiscalSign: string; registrationNumber: string; createdAt: string; total: number };

export interface CustomerInput {
  email?: string | null;
  phone?: string | null;
  taxId?: string | null;
}

function header(h: ContentHeader) {
  return {
    v: CONTENT_VERSION,
    cashbox: h.cashboxId,
    type: h.type,
    seq: h.seq,
    prevHash: h.prevHash,
    createdAt: h.createdAt.toISOString(),
    offline: h.offline,
    cashier: h.cashierId,
  };
}

export function receiptContent(
  h: ContentHeader,
  r: ComputedReceipt,
  extra: { customer?: CustomerInput | null; returnBasis?: ReturnBasisRef | null; cancels?: string | null },
) {
  const c = extra.customer;
  return {
    ...header(h),
    items: r.lines.map((l) => ({
      name: l.name,
      nomenclatureId: l.nomenclatureId,
      unit: l.unitCode,
      price: toJsonNumber(l.price),
      quantity: l.quantityText,
      discount: toJsonNumber(l.discount),
      total: toJsonNumber(l.total),
      vatRate: l.vatRate,
      vatAmount: toJsonNumber(l.vatAmount),
      markCodes: l.markCodes,
    })),
    total: toJsonNumber(r.total),
    discount: toJsonNumber(r.discount),
    cash: toJsonNumber(r.cash),
    card: toJsonNumber(r.card),
    change: toJsonNumber(r.change),
    vat: r.vat.map((v) => ({ rate: v.rate, amount: toJsonNumber(v.amount) })),
    customer:
      c && (c.email || c.phone || c.taxId)
        ? { email: c.email ?? null, phone: c.phone ?? null, taxId: c.taxId ?? null }
        : null,
    returnBasis: extra.returnBasis ?? null,
    cancels: extra.cancels ?? null,
  };
}

export function cashOperationContent(h: ContentHeader, amount: number, cancels: string | null = null) {
  return { ...header(h), amount, cancels };
}

/** Shift opening, X- and Z-reports: their figures are computed by the server, not signed content. */
export function reportContent(h: ContentHeader) {
  return header(h);
}

export function registrationReportContent(h: ContentHeader, report: Record<string, string | null>) {
  return { ...header(h), report };
}
