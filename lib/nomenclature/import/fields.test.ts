import { describe, expect, it } from "vitest";
import { guessMapping, mappingToRemember, normalizeHeader } from "./fields";

describe("guessing columns from headers", () => {
  it("recognises Russian headers of a typical price list", () => {
    const m = guessMapping([
      "Наименование",
      "Артикул",
      "Штрих-код",
      "Тип",
      "Ед. изм.",
      "Цена, руб.",
      "Ставка НДС",
      "Группа",
    ]);
    expect(m).toEqual({
      name: 0,
      article: 1,
      barcodes: 2,
      type: 3,
      unit: 4,
      price: 5,
      vatRate: 6,
      section: 7,
    });
  });

  it("recognises English headers in another order", () => {
    const m = guessMapping(["SKU", "Product name", "Price", "Barcode", "UoM", "VAT", "Category"]);
    expect(m).toEqual({
      name: 1,
      article: 0,
      barcodes: 3,
      type: null,
      unit: 4,
      price: 2,
      vatRate: 5,
      section: 6,
    });
  });

  it("prefers «Артикул» over «Код» and does not take «Штрихкод товара» for the name", () => {
    const m = guessMapping(["Код", "Штрихкод товара", "Цена товара", "Наименование товара", "Артикул"]);
    expect(m.article).toBe(4);
    expect(m.barcodes).toBe(1);
    expect(m.price).toBe(2);
    expect(m.name).toBe(3);
  });

  it("recognises Kazakh headers", () => {
    const m = guessMapping(["Атауы", "Бағасы", "Өлшем бірлігі", "Штрихкод"]);
    expect(m).toMatchObject({ name: 0, price: 1, unit: 2, barcodes: 3 });
  });

  it("uses each column once and leaves unknown columns unmapped", () => {
    const m = guessMapping(["Цена", "Цена оптовая", "Остаток"]);
    expect(m.price).toBe(0);
    expect(Object.values(m).filter((c) => c === 1 || c === 2)).toEqual([]);
  });

  it("a remembered mapping wins over guessing", () => {
    const headers = ["Товар", "Розница", "Код 1С"];
    const remembered = mappingToRemember(headers, {
      name: 0,
      price: 1,
      article: 2,
      barcodes: null,
      type: null,
      unit: null,
      vatRate: null,
      section: null,
    });
    expect(remembered).toEqual({ товар: "name", розница: "price", код1с: "article" });
    expect(guessMapping(["Код 1С", "Товар", "Розница"], remembered)).toMatchObject({
      article: 0,
      name: 1,
      price: 2,
    });
  });

  it("normalizes headers", () => {
    expect(normalizeHeader(" Штрих-код (EAN-13) ")).toBe("штрихкодean13");
    expect(normalizeHeader("Ёмкость")).toBe("емкость");
  });
});
