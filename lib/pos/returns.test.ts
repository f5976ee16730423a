// What a return can take back: the server's figures, else this browser's own returns; discounts
// in proportion; the refusals.
import { describe, expect, it } from "vitest";
import type { DocRecord, NomItem } from "./model";
import { leftOf, returnLines } from "./returns";

const sold = (over: Partial<DocRecord> = {}): DocRecord => ({
  clientDocId: "sale-1",
  kind: "receipt",
  type: "sale",
  createdAt: "2026-03-01T12:00:00+03:00",
  status: "sent",
  serverId: "srv-1",
  number: 5,
  shiftNumber: 1,
  fiscalSign: "0000000001",
  total: 0,
  deviceSeq: 1,
  printLines: [],
  qr: null,
  payload: {
    type: "sale",
    items: [
      {
        name: "Кофе",
        nomenclatureId: "n1",
        unit: { code: "796" },
        price: 1000,
        quantity: "3.000",
        vatRate: "NO_VAT",
        discount: 300,
      },
      {
        name: "Сыр",
        nomenclatureId: "n2",
        unit: { code: "166" },
        price: 5000,
        quantity: "0.500",
        vatRate: "NO_VAT",
      },
    ],
    payments: [{ type: "cash", amount: 5200 }],
  },
  ...over,
});
const nom = [
  { id: "n1", unit: { name: "шт", fractional: false } },
  { id: "n2", unit: { name: "кг", fractional: true } },
] as NomItem[];
const returned = (quantity: string): DocRecord =>
  sold({
    clientDocId: "ret-1",
    type: "sale_return",
    basisClientDocId: "sale-1",
    payload: { type: "sale_return", items: [{ ...sold().payload!.items[0], quantity }], payments: [] },
  });
let n = 0;
const key = () => `k${++n}`;

describe("returns", () => {
  it("takes the server's figures when it listed the receipt", () => {
    expect(leftOf(sold({ remaining: [1000, 0] }), [returned("3.000")])).toEqual([1000, 0]);
  });

  it("else subtracts this browser's returns of each line", () => {
    expect(leftOf(sold(), [returned("1.000"), returned("1.000")])).toEqual([1000, 500]);
  });

  it("makes cart lines of what is left, the discount in proportion", () => {
    const lines = returnLines(sold(), [returned("1.000")], nom, key);
    expect(lines).toMatchObject([
      {
        name: "Кофе",
        quantity: "2.000",
        discount: 200,
        maxQuantity: 2000,
        unitName: "шт",
        fractional: false,
      },
      { name: "Сыр", quantity: "0.500", discount: 0, maxQuantity: 500, unitName: "кг", fractional: true },
    ]);
  });

  it("refuses what cannot be returned", () => {
    expect(returnLines(sold({ payload: undefined }), [], nom)).toBe("notFound");
    expect(returnLines(sold({ cancelled: true }), [], nom)).toBe("cancelled");
    expect(returnLines(sold({ remaining: [0, 0] }), [], nom)).toBe("nothingLeft");
    expect(returnLines(sold({ remainingTotal: 0 }), [], nom)).toBe("nothingLeft");
    expect(returnLines(sold({ serverId: null }), [], nom)).toBe("notSent");
  });
});
