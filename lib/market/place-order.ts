import { randomUUID } from "node:crypto";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { currentPaymentProvider } from "@/lib/payments/provider";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { includedVat } from "./money";
import { priceCart } from "./price-cart";
import type { TCartItem, TCheckoutInput } from "./schemas";
import { sellerVatRate } from "./seller-vat";

/**
 * «Оформить заказ»: the cart becomes an order at today's prices. An INVOICE order gets its
 * invoice number and a pending bank-transfer payment at the provider at once; a CARD order is
 * paid next (start-card-payment.ts).
 */
export async function placeOrder(
  ctx: TenantContext,
  items: TCartItem[],
  input: TCheckoutInput,
  now = new Date(),
): Promise<{ orderId: string; number: number }> {
  assertCan(ctx, "market.buy");
  const paymentId = randomUUID();
  const provider = currentPaymentProvider();
  return db.$transaction(async (tx) => {
    const cart = await priceCart(ctx, items, tx);
    if (cart.unavailable.length) throw new AppError("CONFLICT", { messageKey: "market.errors.unavailable" });
    if (cart.lines.length === 0)
      throw new AppError("VALIDATION_FAILED", { messageKey: "market.errors.emptyCart" });
    const address = input.deliveryAddress.trim();
    if (cart.needsDelivery && address.length < 10)
      throw new AppError("VALIDATION_FAILED", {
        messageKey: "market.errors.deliveryAddress",
        field: "deliveryAddress",
      });
    const vatRate = await sellerVatRate(tx, ctx.country, now);
    const order = await tx.order.create({
      data: {
        organizationId: ctx.organizationId,
        paymentMethod: input.paymentMethod,
        currency: cart.currency,
        total: cart.total,
        vatRateBasisPoints: vatRate,
        vatAmount: includedVat(cart.total, vatRate),
        deliveryAddress: cart.needsDelivery ? address : null,
        createdById: ctx.userId,
        createdAt: now,
        lines: {
          // organizationId comes from the order (the composite relation)
          create: cart.lines.map((l) => ({
            productId: l.productId,
            productCode: l.code,
            productName: l.nameRu,
            kind: l.kind,
            months: l.months,
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            amount: l.amount,
          })),
        },
      },
      select: { id: true, number: true },
    });
    if (input.paymentMethod === "INVOICE") {
      await tx.order.updateMany({
        where: { organizationId: ctx.organizationId, id: order.id },
        data: { invoiceNumber: `КК-${order.number}` },
      });
      const created = await provider.createPayment({
        reference: { organizationId: ctx.organizationId, paymentId },
        method: "INVOICE",
        amount: cart.total,
        currency: cart.currency,
        description: `КК-${order.number}`,
        returnUrl: `/market/orders/${order.id}`,
      });
      await tx.payment.create({
        data: {
          id: paymentId,
          organizationId: ctx.organizationId,
          orderId: order.id,
          provider: provider.id,
          providerPaymentId: created.providerPaymentId,
          method: "INVOICE",
          amount: cart.total,
          currency: cart.currency,
        },
      });
    }
    await audit(tx, ctx, {
      action: "order.place",
      objectType: "order",
      objectId: order.id,
      details: {
        number: order.number,
        method: input.paymentMethod,
        total: cart.total.toString(),
        currency: cart.currency,
        lines: cart.lines.map((l) => `${l.code} × ${l.quantity}`),
      },
    });
    return { orderId: order.id, number: order.number };
  });
}
