import { describe, expect, it } from "vitest";
import { includedVat, perMonthPrice } from "./money";

describe("money", () => {
  it("extracts included VAT, rounding half-up", () => {
    expect(includedVat(12200n, 2200)).toBe(2200n);
    expect(includedVat(300000n, 2200)).toBe(54098n); // 3000 ₽ × 22/122 = 540.983…
    expect(includedVat(11600n, 1600)).toBe(1600n);
    expect(includedVat(100n, null)).toBe(0n);
  });
  it("per-month prices round half up, never truncate (issue 15.17)", () => {
    expect(perMonthPrice(440000n, 12)).toBe(36667n); // 366,666… → 366,67 (was 366,66)
    expect(perMonthPrice(1490000n, 12)).toBe(124167n); // 1 241,666… → 1 241,67 (was 1 241,66)
    expect(perMonthPrice(300000n, 12)).toBe(25000n);
    expect(perMonthPrice(100n, 8)).toBe(13n); // 12,5 → 13: half goes up
    expect(perMonthPrice(99n, 2)).toBe(50n);
    expect(perMonthPrice(101n, 2)).toBe(51n);
    expect(() => perMonthPrice(100n, 0)).toThrow();
  });
});
