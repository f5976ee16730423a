import { describe, expect, it } from "vitest";
import { parseVatCell, ratesInForce, type VatRateInfo } from "./vat";

const RU: VatRateInfo[] = [
  { code: "VAT22", name: "НДС 22%", rateBasisPoints: 2200, validFrom: "2026-01-01", validTo: null },
  { code: "VAT20", name: "НДС 20%", rateBasisPoints: 2000, validFrom: "2019-01-01", validTo: "2025-12-31" },
  { code: "VAT10", name: "НДС 10%", rateBasisPoints: 1000, validFrom: "2004-01-01", validTo: null },
  { code: "VAT0", name: "НДС 0%", rateBasisPoints: 0, validFrom: "2004-01-01", validTo: null },
  { code: "NO_VAT", name: "Без НДС", rateBasisPoints: null, validFrom: "2004-01-01", validTo: null },
];

describe("VAT rates", () => {
  it("knows which rates are in force on a day", () => {
    expect(ratesInForce(RU, "2025-06-01").map((r) => r.code)).toEqual(["VAT20", "VAT10", "VAT0", "NO_VAT"]);
    expect(ratesInForce(RU, "2026-11-23").map((r) => r.code)).toEqual(["VAT22", "VAT10", "VAT0", "NO_VAT"]);
  });

  it("reads a cell as a code, a percentage, a fraction or «без НДС»", () => {
    const day = "2026-11-23";
    expect(parseVatCell("НДС 22%", RU, day)).toEqual({ ok: true, code: "VAT22" });
    expect(parseVatCell("10", RU, day)).toEqual({ ok: true, code: "VAT10" });
    expect(parseVatCell(0.1, RU, day)).toEqual({ ok: true, code: "VAT10" });
    expect(parseVatCell(22, RU, day)).toEqual({ ok: true, code: "VAT22" });
    expect(parseVatCell("0%", RU, day)).toEqual({ ok: true, code: "VAT0" });
    expect(parseVatCell("Без НДС", RU, day)).toEqual({ ok: true, code: "NO_VAT" });
    expect(parseVatCell("vat10", RU, day)).toEqual({ ok: true, code: "VAT10" });
    // as the Kazakh and English UI label them
    expect(parseVatCell("ҚҚС 10%", RU, day)).toEqual({ ok: true, code: "VAT10" });
    expect(parseVatCell("ҚҚС-сыз", RU, day)).toEqual({ ok: true, code: "NO_VAT" });
    expect(parseVatCell("VAT 22%", RU, day)).toEqual({ ok: true, code: "VAT22" });
    expect(parseVatCell("No VAT", RU, day)).toEqual({ ok: true, code: "NO_VAT" });
  });

  it("reports an old rate as expired and an odd one as unknown", () => {
    expect(parseVatCell("20%", RU, "2026-11-23")).toMatchObject({
      ok: false,
      problem: "expired",
      rate: { code: "VAT20" },
    });
    expect(parseVatCell("20%", RU, "2025-11-23")).toEqual({ ok: true, code: "VAT20" });
    expect(parseVatCell("18%", RU, "2026-11-23")).toEqual({ ok: false, problem: "unknown" });
    expect(parseVatCell("много", RU, "2026-11-23")).toEqual({ ok: false, problem: "unknown" });
  });
});
