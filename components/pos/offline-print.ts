// The printed form of a document made offline: no number yet, «НЕ ОТПРАВЛЕНО» at the end, and for
// a receipt the QR the server will print once it is uploaded (offline-qr.ts).
import { printForm } from "@/lib/fiscal/print";
import type { CashboxInfo, DocRecord, PrintLine } from "@/lib/pos/model";
import type { SealedDoc } from "@/lib/pos/offline-queue";
import { offlineReceiptQr } from "./offline-qr";

export interface OfflinePrintInput {
  info: CashboxInfo;
  cashierName: string;
  /** this browser's journal (the RU QR numbers the receipt after the last known number) */
  history: readonly DocRecord[];
  /** queued documents before this one */
  queuedBefore: number;
  type: string;
  doc: SealedDoc;
  appBase: string;
}

function header(i: CashboxInfo) {
  return {
    country: i.organization.country,
    timeZone: i.organization.timezone,
    organizationName: i.organization.name,
    taxId: i.organization.taxId,
    address: i.cashbox.address,
    cashboxSerial: i.cashbox.serialNumber,
    registrationNumber: i.cashbox.registrationNumber,
    fiscalDriveNumber: i.cashbox.fiscalDriveNumber,
    inkOfd: i.cashbox.inkOfd,
    ofdName: i.cashbox.ofd.name,
    ofdSite: i.cashbox.ofd.site,
    footer: i.cashbox.receiptFooter,
  };
}

export function offlineLines(input: OfflinePrintInput): PrintLine[] {
  const { info: i, type, doc } = input;
  const { receipt } = doc;
  const { createdAt, autonomousSign: fiscalSign } = doc.entry;
  const labels = new Map(i.vatRates.map((v) => [v.code, v.label]));
  const lines = printForm(header(i), {
    type: type as Parameters<typeof printForm>[1]["type"],
    number: 0,
    shiftNumber: null,
    numberInShift: null,
    createdAt: new Date(createdAt),
    cashierName: input.cashierName,
    fiscalSign,
    offline: true,
    lines: receipt?.lines.map((l) => ({
      name: l.name,
      quantityText: l.quantityText,
      unitLabel: l.unitLabel,
      price: l.price,
      discount: l.discount,
      total: l.total,
      vatLabel: labels.get(l.vatRate) ?? l.vatRate,
    })),
    total: receipt ? receipt.total : BigInt(doc.total),
    cash: receipt?.cash,
    card: receipt?.card,
    change: receipt?.change,
    vat: receipt?.vat.map((v) => ({ label: labels.get(v.rate) ?? v.rate, amount: v.amount })),
    qr: receipt
      ? offlineReceiptQr({
          info: i,
          history: input.history,
          queuedBefore: input.queuedBefore,
          type,
          createdAt,
          fiscalSign,
          total: receipt.total,
          appBase: input.appBase,
        })
      : null,
  });
  return [
    ...lines.filter((l) => !/^(ФД|Номер документа): 0$/.test(l.text)),
    { text: "НЕ ОТПРАВЛЕНО", style: "bold_center", kind: "text" },
  ];
}

/** The journal record of a document made offline. */
export function offlineRecord(input: OfflinePrintInput, extra: Partial<DocRecord>): DocRecord {
  const { entry } = input.doc;
  const lines = offlineLines(input);
  return {
    clientDocId: entry.clientDocId,
    kind: entry.kind,
    type: input.type,
    createdAt: entry.createdAt,
    status: "queued",
    serverId: null,
    number: null,
    shiftNumber: null,
    fiscalSign: entry.autonomousSign,
    total: input.doc.total,
    deviceSeq: entry.deviceSeq,
    printLines: lines,
    qr: lines.find((l) => l.kind === "qr")?.text ?? null,
    ...extra,
  };
}

/** A record whose entry was re-signed on a new chain head: its fiscal sign, also on the printed form. */
export function resignedRecord(rec: DocRecord, autonomousSign: string): DocRecord {
  return {
    ...rec,
    fiscalSign: autonomousSign,
    printLines: rec.printLines.map((l) =>
      l.text === `ФП: ${rec.fiscalSign}` ? { ...l, text: `ФП: ${autonomousSign}` } : l,
    ),
  };
}
