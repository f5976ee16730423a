// The canonical content of an offline document (docs/device-api.md §6 «Offline batch»), free of Node
// imports: the server's terminal helper (lib/device/offline-sign.ts, node:crypto) and the web
// cashier (lib/pos/web-seal.ts, WebCrypto) both build it here, so they sign the same bytes.
import {
  cashOperationContent,
  receiptContent,
  reportContent,
  type ContentHeader,
  type ReturnBasisRef,
} from "./content";
import { computeReceipt, type ComputedReceipt, type ReceiptInput } from "./receipt";
import { DEFAULT_VAT_RATES, type VatRateRow } from "./vat";
import { localDate } from "@/lib/locale/zone";
import type { CustomerInput } from "./content";

export interface OfflineReceiptPayload extends ReceiptInput {
  customer?: CustomerInput | null;
  returnBasis?: ReturnBasisRef | null;
}

export type OfflineEntry =
  | {
      kind: "receipt";
      deviceSeq: number;
      prevHash: string;
      createdAt: string;
      payload: OfflineReceiptPayload;
    }
  | {
      kind: "cash_operation";
      deviceSeq: number;
      prevHash: string;
      createdAt: string;
      payload: { type: "deposit" | "withdrawal"; amount: number };
    }
  | {
      kind: "shift_open" | "x_report" | "z_report";
      deviceSeq: number;
      prevHash: string;
      createdAt: string;
      payload?: Record<string, never>;
    };

export interface OfflineContext {
  cashboxId: string;
  country: "RU" | "KZ";
  timeZone: string;
  cashierId: string;
  vatRates?: readonly VatRateRow[];
}

/** The content object the fiscal sign and hash of an offline entry cover (and the computed receipt). */
export function offlineEntryContent(
  ctx: OfflineContext,
  entry: OfflineEntry,
): { content: unknown; receipt: ComputedReceipt | null } {
  const createdAt = new Date(entry.createdAt);
  const header = (type: ContentHeader["type"]): ContentHeader => ({
    cashboxId: ctx.cashboxId,
    type,
    seq: entry.deviceSeq,
    prevHash: entry.prevHash,
    createdAt,
    offline: true,
    cashierId: ctx.cashierId,
  });
  if (entry.kind === "receipt") {
    const r = computeReceipt(entry.payload, {
      country: ctx.country,
      localDate: localDate(createdAt, ctx.timeZone),
      vatRates: ctx.vatRates ?? DEFAULT_VAT_RATES,
    });
    if (!r.ok) throw new Error(`the receipt would be refused: ${JSON.stringify(r)}`);
    const content = receiptContent(header(r.receipt.type), r.receipt, {
      customer: entry.payload.customer ?? null,
      returnBasis: entry.payload.returnBasis ?? null,
      cancels: null,
    });
    return { content, receipt: r.receipt };
  }
  if (entry.kind === "cash_operation") {
    return {
      content: cashOperationContent(
        header(entry.payload.type === "deposit" ? "cash_deposit" : "cash_withdrawal"),
        entry.payload.amount,
      ),
      receipt: null,
    };
  }
  return { content: reportContent(header(entry.kind)), receipt: null };
}
