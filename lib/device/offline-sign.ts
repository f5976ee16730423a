// What a terminal does for an offline document (device-api.md §6): build the same canonical
// content the server will rebuild, sign it with the cashbox key (autonomousSign) and chain it
// (its hash is the next document's prevHash). Used by the terminal simulator and the tests.
import {
  cashOperationContent,
  receiptContent,
  reportContent,
  type ContentHeader,
  type ReturnBasisRef,
} from "@/lib/fiscal/content";
import { computeReceipt } from "@/lib/fiscal/receipt";
import { sealContent } from "@/lib/fiscal/sign";
import { DEFAULT_VAT_RATES, localDate, type VatRateRow } from "@/lib/fiscal/vat";
import type { TCashOperationPayload, TReceiptPayload } from "./schemas";

export type OfflineEntry =
  | { kind: "receipt"; deviceSeq: number; prevHash: string; createdAt: string; payload: TReceiptPayload }
  | {
      kind: "cash_operation";
      deviceSeq: number;
      prevHash: string;
      createdAt: string;
      payload: TCashOperationPayload;
    }
  | {
      kind: "shift_open" | "x_report" | "z_report";
      deviceSeq: number;
      prevHash: string;
      createdAt: string;
      payload?: Record<string, never>;
    };

export function sealOfflineEntry(input: {
  key: Buffer;
  cashboxId: string;
  country: "RU" | "KZ";
  timeZone: string;
  cashierId: string;
  entry: OfflineEntry;
  vatRates?: readonly VatRateRow[];
}): { autonomousSign: string; hash: string } {
  const { entry } = input;
  const createdAt = new Date(entry.createdAt);
  const header = (type: ContentHeader["type"]): ContentHeader => ({
    cashboxId: input.cashboxId,
    type,
    seq: entry.deviceSeq,
    prevHash: entry.prevHash,
    createdAt,
    offline: true,
    cashierId: input.cashierId,
  });
  let content: unknown;
  if (entry.kind === "receipt") {
    const r = computeReceipt(entry.payload, {
      country: input.country,
      localDate: localDate(createdAt, input.timeZone),
      vatRates: input.vatRates ?? DEFAULT_VAT_RATES,
    });
    if (!r.ok) throw new Error(`the receipt would be refused: ${JSON.stringify(r)}`);
    content = receiptContent(header(r.receipt.type), r.receipt, {
      customer: entry.payload.customer ?? null,
      returnBasis: (entry.payload.returnBasis as ReturnBasisRef | undefined) ?? null,
      cancels: null,
    });
  } else if (entry.kind === "cash_operation") {
    content = cashOperationContent(
      header(entry.payload.type === "deposit" ? "cash_deposit" : "cash_withdrawal"),
      entry.payload.amount,
    );
  } else {
    content = reportContent(header(entry.kind));
  }
  const sealed = sealContent(input.key, content);
  return { autonomousSign: sealed.fiscalSign, hash: sealed.hash };
}
