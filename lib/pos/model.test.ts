import { describe, expect, it } from "vitest";
import {
  cartTotal,
  normalizeQuantity,
  parseMoney,
  parseReceiptLookup,
  recordFromServer,
  searchNomenclature,
  type CartLine,
  type NomItem,
} from "./model";

describe("web cashier input", () => {
  it("parses money", () => {
    expect(parseMoney("12")).toBe(1200);
    expect(parseMoney("12,5")).toBe(1250);
    expect(parseMoney("0.07")).toBe(7);
    expect(parseMoney("1.234")).toBeNull();
    expect(parseMoney("abc")).toBeNull();
  });
  it("normalizes quantities, whole for pieces", () => {
    expect(normalizeQuantity("0,75", true)).toBe("0.750");
    expect(normalizeQuantity("1.2345", true)).toBeNull();
    expect(normalizeQuantity("1.5", false)).toBeNull();
    expect(normalizeQuantity("2", false)).toBe("2.000");
    expect(normalizeQuantity("0", true)).toBeNull();
  });
  it("totals a cart half-up per line", () => {
    const l = (price: number, quantity: string, discount = 0): CartLine => ({
      key: "k",
      nomenclatureId: null,
      name: "x",
      unitCode: "11",
      unitName: "кг",
      fractional: true,
      price,
      quantity,
      vatRate: "VAT22",
      discount,
    });
    expect(cartTotal([l(89990, "0.735"), l(25000, "2.000", 1000)])).toBe(66143 + 49000);
  });
  it("reads receipt QR codes and numbers", () => {
    expect(parseReceiptLookup("17")).toEqual({ number: 17 });
    expect(parseReceiptLookup("t=20260301T1205&s=500.00&fn=9999&i=17&fp=453488490&n=1")).toEqual({
      fiscalSign: "0453488490",
    });
    expect(
      parseReceiptLookup("https://ofd.example/consumer?i=453488490&f=123456789012&s=1.00&t=20260301T120500"),
    ).toEqual({
      fiscalSign: "0453488490",
    });
    expect(parseReceiptLookup("hello")).toBeNull();
  });
  it("finds by barcode first, then by name and article", () => {
    const item = (id: string, name: string, barcodes: string[], article: string | null = null): NomItem => ({
      id,
      name,
      article,
      barcodes,
      type: "GOOD",
      unit: { id: "u", code: "0", name: "шт", fractional: false },
      price: 100,
      vatRate: { code: "VAT22", rateBasisPoints: 2200 },
      archived: false,
      cursor: "1",
    });
    const items = [item("1", "Молоко", ["4600000000015"]), item("2", "Хлеб 4600000000015", [], "A-1")];
    expect(searchNomenclature(items, "4600000000015").map((i) => i.id)).toEqual(["1", "2"]);
    expect(searchNomenclature(items, "a-1").map((i) => i.id)).toEqual(["2"]);
    expect(searchNomenclature(items, "хлеб").map((i) => i.id)).toEqual(["2"]);
  });
});

describe("documents listed by the server (GET /receipts)", () => {
  const listed = {
    id: "0190c5b2-7d1e-7a4b-9c3f-2f6a1b0c9d8e",
    clientDocId: "c-1",
    number: 12,
    shiftNumber: 3,
    createdAt: "2026-03-01T09:05:00.000Z",
    fiscalSign: "0453488490",
    offline: false,
    cashierName: "Мария",
    change: 0,
    returnBasisId: null,
    cancelled: false,
  };
  it("turns a sale into a returnable record: sold items, payments, what is left per line", () => {
    const rec = recordFromServer({
      ...listed,
      type: "sale",
      total: 85996,
      cash: 35996,
      card: 50000,
      returnedTotal: 25000,
      remainingTotal: 60996,
      items: [
        {
          lineNo: 1,
          name: "Кофе",
          nomenclatureId: null,
          unitCode: "0",
          price: 25000,
          quantity: "2.000",
          discount: 0,
          total: 50000,
          vatRate: "VAT22",
          returnedQuantity: "1.000",
          remainingQuantity: "1.000",
        },
        {
          lineNo: 2,
          name: "Сыр",
          nomenclatureId: null,
          unitCode: "11",
          price: 89990,
          quantity: "0.400",
          discount: 10,
          total: 35986,
          vatRate: "VAT10",
          returnedQuantity: "0.000",
          remainingQuantity: "0.400",
        },
      ],
    });
    expect(rec).toMatchObject({
      kind: "receipt",
      type: "sale",
      status: "sent",
      serverId: listed.id,
      number: 12,
      printLines: [],
      remaining: [1000, 400],
      returnedTotal: 25000,
      remainingTotal: 60996,
      cancelled: false,
    });
    expect(rec.payload?.payments).toEqual([
      { type: "cash", amount: 35996 },
      { type: "card", amount: 50000 },
    ]);
    expect(rec.payload?.items[1]).toEqual({
      name: "Сыр",
      nomenclatureId: null,
      unit: { code: "11" },
      price: 89990,
      quantity: "0.400",
      vatRate: "VAT10",
      discount: 10,
    });
  });
  it("names cash operations and reports as this browser's own records do", () => {
    const base = {
      ...listed,
      total: 1000,
      cash: 1000,
      card: 0,
      returnedTotal: 0,
      remainingTotal: 0,
      items: [],
    };
    expect(recordFromServer({ ...base, type: "cash_deposit" })).toMatchObject({
      kind: "cash_operation",
      type: "deposit",
    });
    const z = recordFromServer({ ...base, type: "z_report" });
    expect(z).toMatchObject({ kind: "z_report", type: "z_report" });
    expect(z.payload).toBeUndefined();
  });
});
