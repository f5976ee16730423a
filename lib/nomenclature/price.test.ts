import { describe, expect, it } from "vitest";
import { minorToDecimal, parsePrice } from "./price";

describe("prices", () => {
  it("reads decimals with a comma or a dot, spaces and currency signs", () => {
    expect(parsePrice("1 299,90")).toEqual({ ok: true, minor: 129990n });
    expect(parsePrice("1299.9")).toEqual({ ok: true, minor: 129990n });
    expect(parsePrice("₽ 15")).toEqual({ ok: true, minor: 1500n });
    expect(parsePrice("650 тг")).toEqual({ ok: true, minor: 65000n });
    expect(parsePrice("1.299,00")).toEqual({ ok: true, minor: 129900n });
    expect(parsePrice("0")).toEqual({ ok: true, minor: 0n });
    expect(parsePrice(89.9)).toEqual({ ok: true, minor: 8990n });
    expect(parsePrice(0.1 + 0.2)).toEqual({ ok: true, minor: 30n });
  });

  it("names the problem", () => {
    expect(parsePrice("-5")).toEqual({ ok: false, problem: "negative" });
    expect(parsePrice(-0.01)).toEqual({ ok: false, problem: "negative" });
    expect(parsePrice("1,999")).toEqual({ ok: false, problem: "precision" });
    expect(parsePrice(1.005)).toEqual({ ok: false, problem: "precision" });
    expect(parsePrice("abc")).toEqual({ ok: false, problem: "format" });
    expect(parsePrice("")).toEqual({ ok: false, problem: "format" });
    expect(parsePrice("1e20")).toEqual({ ok: false, problem: "format" });
    expect(parsePrice("100000000000")).toEqual({ ok: false, problem: "tooLarge" });
  });

  it("formats minor units back", () => {
    expect(minorToDecimal(129990n)).toBe("1299.90");
    expect(minorToDecimal(5)).toBe("0.05");
  });
});
