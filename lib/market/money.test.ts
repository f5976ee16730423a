import { describe, expect, it } from "vitest";
import { formatMoney, includedVat } from "./money";

describe("money", () => {
  it("formats minor units in the reader's locale", () => {
    expect(formatMoney(300000n, "RUB", "ru").replace(/\s/g, " ")).toBe("3 000,00 ₽");
    expect(formatMoney(1900000n, "KZT", "en")).toBe("₸19,000.00");
    expect(formatMoney(1900000n, "KZT", "ru").replace(/\s/g, " ")).toBe("19 000,00 ₸");
  });
  it("extracts included VAT, rounding half-up", () => {
    expect(includedVat(12200n, 2200)).toBe(2200n);
    expect(includedVat(300000n, 2200)).toBe(54098n); // 3000 ₽ × 22/122 = 540.983…
    expect(includedVat(11600n, 1600)).toBe(1600n);
    expect(includedVat(100n, null)).toBe(0n);
  });
});
