import { describe, expect, it } from "vitest";
import { initialMethod, paymentOf } from "./payment";

describe("paymentOf", () => {
  it("a cash sale counts the change and sends what was handed over", () => {
    expect(paymentOf({ method: "cash", total: 1250, sale: true, cash: "20", card: "" })).toEqual({
      cashDue: 1250,
      change: 750,
      refusal: null,
      payments: [{ type: "cash", amount: 1250 }],
      tendered: 2000,
    });
  });

  it("refuses too little cash, a card part over the total and a «mixed» of one kind", () => {
    expect(paymentOf({ method: "cash", total: 1250, sale: true, cash: "10", card: "" }).refusal).toBe(
      "notEnough",
    );
    expect(paymentOf({ method: "mixed", total: 1000, sale: true, cash: "", card: "11" }).refusal).toBe(
      "cardTooLarge",
    );
    expect(paymentOf({ method: "mixed", total: 1000, sale: true, cash: "", card: "10" }).refusal).toBe(
      "mixedBoth",
    );
    expect(paymentOf({ method: "mixed", total: 1000, sale: true, cash: "", card: "x" }).refusal).toBe(
      "cardTooLarge",
    );
  });

  it("mixed: the card part and the rest in cash; other types pay the cash part exactly", () => {
    const p = paymentOf({ method: "mixed", total: 1000, sale: false, cash: "", card: "4" });
    expect(p).toMatchObject({ cashDue: 600, change: 0, refusal: null, tendered: undefined });
    expect(p.payments).toEqual([
      { type: "cash", amount: 600 },
      { type: "card", amount: 400 },
    ]);
    expect(paymentOf({ method: "card", total: 1000, sale: true, cash: "", card: "" }).payments).toEqual([
      { type: "card", amount: 1000 },
    ]);
  });

  it("a return starts as the receipt was paid", () => {
    expect(initialMethod(1000, null)).toBe("cash");
    expect(initialMethod(1000, 0)).toBe("cash");
    expect(initialMethod(1000, 1000)).toBe("card");
    expect(initialMethod(1000, 400)).toBe("mixed");
  });
});
