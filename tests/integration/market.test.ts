// «Маркет»: orders, card and invoice payments through the test provider, the signed callback
// (verified, idempotent under replays), codes minted once per paid order.
import { describe, expect, it } from "vitest";
import { findCodes } from "@/lib/codes/find-codes";
import { cancelOrder } from "@/lib/market/cancel-order";
import { findCatalog } from "@/lib/market/find-catalog";
import { getInvoice, getOrder } from "@/lib/market/get-order";
import { placeOrder } from "@/lib/market/place-order";
import { startCardPayment } from "@/lib/market/start-card-payment";
import { handlePaymentCallback } from "@/lib/payments/handle-callback";
import { SIGNATURE_HEADER, newEvent, signedCallback, verifySession } from "@/lib/payments/test-provider";
import { seedTenant } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

async function product(code: string) {
  return db().product.findUniqueOrThrow({ where: { code }, select: { id: true } });
}

function sessionOf(redirectUrl: string) {
  const token = new URL(redirectUrl, "http://x").searchParams.get("session");
  const s = verifySession(token);
  if (!s) throw new Error("no session");
  return s;
}

function callbackRequest(event: ReturnType<typeof newEvent>) {
  const { body, signature } = signedCallback(event);
  return {
    body,
    headers: new Headers({ [SIGNATURE_HEADER]: signature, "content-type": "application/json" }),
  };
}

async function cardOrder(country: "RU" | "KZ" = "RU") {
  const t = await seedTenant(db(), { country });
  const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
  const ofd12 = await product("OFD-12");
  const tariff = await product("TARIFF-1");
  const { orderId } = await placeOrder(
    owner,
    [
      { productId: ofd12.id, quantity: 2 },
      { productId: tariff.id, quantity: 1 },
    ],
    { paymentMethod: "CARD", deliveryAddress: "" },
  );
  const { redirectUrl } = await startCardPayment(owner, orderId);
  return { t, owner, orderId, session: sessionOf(redirectUrl) };
}

describe("catalog and orders", () => {
  it("shows prices of the organization's country; fiscal drives only where sold", async () => {
    const ru = await seedTenant(db(), { country: "RU" });
    const kz = await seedTenant(db(), { country: "KZ" });
    const ruCatalog = await findCatalog(ctxFor(ru.org, ru.users.ACCOUNTANT, "ACCOUNTANT"));
    const kzCatalog = await findCatalog(ctxFor(kz.org, kz.users.OWNER, "OWNER"));
    expect(ruCatalog.find((p) => p.code === "OFD-12")).toMatchObject({ currency: "RUB", price: 300000n });
    expect(kzCatalog.find((p) => p.code === "OFD-12")).toMatchObject({ currency: "KZT", price: 1900000n });
    expect(ruCatalog.some((p) => p.kind === "FISCAL_DRIVE")).toBe(true);
    expect(kzCatalog.some((p) => p.kind === "FISCAL_DRIVE")).toBe(false);
    expect(ruCatalog.map((p) => p.code).filter((c) => c.startsWith("OFD-"))).toEqual([
      "OFD-1",
      "OFD-3",
      "OFD-6",
      "OFD-12",
      "OFD-36",
    ]);
  });

  it("places an order with snapshot prices and the seller's VAT; goods need a delivery address", async () => {
    const t = await seedTenant(db(), { country: "RU" });
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const fn = await product("FN-15");
    await expect(
      placeOrder(owner, [{ productId: fn.id, quantity: 1 }], {
        paymentMethod: "INVOICE",
        deliveryAddress: "",
      }),
    ).rejects.toMatchObject({ messageKey: "market.errors.deliveryAddress", field: "deliveryAddress" });
    await expect(placeOrder(owner, [], { paymentMethod: "CARD", deliveryAddress: "" })).rejects.toMatchObject(
      {
        messageKey: "market.errors.emptyCart",
      },
    );
    const { orderId } = await placeOrder(owner, [{ productId: fn.id, quantity: 2 }], {
      paymentMethod: "INVOICE",
      deliveryAddress: "125009, г. Москва, ул. Тверская, д. 7",
    });
    const invoice = await getInvoice(ctxFor(t.org, t.users.ACCOUNTANT, "ACCOUNTANT"), orderId);
    expect(invoice.order).toMatchObject({
      total: 1900000n,
      vatRateBasisPoints: 2200,
      vatAmount: 342623n,
      status: "AWAITING_PAYMENT",
    });
    expect(invoice.order.invoiceNumber).toBe(`КК-${invoice.order.number}`);
    expect(invoice.seller.taxId).toMatch(/^\d{10}$/);
    expect(invoice.buyer.taxId).toBe(t.org.taxId);
    await expect(
      placeOrder(ctxFor(t.org, t.users.ACCOUNTANT, "ACCOUNTANT"), [{ productId: fn.id, quantity: 1 }], {
        paymentMethod: "INVOICE",
        deliveryAddress: "г. Москва, ул. Арбат, 1",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    // Another tenant's order is not found, for the invoice too.
    const other = await seedTenant(db());
    await expect(getOrder(ctxFor(other.org, other.users.OWNER, "OWNER"), orderId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getInvoice(ctxFor(other.org, other.users.OWNER, "OWNER"), orderId)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("payment callback", () => {
  it("replayed 10 times (concurrently, same event): one payment, one set of codes", async () => {
    const { t, owner, orderId, session } = await cardOrder();
    const event = newEvent(session, { status: "SUCCEEDED" });
    const req = callbackRequest(event);
    const results = await Promise.all(
      Array.from({ length: 10 }, () => handlePaymentCallback("test", req.body, req.headers)),
    );
    expect(results.filter((r) => !r.duplicate)).toHaveLength(1);
    expect(results.every((r) => r.paymentStatus === "SUCCEEDED")).toBe(true);

    const order = await getOrder(owner, orderId);
    expect(order.status).toBe("PAID");
    expect(order.payments.filter((p) => p.status === "SUCCEEDED")).toHaveLength(1);
    expect(order.codesTotal).toBe(3);
    expect(await db().paymentCallback.count({ where: { organizationId: t.org.id } })).toBe(1);
    expect(await db().activationCodeBatch.count({ where: { organizationId: t.org.id, orderId } })).toBe(2);
    const codes = await findCodes(owner, { page: 1 });
    expect(codes.rows.map((r) => r.months).sort((a, b) => a - b)).toEqual([1, 12, 12]);
    expect(codes.rows.every((r) => r.order?.id === orderId)).toBe(true);
    // One bell notification and its mails.
    expect(await db().notification.count({ where: { organizationId: t.org.id, kind: "ORDER_PAID" } })).toBe(
      1,
    );
  });

  it("replayed with new event ids (a provider retrying): still one set of codes", async () => {
    const { t, owner, orderId, session } = await cardOrder("KZ");
    for (let i = 0; i < 10; i++) {
      const req = callbackRequest(newEvent(session, { status: "SUCCEEDED" }));
      const r = await handlePaymentCallback("test", req.body, req.headers);
      expect(r.duplicate).toBe(i > 0);
    }
    expect((await getOrder(owner, orderId)).codesTotal).toBe(3);
    expect(await db().activationCode.count({ where: { organizationId: t.org.id } })).toBe(3);
  });

  it("refuses a bad signature, a changed body and a foreign reference", async () => {
    const { t, owner, orderId, session } = await cardOrder();
    const req = callbackRequest(newEvent(session, { status: "SUCCEEDED" }));
    await expect(
      handlePaymentCallback("test", req.body, new Headers({ [SIGNATURE_HEADER]: "t=1,v1=00" })),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    await expect(
      handlePaymentCallback("test", req.body.replace(session.amount, "1"), req.headers),
    ).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    // A correctly signed event whose reference names another organization finds no payment.
    const other = await seedTenant(db());
    const forged = callbackRequest(
      newEvent(
        { ...session, reference: { ...session.reference, organizationId: other.org.id } },
        { status: "SUCCEEDED" },
      ),
    );
    await expect(handlePaymentCallback("test", forged.body, forged.headers)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await getOrder(owner, orderId)).status).toBe("AWAITING_PAYMENT");
    expect(await db().activationCode.count({ where: { organizationId: t.org.id } })).toBe(0);
  });

  it("a declined card leaves the order awaiting payment; a new attempt can succeed", async () => {
    const { owner, orderId, session } = await cardOrder();
    const declined = callbackRequest(
      newEvent(session, { status: "DECLINED", declineReason: "market.decline.cardDeclined" }),
    );
    await handlePaymentCallback("test", declined.body, declined.headers);
    let order = await getOrder(owner, orderId);
    expect(order.status).toBe("AWAITING_PAYMENT");
    expect(order.payments[0]).toMatchObject({
      status: "DECLINED",
      failureReason: "market.decline.cardDeclined",
    });
    // A success event for the declined attempt changes nothing.
    const late = callbackRequest(newEvent(session, { status: "SUCCEEDED" }));
    expect((await handlePaymentCallback("test", late.body, late.headers)).duplicate).toBe(true);
    expect((await getOrder(owner, orderId)).status).toBe("AWAITING_PAYMENT");

    const retry = sessionOf((await startCardPayment(owner, orderId)).redirectUrl);
    const ok = callbackRequest(newEvent(retry, { status: "SUCCEEDED" }));
    await handlePaymentCallback("test", ok.body, ok.headers);
    order = await getOrder(owner, orderId);
    expect(order.status).toBe("PAID");
    expect(order.codesTotal).toBe(3);
  });

  it("an invoice is paid by the provider's callback; a cancelled order is not fulfilled", async () => {
    const t = await seedTenant(db(), { country: "KZ" });
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const ofd = await product("OFD-6");
    const { orderId } = await placeOrder(owner, [{ productId: ofd.id, quantity: 3 }], {
      paymentMethod: "INVOICE",
      deliveryAddress: "",
    });
    const payment = await db().payment.findFirstOrThrow({ where: { organizationId: t.org.id, orderId } });
    expect(payment).toMatchObject({
      method: "INVOICE",
      status: "PENDING",
      amount: 3060000n,
      currency: "KZT",
    });
    const ev = (status: "SUCCEEDED") =>
      callbackRequest(
        newEvent(
          {
            providerPaymentId: payment.providerPaymentId,
            reference: { organizationId: t.org.id, paymentId: payment.id },
            amount: payment.amount.toString(),
            currency: payment.currency,
          },
          { status },
        ),
      );
    const paid = ev("SUCCEEDED");
    await handlePaymentCallback("test", paid.body, paid.headers);
    expect(await getOrder(owner, orderId)).toMatchObject({ status: "PAID", codesTotal: 3 });
    await expect(cancelOrder(owner, orderId)).rejects.toMatchObject({
      messageKey: "market.errors.notAwaitingPayment",
    });

    const second = await placeOrder(owner, [{ productId: ofd.id, quantity: 1 }], {
      paymentMethod: "INVOICE",
      deliveryAddress: "",
    });
    await cancelOrder(owner, second.orderId);
    const p2 = await db().payment.findFirstOrThrow({
      where: { organizationId: t.org.id, orderId: second.orderId },
    });
    const late = callbackRequest(
      newEvent(
        {
          providerPaymentId: p2.providerPaymentId,
          reference: { organizationId: t.org.id, paymentId: p2.id },
          amount: p2.amount.toString(),
          currency: p2.currency,
        },
        { status: "SUCCEEDED" },
      ),
    );
    await handlePaymentCallback("test", late.body, late.headers);
    expect(await getOrder(owner, second.orderId)).toMatchObject({ status: "CANCELLED", codesTotal: 0 });
    expect(
      await db().auditLog.count({
        where: { organizationId: t.org.id, action: "payment.unexpected", objectId: second.orderId },
      }),
    ).toBe(1);
  });
});
