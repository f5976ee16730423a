"use server";
import { tenantAction } from "@/lib/http/tenant-action";
import { printDuplicate } from "@/lib/receipts/print-duplicate";
import { ZDuplicateInput, ZSendReceiptInput } from "@/lib/receipts/schemas";
import { sendReceiptCopy } from "@/lib/receipts/send-receipt";

// «Отправить»: a copy by e-mail (outbox), audit-logged; readers of receipts may send (no data changes).
export const sendReceiptAction = tenantAction(ZSendReceiptInput, "receipts.read", async (ctx, input) => {
  const { to } = await sendReceiptCopy(ctx, input);
  return { message: "receipts.receipt.sent", params: { email: to } };
});

// «Дубликат»: logs the copy and answers its printed form (marked «ДУБЛИКАТ») for the print view.
export const duplicateReceiptAction = tenantAction(ZDuplicateInput, "receipts.read", async (ctx, input) => {
  const r = await printDuplicate(ctx, input.receiptId);
  return { data: { lines: JSON.stringify(r.lines), qrSvg: r.qrSvg ?? "" } };
});
