import { describe, expect, it } from "vitest";
import { currencyOf } from "./country";
import { formatCompactMoney, formatInt, formatMoney } from "./money";

const units = { thousand: "тыс.", million: "млн", billion: "млрд" };

describe("formatMoney", () => {
  it("formats minor units the same way for a currency and for its country", () => {
    expect(formatMoney(123456789, "RU", "ru")).toBe("1\u00a0234\u00a0567,89\u00a0₽");
    expect(formatMoney(123456789n, "RUB", "ru")).toBe(formatMoney(123456789, "RU", "ru"));
    expect(formatMoney("1900000", "KZT", "kk")).toBe("19\u00a0000,00\u00a0₸");
    expect(formatMoney(1900000n, currencyOf("KZ"), "en")).toBe("19,000.00\u00a0₸");
    expect(formatMoney(-50, "KZ", "kk")).toBe("−0,50\u00a0₸");
    expect(formatMoney(0n, "RUB", "ru")).toBe("0,00\u00a0₽");
    expect(formatMoney(123456, "RU", "ru", { whole: true })).toBe("1\u00a0234\u00a0₽");
    expect(formatMoney(1200, "USD", "en")).toBe("12.00\u00a0USD");
  });
  it("keeps amounts beyond 2^53 exact when given as bigint", () => {
    expect(formatMoney(12345678901234567890n, "RUB", "en")).toBe("123,456,789,012,345,678.90\u00a0₽");
  });
  it("refuses what is not an amount", () => {
    expect(() => formatMoney("12.5", "RUB")).toThrow(RangeError);
    expect(() => formatMoney(Number.NaN, "RUB")).toThrow(RangeError);
  });
  it("formats integers and compact axis labels", () => {
    expect(formatInt(1234567, "ru")).toBe("1\u00a0234\u00a0567");
    expect(formatInt(-1234, "en")).toBe("−1,234");
    expect(formatCompactMoney(1_250_000_00, "RU", "ru", units)).toBe("1,3\u00a0млн\u00a0₽");
    expect(formatCompactMoney(0, "KZ", "ru", units)).toBe("0\u00a0₸");
  });
});

describe("formatPercent", () => {
  it("writes basis points as a percentage with the locale's decimal mark", async () => {
    const { formatPercent } = await import("./money");
    expect(formatPercent(2200, "ru")).toBe("22\u00a0%");
    expect(formatPercent(1650, "kk")).toBe("16,5\u00a0%");
    expect(formatPercent(1650, "en")).toBe("16.5\u00a0%");
    expect(formatPercent(5, "ru")).toBe("0,05\u00a0%");
    expect(formatPercent(0, "en")).toBe("0\u00a0%");
  });
});
