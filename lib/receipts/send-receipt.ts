// «Отправить»: a copy of the receipt by e-mail through the outbox. It changes no data, so every
// role that reads receipts may send one (ACCOUNTANT included); it is still audit-logged (who sent
// which receipt where) and rate-limited per user, since it mails an outside address.
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { enqueueMail } from "@/lib/mail/outbox";
import type { TenantContext } from "@/lib/tenant/context";
import { getReceipt } from "./get-receipt";
import type { TSendReceiptInput } from "./schemas";

export const SEND_RECEIPT_LIMIT = { max: 30, windowSeconds: 60 * 60 };

export function receiptMailText(r: { lines: { text: string; kind: string }[]; checkUrl: string | null }) {
  return [
    ...r.lines.filter((l) => l.kind !== "qr").map((l) => l.text),
    "",
    r.checkUrl ? `Проверить чек: ${r.checkUrl}` : "",
  ].join("\n");
}

export async function sendReceiptCopy(ctx: TenantContext, input: TSendReceiptInput, now = new Date()) {
  const r = await getReceipt(ctx, input.receiptId);
  const hits = await hitRateLimit(`receipt-send:${ctx.userId}`, SEND_RECEIPT_LIMIT.windowSeconds, now);
  if (hits.count > SEND_RECEIPT_LIMIT.max) throw new AppError("RATE_LIMITED");
  await db.$transaction(async (tx) => {
    await enqueueMail(tx, {
      to: input.email,
      subject: `Чек № ${r.number} — ${ctx.organizationName}`,
      text: receiptMailText(r),
    });
    await audit(tx, ctx, {
      action: "receipt.send",
      objectType: "receipt",
      objectId: r.id,
      details: { number: r.number, cashboxId: r.cashboxId, to: input.email },
    });
  });
  return { to: input.email };
}
