import { describe, expect, it } from "vitest";
import { barcodeFromNumber, checkBarcode, gs1CheckDigit, splitBarcodes, withCheckDigit } from "./barcode";

describe("EAN check digits", () => {
  it("computes the GS1 check digit of EAN-13 and EAN-8", () => {
    expect(gs1CheckDigit("01234567890")).toBe(5); // UPC-A 012345678905
    expect(gs1CheckDigit("400638133393")).toBe(1); // 4006381333931 (GS1's own example)
    expect(gs1CheckDigit("9638507")).toBe(4); // 96385074 (EAN-8)
    expect(gs1CheckDigit("590123412345")).toBe(7); // 5901234123457
  });

  it("accepts valid EAN-13 / EAN-8 and refuses a wrong last digit", () => {
    expect(checkBarcode("4006381333931")).toBeNull();
    expect(checkBarcode("5901234123457")).toBeNull();
    expect(checkBarcode("96385074")).toBeNull();
    expect(checkBarcode("4006381333932")).toBe("checkDigit");
    expect(checkBarcode("96385075")).toBe("checkDigit");
  });

  it("allows other symbologies and lengths without a check-digit rule", () => {
    expect(checkBarcode("ABC-123/45")).toBeNull(); // Code 39 / Code 128
    expect(checkBarcode("123456789012")).toBeNull(); // 12 digits: not EAN-8/13
    expect(checkBarcode("2000000012345")).toBe("checkDigit"); // in-store EAN-13 still has a check digit
    expect(checkBarcode(withCheckDigit("200000001234"))).toBeNull();
  });

  it("refuses empty, too long or odd characters", () => {
    expect(checkBarcode("")).toBe("format");
    expect(checkBarcode("12 34")).toBe("format");
    expect(checkBarcode("штрих")).toBe("format");
    expect(checkBarcode("1".repeat(49))).toBe("format");
  });

  it("splits a cell into distinct codes on commas, semicolons, spaces and new lines", () => {
    expect(splitBarcodes(" 4006381333931, 96385074;ABC-1\n4006381333931 ")).toEqual([
      "4006381333931",
      "96385074",
      "ABC-1",
    ]);
    expect(splitBarcodes("")).toEqual([]);
  });

  it("restores leading zeros lost in a numeric spreadsheet cell", () => {
    expect(barcodeFromNumber(12345678905)).toBe("0012345678905");
    expect(barcodeFromNumber(4006381333931)).toBe("4006381333931");
    expect(barcodeFromNumber(1234565)).toBe("01234565");
    expect(barcodeFromNumber(1234567)).toBe("1234567"); // padding would not make a valid EAN: keep it
    expect(barcodeFromNumber(777)).toBe("777");
    expect(barcodeFromNumber(96385074)).toBe("96385074"); // a whole EAN-8 stays 8 digits
  });
});
