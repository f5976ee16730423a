import { describe, expect, it } from "vitest";
import { parseStockQuantity, thousandthsOf, unitCostOf, valueAtCost } from "./quantity";

describe("parseStockQuantity", () => {
  it("reads dots and commas, up to three decimals", () => {
    expect(parseStockQuantity("1,5")).toEqual({ ok: true, thousandths: 1500n });
    expect(parseStockQuantity(" 2.125 ")).toEqual({ ok: true, thousandths: 2125n });
    expect(parseStockQuantity("0")).toEqual({ ok: true, thousandths: 0n });
  });
  it("refuses what it would have to guess", () => {
    for (const s of ["", "-1", "1.2345", "1e3", "1 000", "abc", "1,2,3", "+1"])
      expect(parseStockQuantity(s).ok, s).toBe(false);
    expect(parseStockQuantity("12345678901")).toEqual({ ok: false, problem: "tooLarge" });
  });
  it("refuses fractions of whole units", () => {
    expect(parseStockQuantity("1.5", { whole: true })).toEqual({ ok: false, problem: "fraction" });
    expect(parseStockQuantity("3", { whole: true })).toEqual({ ok: true, thousandths: 3000n });
  });
});

describe("cost", () => {
  it("values stock at the average cost while the balance is positive", () => {
    const b = { quantity: 3000n, value: 1000n, lastCost: 500n };
    expect(valueAtCost(b, 1000n)).toBe(333n);
    expect(valueAtCost(b, 3000n)).toBe(1000n);
  });
  it("falls back to the last cost at zero or negative stock", () => {
    expect(valueAtCost({ quantity: 0n, value: 0n, lastCost: 250n }, 2000n)).toBe(500n);
    expect(valueAtCost({ quantity: -1000n, value: -250n, lastCost: 250n }, 500n)).toBe(125n);
    expect(valueAtCost(undefined, 2000n)).toBe(0n);
  });
  it("reads numeric text and computes unit costs", () => {
    expect(thousandthsOf("-1.5")).toBe(-1500n);
    expect(thousandthsOf("2")).toBe(2000n);
    expect(thousandthsOf("0.025")).toBe(25n);
    expect(unitCostOf(1000n, 3000n)).toBe(333n);
  });
});
