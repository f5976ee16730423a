import { describe, expect, it } from "vitest";
import { checkTaxId, isValidBinIin, isValidInn, makeTaxId } from "./tax-id";

describe("ИНН (RU)", () => {
  it("accepts real 10- and 12-digit ИНН", () => {
    expect(isValidInn("7707083893")).toBe(true); // ПАО Сбербанк
    expect(isValidInn("7736207543")).toBe(true); // ООО «Яндекс»
    expect(isValidInn("500100732259")).toBe(true); // individual, published example
  });
  it("rejects a changed digit, wrong length and letters", () => {
    expect(isValidInn("7707083894")).toBe(false);
    expect(isValidInn("500100732258")).toBe(false);
    expect(isValidInn("770708389")).toBe(false);
    expect(isValidInn("77070838a3")).toBe(false);
  });
  it("needs 10 digits for ООО and 12 for ИП", () => {
    expect(checkTaxId("RU", "ООО", "7707083893")).toBeNull();
    expect(checkTaxId("RU", "ИП", "7707083893")).toBe("length");
    expect(checkTaxId("RU", "ИП", "500100732259")).toBeNull();
    expect(checkTaxId("RU", "ООО", "7707083894")).toBe("checksum");
    expect(checkTaxId("RU", "ООО", "77-070838")).toBe("format");
  });
});

describe("БИН/ИИН (KZ)", () => {
  it("accepts valid БИН and ИИН", () => {
    expect(isValidBinIin("000740001307")).toBe(true); // БИН of a state body, published
    // constructed so that the first weight pass gives 10 and the second pass decides
    expect(isValidBinIin("880316300002")).toBe(true);
    expect(isValidBinIin("880316300003")).toBe(false);
    expect(checkTaxId("KZ", "ТОО", "000740001307")).toBeNull();
  });
  it("rejects a changed check digit and wrong lengths", () => {
    expect(isValidBinIin("000740001308")).toBe(false);
    expect(checkTaxId("KZ", "ТОО", "00074000130")).toBe("length");
    expect(checkTaxId("KZ", "ИП", "000740001308")).toBe("checksum");
  });
});

describe("makeTaxId", () => {
  it("produces ids that validate, for every country and form", () => {
    for (let seed = 1; seed < 200; seed++) {
      expect(checkTaxId("RU", "ООО", makeTaxId("RU", "ООО", seed))).toBeNull();
      expect(checkTaxId("RU", "ИП", makeTaxId("RU", "ИП", seed))).toBeNull();
      expect(checkTaxId("KZ", "ТОО", makeTaxId("KZ", "ТОО", seed))).toBeNull();
    }
  });
});
