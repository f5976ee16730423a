// «Дубликат»: the printed form of a receipt under a «ДУБЛИКАТ» heading (as the terminal prints a
// copy, lib/device/queries.ts getDuplicate). Every duplicate is audit-logged: a copy of a fiscal
// document is a thing an auditor asks about.
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import type { PrintLine } from "@/lib/fiscal/print";
import type { TenantContext } from "@/lib/tenant/context";
import { getReceipt, type ReceiptView } from "./get-receipt";

export const DUPLICATE_MARK = "ДУБЛИКАТ";

export function duplicateLines(lines: readonly PrintLine[]): PrintLine[] {
  return [{ text: DUPLICATE_MARK, style: "bold_center", kind: "text" }, ...lines];
}

export async function printDuplicate(ctx: TenantContext, receiptId: string): Promise<ReceiptView> {
  const r = await getReceipt(ctx, receiptId);
  await db.$transaction(async (tx) => {
    await audit(tx, ctx, {
      action: "receipt.duplicate",
      objectType: "receipt",
      objectId: r.id,
      details: { number: r.number, cashboxId: r.cashboxId },
    });
  });
  return { ...r, lines: duplicateLines(r.lines) };
}
