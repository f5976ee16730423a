// Types and pure helpers of the web cashier (/pos): the device API's answers as the cashier uses
// them, the cart, local journal records and money/quantity input.
import { formatQuantity, lineAmount, parseQuantity } from "@/lib/fiscal/money";
import type { PrintLine } from "@/lib/fiscal/print";
import type { VatRateRow } from "@/lib/fiscal/vat";

export type { PrintLine };

export interface CashboxInfo {
  cashbox: {
    id: string;
    name: string;
    model: string;
    serialNumber: string;
    registrationNumber: string | null;
    inkOfd: string | null;
    fiscalDriveNumber: string | null;
    registrationStatus: string;
    state: string;
    stateReason: string | null;
    paidUntil: string | null;
    taxation: string;
    receiptFooter: string;
    address: string;
    tradePoint: string;
    ofd: { code: string; name: string; site: string };
  };
  organization: { id: string; name: string; taxId: string; country: "RU" | "KZ"; timezone: string };
  shift: {
    number: number;
    openedAt: string;
    openedBy: string;
    openingCash: number;
    documentCount: number;
  } | null;
  cashInDrawer: number;
  lastNumber: number;
  lastDeviceSeq: number;
  lastHash: string;
  offlineSince: string | null;
  pending: { count: number; oldestCreatedAt: string | null };
  vatRates: { code: string; label: string; rate: number | null }[];
  serverTime: string;
}

export interface Session {
  sessionToken: string;
  cashier: { id: string; name: string; operationLimit: number | null };
  expiresAt: string;
}

export interface ApiDocument {
  id: string;
  clientDocId: string;
  type: string;
  number: number;
  shiftNumber: number | null;
  numberInShift: number | null;
  deviceSeq: number | null;
  createdAt: string;
  fiscalSign: string;
  offline: boolean;
  cashierName: string;
  total: number;
  cash: number;
  card: number;
  change: number;
  qr: string | null;
  checkUrl: string | null;
  hash: string;
  print: { lines: PrintLine[] };
}

export interface NomItem {
  id: string;
  name: string;
  article: string | null;
  barcodes: string[];
  type: "GOOD" | "SERVICE";
  unit: { id: string; code: string; name: string; fractional: boolean };
  price: number;
  vatRate: { code: string; rateBasisPoints: number | null };
  archived: boolean;
  cursor: string;
}

/** A line as the device API takes it, from a cart line or a line the server listed. */
export function payloadLine(l: {
  name: string;
  nomenclatureId: string | null;
  unitCode: string;
  price: number;
  quantity: string;
  vatRate: string;
  discount: number;
}) {
  return {
    name: l.name,
    nomenclatureId: l.nomenclatureId,
    unit: { code: l.unitCode },
    price: l.price,
    quantity: l.quantity,
    vatRate: l.vatRate,
    ...(l.discount > 0 ? { discount: l.discount } : {}),
  };
}

export interface CartLine {
  key: string;
  nomenclatureId: string | null;
  name: string;
  unitCode: string;
  unitName: string;
  fractional: boolean;
  price: number;
  /** "1.000" */
  quantity: string;
  vatRate: string;
  discount: number;
  /** for returns: the most that may be returned (thousandths) */
  maxQuantity?: number;
}

export type ReceiptType = "sale" | "sale_return" | "purchase" | "purchase_return";

export interface ReceiptItemBody {
  name: string;
  nomenclatureId?: string | null;
  unit: { code: string };
  price: number;
  quantity: string;
  vatRate: string;
  discount?: number;
}

export interface ReceiptPayloadBody {
  type: ReceiptType;
  items: ReceiptItemBody[];
  payments: { type: "cash" | "card"; amount: number }[];
  cashTendered?: number;
  customer?: { email?: string | null } | null;
  returnBasis?: { receiptId: string } | null;
}

/** One document of this browser's journal («История операций»). */
export interface DocRecord {
  clientDocId: string;
  kind:
    "receipt" | "cash_operation" | "shift_open" | "x_report" | "z_report" | "cancel" | "registration_report";
  /** sale… / deposit / withdrawal / x_report … */
  type: string;
  createdAt: string;
  status: "sent" | "queued";
  serverId: string | null;
  number: number | null;
  shiftNumber: number | null;
  fiscalSign: string;
  total: number;
  deviceSeq: number | null;
  payload?: ReceiptPayloadBody;
  /** for a return: the clientDocId of the receipt it returns */
  basisClientDocId?: string | null;
  /** documents listed by the server (GET /receipts): what is left to return, per payload item (thousandths) */
  remaining?: number[];
  returnedTotal?: number;
  remainingTotal?: number;
  /** reversed by «Отмена последней операции» */
  cancelled?: boolean;
  printLines: PrintLine[];
  qr: string | null;
}

/** A batch entry waiting for the network (docs/device-api.md «Offline batch»). */
export interface QueueEntry {
  kind: "receipt" | "cash_operation" | "shift_open" | "x_report" | "z_report";
  clientDocId: string;
  deviceSeq: number;
  prevHash: string;
  createdAt: string;
  offline: true;
  autonomousSign: string;
  cashierId: string;
  payload?: unknown;
  /** this entry's own hash (the next entry's prevHash); not sent */
  hash: string;
}

export interface PosSettings {
  width: 58 | 80;
  autoPrint: boolean;
  locale: "ru" | "kk" | "en";
}

export const DEFAULT_SETTINGS: PosSettings = { width: 80, autoPrint: false, locale: "ru" };

/** "12.5" / "12,50" → 1250 minor units; null when not an amount. */
export function parseMoney(text: string): number | null {
  const m = /^(\d{1,11})(?:[.,](\d{0,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? "").padEnd(2, "0") || "0");
}

/** 1250 → "12.50" (the value typed back into an input). */
export function moneyInput(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, "0")}`;
}

/** "0,75" → "0.750"; null when not a quantity (or not whole for a piece unit). */
export function normalizeQuantity(text: string, fractional: boolean): string | null {
  const q = parseQuantity(text.trim().replace(",", "."));
  if (q === null || q <= 0n) return null;
  if (!fractional && q % 1000n !== 0n) return null;
  return formatQuantity(q);
}

export function lineTotal(l: Pick<CartLine, "price" | "quantity" | "discount">): number {
  const q = parseQuantity(l.quantity) ?? 0n;
  return Number(lineAmount(BigInt(l.price), q)) - l.discount;
}

export function cartTotal(lines: CartLine[]): number {
  return lines.reduce((s, l) => s + lineTotal(l), 0);
}

export function thousandths(q: string): number {
  return Number(parseQuantity(q) ?? 0n);
}

/** The VAT table for offline receipts: the rates in effect as GET /cashbox last reported them. */
export function vatRowsOf(info: CashboxInfo): VatRateRow[] {
  return info.vatRates.map((r) => ({
    country: info.organization.country,
    code: r.code,
    basisPoints: r.rate,
    validFrom: "1970-01-01",
    validTo: null,
    label: r.label,
  }));
}

/** Finds nomenclature by barcode (exact) or by name/article (contains, case-insensitive). */
export function searchNomenclature(items: NomItem[], query: string, limit = 30): NomItem[] {
  const q = query.trim().toLowerCase();
  if (!q) return items.slice(0, limit);
  const exact = items.filter((i) => i.barcodes.includes(q) || (i.article ?? "").toLowerCase() === q);
  const rest = items.filter(
    (i) =>
      !exact.includes(i) &&
      (i.name.toLowerCase().includes(q) ||
        (i.article ?? "").toLowerCase().includes(q) ||
        i.barcodes.some((b) => b.startsWith(q))),
  );
  return [...exact, ...rest].slice(0, limit);
}

/** Reads a receipt's QR (RU ФНС: i=<ФД>&fp=<ФП>; KZ: i=<ФП>) or a typed number; what to look for. */
export function parseReceiptLookup(text: string): { number?: number; fiscalSign?: string } | null {
  const s = text.trim();
  if (/^\d{1,9}$/.test(s)) return { number: Number(s) };
  const query = s.includes("?") ? s.slice(s.indexOf("?") + 1) : s;
  const q = new URLSearchParams(query);
  const fp = q.get("fp");
  if (fp && /^\d{1,10}$/.test(fp)) return { fiscalSign: fp.padStart(10, "0") };
  const i = q.get("i");
  if (i && q.get("f") !== null && /^\d{1,10}$/.test(i)) return { fiscalSign: i.padStart(10, "0") };
  if (i && /^\d{1,9}$/.test(i)) return { number: Number(i) };
  return null;
}

/** A document of the cashbox as GET /api/device/v1/receipts lists it (lib/device/schemas.ts ZReceiptSummary). */
export interface ServerReceipt {
  id: string;
  clientDocId: string;
  type: string;
  number: number;
  shiftNumber: number | null;
  createdAt: string;
  fiscalSign: string;
  offline: boolean;
  cashierName: string;
  total: number;
  cash: number;
  card: number;
  change: number;
  returnBasisId: string | null;
  cancelled: boolean;
  returnedTotal: number;
  remainingTotal: number;
  items: {
    lineNo: number;
    name: string;
    nomenclatureId: string | null;
    unitCode: string;
    price: number;
    quantity: string;
    discount: number;
    total: number;
    vatRate: string;
    returnedQuantity: string;
    remainingQuantity: string;
  }[];
}

export interface ServerReceiptPage {
  receipts: ServerReceipt[];
  nextCursor: string | null;
}

const RECEIPT_TYPES_SET = new Set(["sale", "sale_return", "purchase", "purchase_return"]);

/**
 * A listed document as a record of «История операций»: the same shape as this browser's own
 * records, with the sold items (for a return) and what the server says is left of each. The printed
 * form is not listed: it is fetched when shown (GET /receipts/{id}).
 */
export function recordFromServer(s: ServerReceipt): DocRecord {
  const receipt = RECEIPT_TYPES_SET.has(s.type);
  const cashOp = s.type === "cash_deposit" || s.type === "cash_withdrawal";
  const kind: DocRecord["kind"] = receipt
    ? "receipt"
    : cashOp
      ? "cash_operation"
      : (s.type as "shift_open" | "x_report" | "z_report" | "registration_report");
  const payments: ReceiptPayloadBody["payments"] = [];
  if (s.total - s.card > 0) payments.push({ type: "cash", amount: s.total - s.card });
  if (s.card > 0) payments.push({ type: "card", amount: s.card });
  return {
    clientDocId: s.clientDocId,
    kind,
    type: cashOp ? s.type.slice("cash_".length) : s.type,
    createdAt: s.createdAt,
    status: "sent",
    serverId: s.id,
    number: s.number,
    shiftNumber: s.shiftNumber,
    fiscalSign: s.fiscalSign,
    total: s.total,
    deviceSeq: null,
    printLines: [],
    qr: null,
    ...(receipt
      ? {
          payload: {
            type: s.type as ReceiptType,
            items: s.items.map(payloadLine),
            payments,
          },
          remaining: s.items.map((l) => thousandths(l.remainingQuantity)),
          returnedTotal: s.returnedTotal,
          remainingTotal: s.remainingTotal,
          cancelled: s.cancelled,
        }
      : {}),
  };
}

/** A document the server answered with (online, or accepted from the offline queue) as a journal record. */
export function recordFromDoc(
  doc: ApiDocument,
  kind: DocRecord["kind"],
  type: string,
  extra: Partial<DocRecord> = {},
): DocRecord {
  return {
    clientDocId: doc.clientDocId,
    kind,
    type,
    createdAt: doc.createdAt,
    status: "sent",
    serverId: doc.id,
    number: doc.number,
    shiftNumber: doc.shiftNumber,
    fiscalSign: doc.fiscalSign,
    total: doc.total,
    deviceSeq: doc.deviceSeq,
    printLines: doc.print.lines,
    qr: doc.qr,
    ...extra,
  };
}
