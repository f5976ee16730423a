import { describe, expect, it } from "vitest";
import { aggregateShift, cashEffect, type ShiftDocFigures } from "./z-report";

const doc = (
  type: ShiftDocFigures["type"],
  total: number,
  cash: number,
  card = 0,
  extra: Partial<ShiftDocFigures> = {},
): ShiftDocFigures => ({
  type,
  total: BigInt(total),
  cash: BigInt(cash),
  card: BigInt(card),
  change: 0n,
  discount: 0n,
  vat: [],
  ...extra,
});

describe("aggregateShift", () => {
  it("sums per operation type, cash movements and non-nullable totals", () => {
    const docs = [
      doc("shift_open", 0, 0),
      doc("cash_deposit", 100000, 0),
      doc("sale", 5000, 5000, 0, { vat: [{ rate: "VAT22", amount: 902n }], change: 500n }),
      doc("sale", 7000, 2000, 5000, { vat: [{ rate: "VAT22", amount: 1262n }], discount: 300n }),
      doc("sale_return", 5000, 5000, 0, { vat: [{ rate: "VAT22", amount: 902n }] }),
      doc("purchase", 3000, 3000),
      doc("purchase_return", 1000, 1000),
      doc("cash_withdrawal", 20000, 0),
      doc("x_report", 0, 0),
    ];
    const r = aggregateShift({
      shiftNumber: 7,
      openedAt: new Date("2026-03-01T06:00:00Z"),
      closedAt: new Date("2026-03-01T18:00:00Z"),
      openingCash: 1000n,
      docs,
      nonNullableEnd: { sale: 112000n, sale_return: 5000n, purchase: 3000n, purchase_return: 1000n },
    });
    expect(r.byType.sale).toEqual({
      count: 2,
      total: 12000,
      cash: 7000,
      card: 5000,
      discount: 300,
      change: 500,
      vat: [{ rate: "VAT22", amount: 2164 }],
    });
    expect(r.byType.sale_return.total).toBe(5000);
    expect(r.deposits).toBe(100000);
    expect(r.withdrawals).toBe(20000);
    // 1000 + 100000 + 5000 + 2000 − 5000 − 3000 + 1000 − 20000
    expect(r.cashInDrawer).toBe(81000);
    expect(r.documentCount).toBe(9);
    expect(r.nonNullable.start).toEqual({ sale: 100000, sale_return: 0, purchase: 0, purchase_return: 0 });
    expect(r.nonNullable.end.sale).toBe(112000);
    expect(r.closedAt).toBe("2026-03-01T18:00:00.000Z");
  });

  it("moves cash the way docs/product.md §6 says", () => {
    expect(cashEffect("sale", 10n, 12n)).toBe(10n);
    expect(cashEffect("sale_return", 10n, 12n)).toBe(-10n);
    expect(cashEffect("purchase", 10n, 12n)).toBe(-10n);
    expect(cashEffect("purchase_return", 10n, 12n)).toBe(10n);
    expect(cashEffect("cash_deposit", 0n, 12n)).toBe(12n);
    expect(cashEffect("cash_withdrawal", 0n, 12n)).toBe(-12n);
    expect(cashEffect("z_report", 0n, 0n)).toBe(0n);
  });
});
