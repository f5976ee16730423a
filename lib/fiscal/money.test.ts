import { describe, expect, it } from "vitest";
import {
  divRoundHalfUp,
  formatPrintedAmount,
  formatQuantity,
  lineAmount,
  minorToDecimal,
  parseQuantity,
  toJsonNumber,
} from "./money";

describe("quantities", () => {
  it("parses up to three decimals into thousandths", () => {
    expect(parseQuantity("1")).toBe(1000n);
    expect(parseQuantity("0.750")).toBe(750n);
    expect(parseQuantity("0.75")).toBe(750n);
    expect(parseQuantity("2.5")).toBe(2500n);
    expect(parseQuantity("123456789.999")).toBe(123456789999n);
  });
  it("refuses anything else", () => {
    for (const bad of ["", "-1", "1.2345", "1,5", "1e3", " 1", "1.", ".5", "0x10", "1234567890"])
      expect(parseQuantity(bad)).toBeNull();
  });
  it("formats with three places", () => {
    expect(formatQuantity(750n)).toBe("0.750");
    expect(formatQuantity(12000n)).toBe("12.000");
  });
});

describe("rounding", () => {
  it("rounds half away from zero", () => {
    expect(divRoundHalfUp(5n, 10n)).toBe(1n);
    expect(divRoundHalfUp(4n, 10n)).toBe(0n);
    expect(divRoundHalfUp(15n, 10n)).toBe(2n);
    expect(divRoundHalfUp(-15n, 10n)).toBe(-2n);
  });
  it("prices a weighed line half-up to the minor unit", () => {
    // 199.99 ₽/kg × 0.333 kg = 66.59667 → 66.60
    expect(lineAmount(19999n, 333n)).toBe(6660n);
    // 0.01 × 0.500 = 0.005 → 0.01 (half up)
    expect(lineAmount(1n, 500n)).toBe(1n);
    expect(lineAmount(1n, 499n)).toBe(0n);
    expect(lineAmount(50000n, 1000n)).toBe(50000n);
  });
});

describe("money text", () => {
  it("formats minor units", () => {
    expect(minorToDecimal(123450n)).toBe("1234.50");
    expect(minorToDecimal(5)).toBe("0.05");
    expect(minorToDecimal(-5)).toBe("-0.05");
    expect(formatPrintedAmount(123456789n)).toBe("1 234 567.89");
    expect(formatPrintedAmount(0)).toBe("0.00");
  });
  it("refuses unsafe JSON numbers", () => {
    expect(toJsonNumber(10n ** 14n)).toBe(1e14);
    expect(() => toJsonNumber(2n ** 60n)).toThrow(RangeError);
  });
});
