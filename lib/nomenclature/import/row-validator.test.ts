import { describe, expect, it } from "vitest";
import type { VatRateInfo } from "../vat";
import { createRowValidator } from "./row-validator";

const rates: VatRateInfo[] = [
  { code: "VAT22", name: "НДС 22%", rateBasisPoints: 2200, validFrom: "2026-01-01", validTo: null },
  { code: "VAT20", name: "НДС 20%", rateBasisPoints: 2000, validFrom: "2019-01-01", validTo: "2025-12-31" },
  { code: "NO_VAT", name: "Без НДС", rateBasisPoints: null, validFrom: "2004-01-01", validTo: null },
];
const mapping = { name: 0, article: 1, barcodes: 2, type: 3, unit: 4, price: 5, vatRate: 6, section: 7 };
const make = () => createRowValidator({ mapping, vatRates: rates, today: "2026-11-23" });
const keys = (v: ReturnType<ReturnType<typeof make>>) => (v.ok ? [] : v.errors.map((e) => e.key));

describe("import row validation", () => {
  it("turns a good row into an item; empty optional cells stay undefined", () => {
    const v = make()(["  Хлеб   бородинский ", "BR-1", 4006381333931, "", "", "45,50", "", ""], 2);
    expect(v).toEqual({
      rowNumber: 2,
      cells: ["Хлеб   бородинский", "BR-1", "4006381333931", "", "", "45,50", "", ""],
      ok: true,
      row: { name: "Хлеб бородинский", article: "BR-1", barcodes: ["4006381333931"], price: 4550n },
    });
  });

  it("reports every kind of bad row", () => {
    const validate = make();
    expect(keys(validate(["", "A1", "", "", "", "10", "", ""], 2))).toEqual(["rowErrors.nameRequired"]);
    expect(keys(validate(["X", "A2", "", "", "", "-10", "", ""], 3))).toEqual(["rowErrors.priceNegative"]);
    expect(keys(validate(["X", "A3", "", "", "", "", "", ""], 4))).toEqual(["rowErrors.priceRequired"]);
    expect(keys(validate(["X", "A4", "4006381333932", "", "", "1", "", ""], 5))).toEqual([
      "rowErrors.barcodeCheckDigit",
    ]);
    expect(keys(validate(["X", "A5", "", "", "ящик", "1", "", ""], 6))).toEqual(["rowErrors.unitUnknown"]);
    expect(keys(validate(["X", "A1", "", "", "", "1", "", ""], 7))).toEqual(["rowErrors.duplicateArticle"]);
    expect(keys(validate(["X", "A6", "", "", "", "1", "20%", ""], 8))).toEqual(["rowErrors.vatExpired"]);
    expect(keys(validate(["X", "A7", "", "набор", "", "1", "", ""], 9))).toEqual(["rowErrors.typeUnknown"]);
    expect(keys(validate(["X", "A8", "", "Товар", "услуга", "1", "", ""], 10))).toEqual([
      "rowErrors.serviceUnitForGood",
    ]);
    expect(keys(validate(["X".repeat(129), "A9", "", "", "", "1", "", ""], 11))).toEqual([
      "rowErrors.nameTooLong",
    ]);
    expect(keys(validate(["X", "A10", "", "", "", "abc", "", ""], 12))).toEqual(["rowErrors.priceFormat"]);
  });

  it("names the first occurrence of a duplicate", () => {
    const validate = make();
    validate(["A", "", "96385074", "", "", "1", "", ""], 2);
    validate(["Пакет", "", "", "", "", "5", "", ""], 3);
    const dupBarcode = validate(["B", "", "96385074", "", "", "1", "", ""], 4);
    const dupName = validate(["Пакет", "", "", "", "", "6", "", ""], 5);
    expect(dupBarcode.ok ? null : dupBarcode.errors).toEqual([
      { key: "rowErrors.duplicateBarcode", params: { barcode: "96385074", row: 2 } },
    ]);
    expect(dupName.ok ? null : dupName.errors).toEqual([
      { key: "rowErrors.duplicateName", params: { name: "Пакет", row: 3 } },
    ]);
  });

  it("a service unit implies the service type; VAT and unit are parsed", () => {
    const v = make()(["Доставка", "", "", "", "услуга", "300", "Без НДС", "Услуги"], 2);
    expect(v.ok && v.row).toMatchObject({
      type: "SERVICE",
      unit: "SERVICE",
      vatRate: "NO_VAT",
      section: "Услуги",
    });
  });

  it("a price with a stray comma or an ambiguous dot is a row error, not a 100× price (issue 15.4)", () => {
    const validate = make();
    const v = validate(["Молоко", "M1", "", "", "", "2431,91 руб,", "", ""], 2);
    expect(v.ok).toBe(false);
    expect(v.ok ? [] : v.errors).toEqual([
      { key: "rowErrors.priceFormat", params: { value: "2431,91 руб," } },
    ]);
    expect(keys(validate(["Кефир", "M2", "", "", "", "1.299", "", ""], 3))).toEqual([
      "rowErrors.priceAmbiguous",
    ]);
    const ok = validate(["Сыр", "M3", "", "", "", "2 431,91 ₽", "", ""], 4);
    expect(ok.ok && ok.row.price).toBe(243191n);
  });
});
