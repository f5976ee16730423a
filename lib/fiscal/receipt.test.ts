import { describe, expect, it } from "vitest";
import { computeReceipt, type ReceiptInput } from "./receipt";

const RU = { country: "RU" as const, localDate: "2026-03-01" };
const KZ = { country: "KZ" as const, localDate: "2026-03-01" };
const item = (over: Partial<ReceiptInput["items"][number]> = {}) => ({
  name: "Соль",
  unit: { code: "0" },
  price: 5000,
  quantity: "1",
  vatRate: "VAT22",
  ...over,
});

describe("computeReceipt", () => {
  it("totals lines, discounts and VAT per rate", () => {
    const r = computeReceipt(
      {
        type: "sale",
        items: [
          item({ price: 12200, quantity: "2", discount: 200 }),
          item({ name: "Сыр", unit: { code: "11" }, price: 99900, quantity: "0.350", vatRate: "VAT10" }),
          item({ name: "Хлеб", vatRate: "NO_VAT", price: 4500 }),
        ],
        payments: [{ type: "card", amount: 24200 + 34965 + 4500 }],
      },
      RU,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.receipt.lines.map((l) => l.total)).toEqual([24200n, 34965n, 4500n]);
    expect(r.receipt.total).toBe(63665n);
    expect(r.receipt.discount).toBe(200n);
    expect(r.receipt.vat).toEqual([
      { rate: "VAT22", amount: 4364n }, // 24200 × 22/122 = 4363.93
      { rate: "VAT10", amount: 3179n }, // 34965 × 10/110 = 3178.64
      { rate: "NO_VAT", amount: 0n },
    ]);
    expect(r.receipt.lines[1].quantityText).toBe("0.350");
    expect(r.receipt).toMatchObject({ cash: 0n, card: 63665n, change: 0n });
  });

  it("gives change from cash only: excess cash or cashTendered", () => {
    const over = computeReceipt(
      { type: "sale", items: [item({ price: 8500 })], payments: [{ type: "cash", amount: 10000 }] },
      RU,
    );
    expect(over).toMatchObject({ ok: true, receipt: { cash: 8500n, change: 1500n, cashTendered: 10000n } });
    const tendered = computeReceipt(
      {
        type: "sale",
        items: [item({ price: 8500 })],
        payments: [
          { type: "cash", amount: 3500 },
          { type: "card", amount: 5000 },
        ],
        cashTendered: 5000,
      },
      RU,
    );
    expect(tendered).toMatchObject({ ok: true, receipt: { cash: 3500n, card: 5000n, change: 1500n } });
  });

  it("refuses card above the total, duplicates and mismatches", () => {
    const items = [item({ price: 5000 })];
    expect(
      computeReceipt({ type: "sale", items, payments: [{ type: "card", amount: 5001 }] }, RU),
    ).toMatchObject({ ok: false, code: "CARD_EXCEEDS_TOTAL" });
    expect(
      computeReceipt(
        {
          type: "sale",
          items,
          payments: [
            { type: "cash", amount: 1 },
            { type: "cash", amount: 4999 },
          ],
        },
        RU,
      ),
    ).toMatchObject({ ok: false, code: "OPERATION_NOT_ALLOWED", reason: "DUPLICATE_PAYMENT_TYPE" });
    expect(
      computeReceipt({ type: "sale", items, payments: [{ type: "cash", amount: 4999 }] }, RU),
    ).toMatchObject({
      reason: "PAYMENT_MISMATCH",
    });
    expect(
      computeReceipt({ type: "sale_return", items, payments: [{ type: "cash", amount: 6000 }] }, RU),
    ).toMatchObject({
      reason: "PAYMENT_MISMATCH",
    });
    expect(
      computeReceipt(
        { type: "sale", items, payments: [{ type: "card", amount: 5000 }], cashTendered: 6000 },
        RU,
      ),
    ).toMatchObject({
      reason: "PAYMENT_MISMATCH",
    });
  });

  it("validates units, quantities, rates and discounts with field paths", () => {
    const r = computeReceipt(
      {
        type: "sale",
        items: [
          item({ unit: { code: "796" } }),
          item({ quantity: "1.5" }),
          item({ quantity: "0" }),
          item({ vatRate: "VAT20" }),
          item({ discount: 5001 }),
          item({ vatRate: "VAT99" }),
        ],
        payments: [],
      },
      RU,
    );
    expect(r).toMatchObject({ ok: false, kind: "validation" });
    if (r.ok || r.kind !== "validation") return;
    expect(r.fields).toEqual([
      { field: "items[0].unit.code", message: "device.v.unit" },
      { field: "items[1].quantity", message: "device.v.quantityWhole" },
      { field: "items[2].quantity", message: "device.v.quantity" },
      { field: "items[3].vatRate", message: "device.v.vatRateNotInEffect" },
      { field: "items[4].discount", message: "device.v.discount" },
      { field: "items[5].vatRate", message: "device.v.vatRate" },
    ]);
  });

  it("uses the KZ units and rates", () => {
    const r = computeReceipt(
      {
        type: "sale",
        items: [item({ unit: { code: "166" }, quantity: "1.250", vatRate: "VAT16", price: 116000 })],
        payments: [{ type: "cash", amount: 145000 }],
      },
      KZ,
    );
    expect(r).toMatchObject({
      ok: true,
      receipt: { total: 145000n, vat: [{ rate: "VAT16", amount: 20000n }] },
    });
  });

  it("caps amounts far below the JSON number limit", () => {
    const r = computeReceipt(
      { type: "sale", items: [item({ price: 99_999_999_999, quantity: "999999" })], payments: [] },
      RU,
    );
    expect(r).toMatchObject({
      ok: false,
      kind: "validation",
      fields: [{ field: "items[0].price", message: "device.v.amountTooLarge" }],
    });
  });
});
