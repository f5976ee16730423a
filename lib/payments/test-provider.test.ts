import { describe, expect, it } from "vitest";
import {
  decideCard,
  luhnValid,
  newEvent,
  signSession,
  signedCallback,
  testProvider,
  verifySession,
  SIGNATURE_HEADER,
} from "./test-provider";

const session = {
  providerPaymentId: "tp_1",
  reference: {
    organizationId: "00000000-0000-4000-8000-000000000001",
    paymentId: "00000000-0000-4000-8000-000000000002",
  },
  amount: "300000",
  currency: "RUB",
  description: "Заказ № 1",
  returnUrl: "/market/orders/x",
};

describe("test payment provider", () => {
  it("knows its success and decline cards", () => {
    expect(luhnValid("4242424242424242")).toBe(true);
    expect(luhnValid("4242424242424241")).toBe(false);
    expect(decideCard("4242 4242 4242 4242")).toEqual({ status: "SUCCEEDED" });
    expect(decideCard("4000-0000-0000-0002")).toMatchObject({ status: "DECLINED" });
    expect(decideCard("1234")).toBeNull();
  });

  it("signs its payment page session; an altered amount is refused", () => {
    const token = signSession(session);
    expect(verifySession(token)).toEqual(session);
    const [body, sig] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ ...session, amount: "1" })).toString("base64url");
    expect(verifySession(`${forged}.${sig}`)).toBeNull();
    expect(verifySession(`${body}.${"0".repeat(64)}`)).toBeNull();
    expect(verifySession("garbage")).toBeNull();
  });

  it("verifies callback signatures over the raw body", () => {
    const event = newEvent(session, { status: "SUCCEEDED" });
    const { body, signature } = signedCallback(event);
    const parsed = testProvider.parseCallback(body, new Headers({ [SIGNATURE_HEADER]: signature }));
    expect(parsed).toEqual(event);
    expect(() =>
      testProvider.parseCallback(
        body.replace("300000", "300001"),
        new Headers({ [SIGNATURE_HEADER]: signature }),
      ),
    ).toThrow(/UNAUTHENTICATED/);
    expect(() => testProvider.parseCallback(body, new Headers())).toThrow(/UNAUTHENTICATED/);
  });
});
