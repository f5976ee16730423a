import { describe, expect, it } from "vitest";
import { findVatRate, vatFromGross, vatRatesInEffect } from "./vat";
import { localDate } from "@/lib/locale/zone";

describe("VAT rate table", () => {
  it("knows each country's rates by effective date", () => {
    expect(findVatRate("VAT20", "RU", "2025-12-31")).toMatchObject({ ok: true, rate: { basisPoints: 2000 } });
    expect(findVatRate("VAT20", "RU", "2026-01-01")).toEqual({ ok: false, reason: "NOT_IN_EFFECT" });
    expect(findVatRate("VAT22", "RU", "2026-01-01")).toMatchObject({ ok: true, rate: { basisPoints: 2200 } });
    expect(findVatRate("VAT12", "KZ", "2025-06-01")).toMatchObject({ ok: true, rate: { basisPoints: 1200 } });
    expect(findVatRate("VAT16", "KZ", "2026-03-01")).toMatchObject({ ok: true, rate: { basisPoints: 1600 } });
    expect(findVatRate("NO_VAT", "KZ", "2026-03-01")).toMatchObject({
      ok: true,
      rate: { basisPoints: null },
    });
    expect(findVatRate("VAT22", "KZ", "2026-03-01")).toEqual({ ok: false, reason: "UNKNOWN_RATE" });
    expect(findVatRate("VAT10", "RU", "2026-03-01")).toMatchObject({ ok: true });
  });
  it("lists the rates in effect", () => {
    expect(vatRatesInEffect("RU", "2026-05-01").map((r) => r.code)).toEqual([
      "VAT22",
      "VAT10",
      "VAT7",
      "VAT5",
      "VAT0",
      "NO_VAT",
    ]);
    expect(vatRatesInEffect("KZ", "2025-05-01").map((r) => r.code)).toEqual(["VAT12", "VAT0", "NO_VAT"]);
  });
  it("extracts VAT from a VAT-inclusive amount, half-up", () => {
    expect(vatFromGross(12000n, 2000)).toBe(2000n);
    expect(vatFromGross(11200n, 1200)).toBe(1200n);
    expect(vatFromGross(100n, 2200)).toBe(18n); // 18.03
    expect(vatFromGross(100n, 1000)).toBe(9n); // 9.09
    expect(vatFromGross(100n, 0)).toBe(0n);
    expect(vatFromGross(100n, null)).toBe(0n);
  });
  it("takes the local date in the organization's zone", () => {
    const instant = new Date("2025-12-31T21:30:00Z");
    expect(localDate(instant, "Europe/Moscow")).toBe("2026-01-01");
    expect(localDate(instant, "UTC")).toBe("2025-12-31");
  });
});
