"use server";
import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/http/action-state";
import { changeCart } from "@/lib/market/cart";
import { cancelOrder } from "@/lib/market/cancel-order";
import { placeOrder } from "@/lib/market/place-order";
import { priceCart } from "@/lib/market/price-cart";
import { ZCartChange, ZCheckoutInput, ZOrderIdInput } from "@/lib/market/schemas";
import { startCardPayment } from "@/lib/market/start-card-payment";
import { tenantAction } from "@/lib/http/tenant-action";
import { readCart, writeCart } from "./cart-cookie";

/** «В корзину» (mode add) and the cart's quantity fields (mode set; 0 removes the line). */
export const changeCartAction = tenantAction(
  ZCartChange,
  "market.buy",
  async (ctx, input) => {
    await writeCart(ctx, changeCart(await readCart(ctx), input));
    return { message: input.mode === "add" ? "market.added" : "common.saved" };
  },
  { revalidate: "/market" },
);

/**
 * «Оформить заказ»: the cart becomes an order and is emptied. A card order goes on to the
 * provider's payment page, an invoice order to its page. The redirect is thrown after the action
 * wrapper returned (inside it, it would be taken for an error).
 */
const placeOrder_ = tenantAction(ZCheckoutInput, "market.buy", async (ctx, input) => {
  const items = await readCart(ctx);
  const priced = await priceCart(ctx, items);
  if (priced.unavailable.length) {
    // Products taken off sale since they were added: drop them and let the buyer look again.
    await writeCart(
      ctx,
      items.filter((i) => !priced.unavailable.includes(i.productId)),
    );
    return { ok: false, message: "market.cart.unavailable" };
  }
  const { orderId } = await placeOrder(ctx, items, input);
  await writeCart(ctx, []);
  if (input.paymentMethod === "CARD") {
    const { redirectUrl } = await startCardPayment(ctx, orderId);
    return { data: { redirect: redirectUrl } };
  }
  return { data: { redirect: `/market/orders/${orderId}` } };
});

export async function placeOrderAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await placeOrder_(prev, formData);
  if (result.ok && result.data?.redirect) redirect(result.data.redirect);
  return result;
}

const payOrder_ = tenantAction(ZOrderIdInput, "market.buy", async (ctx, { orderId }) => {
  const { redirectUrl } = await startCardPayment(ctx, orderId);
  return { data: { redirect: redirectUrl } };
});

/** «Оплатить картой» on an order awaiting payment: a new attempt at the provider's page. */
export async function payOrderAction(prev: ActionState, formData: FormData): Promise<ActionState> {
  const result = await payOrder_(prev, formData);
  if (result.ok && result.data?.redirect) redirect(result.data.redirect);
  return result;
}

export const cancelOrderAction = tenantAction(
  ZOrderIdInput,
  "market.buy",
  async (ctx, { orderId }) => {
    await cancelOrder(ctx, orderId);
    return { message: "market.order.cancelled" };
  },
  { revalidate: "/market" },
);
