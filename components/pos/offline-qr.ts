import { checkLinks, KZ_OFD_CONSUMER_BASE } from "@/lib/fiscal/check-link";
import type { ReceiptType } from "@/lib/fiscal/receipt";
import type { CashboxInfo, DocRecord } from "@/lib/pos/model";

const RECEIPT_TYPES: readonly string[] = ["sale", "sale_return", "purchase", "purchase_return"];

/**
 * The QR of a receipt signed offline, from its autonomous fiscal sign — the same text the server
 * prints once the receipt is uploaded (its fiscal sign is the autonomous sign, its time the
 * device's). KZ links carry no document number, so they are exact. The RU (ФНС) QR needs the
 * document number, which the server assigns on upload: here it is the number the receipt gets
 * when this device's queue is uploaded in order, i.e. the last number this device knows plus the
 * documents queued before it. Not a receipt: null.
 */
export function offlineReceiptQr(input: {
  info: Pick<CashboxInfo, "organization" | "cashbox" | "lastNumber">;
  history: readonly Pick<DocRecord, "number">[];
  /** queued documents before this one */
  queuedBefore: number;
  type: string;
  createdAt: string;
  fiscalSign: string;
  total: bigint;
  /** origin of the cabinet (window.location.origin) */
  appBase: string;
}): string | null {
  if (!RECEIPT_TYPES.includes(input.type)) return null;
  const { info } = input;
  const known = Math.max(info.lastNumber, ...input.history.map((h) => h.number ?? 0));
  const ofdCode = info.cashbox.ofd.code as keyof typeof KZ_OFD_CONSUMER_BASE;
  return checkLinks({
    country: info.organization.country,
    type: input.type as ReceiptType,
    createdAt: new Date(input.createdAt),
    timeZone: info.organization.timezone,
    total: input.total,
    fiscalSign: input.fiscalSign,
    number: known + input.queuedBefore + 1,
    fiscalDriveNumber: info.cashbox.fiscalDriveNumber,
    registrationNumber: info.cashbox.registrationNumber,
    appBase: input.appBase,
    ofdBase: KZ_OFD_CONSUMER_BASE[ofdCode] ?? null,
  }).qr;
}
