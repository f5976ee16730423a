// Inputs of «Чеки»: one zod schema each, messages are i18n keys (v.* and receipts.*).
import { z } from "zod";

export const ZReceiptId = z.string().uuid("errors.NOT_FOUND");

export const ZSendReceiptInput = z.object({
  receiptId: ZReceiptId,
  email: z.string().trim().toLowerCase().min(1, "v.required").max(200, "v.tooLong").pipe(z.email("v.email")),
});
export type TSendReceiptInput = z.infer<typeof ZSendReceiptInput>;

export const ZDuplicateInput = z.object({ receiptId: ZReceiptId });

/** What the public check page accepts: a pasted link or QR content (the query is read from it). */
export const ZCheckLinkInput = z.string().trim().min(1).max(2000);
