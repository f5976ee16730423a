// The document object of the device API answers (schemas.ts ZDocument) and its printed form.
import { appUrl } from "@/lib/mail/outbox";
import { checkLinks, KZ_OFD_CONSUMER_BASE } from "@/lib/fiscal/check-link";
import type { DocumentKind } from "@/lib/fiscal/content";
import { toJsonNumber } from "@/lib/fiscal/money";
import { printForm, type PrintDocument, type PrintRequisites } from "@/lib/fiscal/print";
import type { ReceiptType } from "@/lib/fiscal/receipt";
import type { VatRateRow } from "@/lib/fiscal/vat";
import type { DeviceCashbox } from "./context";
import type { TDocument } from "./schemas";

export function ofdInfo(cb: Pick<DeviceCashbox, "ofd">) {
  const base = appUrl("/").replace(/\/+$/, "");
  switch (cb.ofd) {
    case "TRANSTELECOM":
      return {
        code: "TRANSTELECOM",
        name: "АО «Транстелеком» (ОФД)",
        site: "ofd1.kz",
        consumerBase: KZ_OFD_CONSUMER_BASE.TRANSTELECOM as string | null,
      };
    case "KAZAKHTELECOM":
      return {
        code: "KAZAKHTELECOM",
        name: "АО «Казахтелеком» (ОФД)",
        site: "oofd.kz",
        consumerBase: KZ_OFD_CONSUMER_BASE.KAZAKHTELECOM as string | null,
      };
    default:
      return {
        code: "OWN",
        name: "Касса Кабинет ОФД",
        site: new URL(base).host,
        consumerBase: null as string | null,
      };
  }
}

export function requisites(cb: DeviceCashbox): PrintRequisites {
  const ofd = ofdInfo(cb);
  return {
    country: cb.org.country,
    timeZone: cb.org.timezone,
    organizationName: cb.org.name,
    taxId: cb.org.taxId,
    address: cb.address,
    cashboxSerial: cb.serialNumber,
    registrationNumber: cb.registrationNumber,
    fiscalDriveNumber: cb.fiscalDriveNumber,
    inkOfd: cb.inkOfd,
    ofdName: ofd.name,
    ofdSite: ofd.site,
    footer: cb.receiptFooter,
  };
}

const RECEIPTS: readonly DocumentKind[] = ["sale", "sale_return", "purchase", "purchase_return"];

export interface DocumentFacts {
  id: string;
  clientDocId: string;
  kind: DocumentKind;
  number: number;
  shiftNumber: number | null;
  numberInShift: number | null;
  deviceSeq: number | null;
  createdAt: Date;
  acceptedAt: Date;
  fiscalSign: string;
  offline: boolean;
  cashierName: string;
  total: bigint;
  cash: bigint;
  card: bigint;
  change: bigint;
  vat: { rate: string; amount: bigint }[];
  hash: string;
  prevHash: string;
  lines?: PrintDocument["lines"];
  report?: PrintDocument["report"];
}

export function documentView(
  cb: DeviceCashbox,
  f: DocumentFacts,
  vatRates: readonly VatRateRow[],
): TDocument {
  const isReceipt = RECEIPTS.includes(f.kind);
  const links = isReceipt
    ? checkLinks({
        country: cb.org.country,
        type: f.kind as ReceiptType,
        createdAt: f.createdAt,
        timeZone: cb.org.timezone,
        total: f.total,
        fiscalSign: f.fiscalSign,
        number: f.number,
        fiscalDriveNumber: cb.fiscalDriveNumber,
        registrationNumber: cb.registrationNumber,
        appBase: appUrl("/"),
        ofdBase: ofdInfo(cb).consumerBase,
      })
    : null;
  const label = (code: string) =>
    vatRates.find((r) => r.country === cb.org.country && r.code === code)?.label ?? code;
  const lines = printForm(requisites(cb), {
    type: f.kind,
    number: f.number,
    shiftNumber: f.shiftNumber,
    numberInShift: f.numberInShift,
    createdAt: f.createdAt,
    cashierName: f.cashierName,
    fiscalSign: f.fiscalSign,
    offline: f.offline,
    lines: f.lines,
    total: isReceipt || f.kind === "cash_deposit" || f.kind === "cash_withdrawal" ? f.total : undefined,
    cash: isReceipt ? f.cash : undefined,
    card: isReceipt ? f.card : undefined,
    change: isReceipt ? f.change : undefined,
    vat: isReceipt ? f.vat.map((v) => ({ label: label(v.rate), amount: v.amount })) : undefined,
    qr: links?.qr ?? null,
    report: f.report ?? null,
  });
  return {
    id: f.id,
    clientDocId: f.clientDocId,
    type: f.kind,
    number: f.number,
    shiftNumber: f.shiftNumber,
    numberInShift: f.numberInShift,
    deviceSeq: f.deviceSeq,
    createdAt: f.createdAt.toISOString(),
    acceptedAt: f.acceptedAt.toISOString(),
    fiscalSign: f.fiscalSign,
    offline: f.offline,
    cashierName: f.cashierName,
    total: toJsonNumber(f.total),
    cash: toJsonNumber(f.cash),
    card: toJsonNumber(f.card),
    change: toJsonNumber(f.change),
    vat: f.vat.map((v) => ({ rate: v.rate, amount: toJsonNumber(v.amount) })),
    checkUrl: links?.checkUrl ?? null,
    qr: links?.qr ?? null,
    hash: f.hash,
    prevHash: f.prevHash,
    print: { lines },
  };
}
