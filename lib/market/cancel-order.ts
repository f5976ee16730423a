import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";

/**
 * «Отменить заказ»: only while it awaits payment. A payment that still arrives afterwards is not
 * lost: it is journalled for a refund (lib/payments/process-payment-event.ts).
 */
export async function cancelOrder(ctx: TenantContext, orderId: string, now = new Date()) {
  assertCan(ctx, "market.buy");
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND");
  await db.$transaction(async (tx) => {
    const { count } = await tx.order.updateMany({
      where: { organizationId: ctx.organizationId, id: orderId, status: "AWAITING_PAYMENT" },
      data: { status: "CANCELLED", cancelledAt: now },
    });
    if (count === 0) {
      const exists = await tx.order.findFirst({
        where: { organizationId: ctx.organizationId, id: orderId },
        select: { id: true },
      });
      throw exists
        ? new AppError("CONFLICT", { messageKey: "market.errors.notAwaitingPayment" })
        : new AppError("NOT_FOUND");
    }
    await audit(tx, ctx, { action: "order.cancel", objectType: "order", objectId: orderId });
  });
}
