// One receipt of the organization as it was issued: the printed form stored with the document
// (the till slip the terminal printed), its QR code as SVG and the link to our public check page.
import QRCode from "qrcode";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { appUrl } from "@/lib/mail/outbox";
import type { PrintLine } from "@/lib/fiscal/print";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { RECEIPT_TYPES, type ReceiptKind } from "./params";

export interface StoredDocumentView {
  number: number;
  checkUrl: string | null;
  qr: string | null;
  print: { lines: PrintLine[] };
}

/** Our check page for a printed QR: the RU QR is the query itself; a KZ QR is an OFD URL whose query we keep. */
export function checkUrlOfQr(qr: string): string {
  const query = qr.includes("?") ? qr.slice(qr.indexOf("?") + 1) : qr;
  return `${appUrl("/check")}?${query}`;
}

export async function qrSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
}

export interface ReceiptView {
  id: string;
  number: number;
  type: ReceiptKind;
  createdAt: Date;
  cashboxId: string;
  cashboxName: string;
  tradePointName: string;
  shiftNumber: number | null;
  total: bigint;
  cash: bigint;
  card: bigint;
  fiscalSign: string;
  cashierName: string;
  lines: PrintLine[];
  qr: string | null;
  qrSvg: string | null;
  checkUrl: string | null;
}

/** The printed form lines of a stored document (answer of the device API when it was accepted). */
export function storedDocument(response: unknown): StoredDocumentView {
  return (response as { document: StoredDocumentView }).document;
}

export async function getReceipt(ctx: TenantContext, id: string): Promise<ReceiptView> {
  assertCan(ctx, "receipts.read");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const d = await db.fiscalDocument.findFirst({
    where: {
      organizationId: ctx.organizationId,
      id,
      type: { in: ["SALE", "SALE_RETURN", "PURCHASE", "PURCHASE_RETURN"] },
    },
    select: {
      id: true,
      number: true,
      type: true,
      createdAt: true,
      cashboxId: true,
      total: true,
      cash: true,
      card: true,
      fiscalSign: true,
      cashierName: true,
      response: true,
      shift: { select: { number: true } },
      cashbox: { select: { name: true, tradePoint: { select: { name: true } } } },
    },
  });
  if (!d) throw new AppError("NOT_FOUND");
  const doc = storedDocument(d.response);
  const type = d.type.toLowerCase() as ReceiptKind;
  if (!RECEIPT_TYPES.includes(type)) throw new AppError("NOT_FOUND");
  return {
    id: d.id,
    number: d.number,
    type,
    createdAt: d.createdAt,
    cashboxId: d.cashboxId,
    cashboxName: d.cashbox.name,
    tradePointName: d.cashbox.tradePoint.name,
    shiftNumber: d.shift?.number ?? null,
    total: d.total,
    cash: d.cash,
    card: d.card,
    fiscalSign: d.fiscalSign,
    cashierName: d.cashierName,
    lines: doc.print.lines,
    qr: doc.qr,
    qrSvg: doc.qr ? await qrSvg(doc.qr) : null,
    checkUrl: doc.qr ? checkUrlOfQr(doc.qr) : null,
  };
}
