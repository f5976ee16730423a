// What a terminal does for an offline document (docs/device-api.md §6): build the same canonical
// content the server will rebuild, sign it with the cashbox key (autonomousSign) and chain it
// (its hash is the next document's prevHash). Used by the terminal simulator and the tests.
// The content itself is built by the isomorphic lib/fiscal/offline-content.ts, which the web
// cashier (lib/pos/web-seal.ts) signs with WebCrypto.
import { offlineEntryContent } from "@/lib/fiscal/offline-content";
import { sealContent } from "@/lib/fiscal/sign";
import type { VatRateRow } from "@/lib/fiscal/vat";
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
  const { content } = offlineEntryContent(
    {
      cashboxId: input.cashboxId,
      country: input.country,
      timeZone: input.timeZone,
      cashierId: input.cashierId,
      vatRates: input.vatRates,
    },
    input.entry,
  );
  const sealed = sealContent(input.key, content);
  return { autonomousSign: sealed.fiscalSign, hash: sealed.hash };
}
