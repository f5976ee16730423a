import { randomUUID } from "node:crypto";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { currentPaymentProvider } from "@/lib/payments/provider";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";

/**
 * «Оплатить картой»: a new payment attempt at the provider; returns the provider's payment page.
 * Earlier attempts stay PENDING: whichever succeeds first pays the order, and a later success is
 * journalled for a refund (process-payment-event.ts) rather than silently ignored.
 */
export async function startCardPayment(
  ctx: TenantContext,
  orderId: string,
): Promise<{ redirectUrl: string }> {
  assertCan(ctx, "market.buy");
  if (!isUuid(orderId)) throw new AppError("NOT_FOUND");
  const provider = currentPaymentProvider();
  const order = await db.order.findFirst({
    where: { organizationId: ctx.organizationId, id: orderId },
    select: { id: true, number: true, status: true, paymentMethod: true, total: true, currency: true },
  });
  if (!order) throw new AppError("NOT_FOUND");
  if (order.status !== "AWAITING_PAYMENT")
    throw new AppError("CONFLICT", { messageKey: "market.errors.notAwaitingPayment" });
  if (order.paymentMethod !== "CARD")
    throw new AppError("CONFLICT", { messageKey: "market.errors.notCardOrder" });
  const paymentId = randomUUID();
  const created = await provider.createPayment({
    reference: { organizationId: ctx.organizationId, paymentId },
    method: "CARD",
    amount: order.total,
    currency: order.currency,
    description: `Заказ № ${order.number}`,
    returnUrl: `/market/orders/${order.id}`,
  });
  if (!created.redirectUrl) throw new AppError("INTERNAL_ERROR");
  await db.$transaction(async (tx) => {
    await tx.payment.create({
      data: {
        id: paymentId,
        organizationId: ctx.organizationId,
        orderId: order.id,
        provider: provider.id,
        providerPaymentId: created.providerPaymentId,
        method: "CARD",
        amount: order.total,
        currency: order.currency,
      },
    });
    await audit(tx, ctx, {
      action: "payment.start",
      objectType: "order",
      objectId: order.id,
      details: { number: order.number, provider: provider.id },
    });
  });
  return { redirectUrl: created.redirectUrl };
}
