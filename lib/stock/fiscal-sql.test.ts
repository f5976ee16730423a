import { describe, expect, it } from "vitest";
import { STOCK_SIGN, stockCtes } from "./fiscal-sql";

const binder = () => {
  const values: unknown[] = ["org"];
  return { values, p: (v: unknown) => (values.push(v), `$${values.length}`) };
};
const doc = (type: string, ids: (string | null)[]) => ({
  documentId: "d",
  cashboxId: "c",
  type,
  reversal: false,
  createdAt: new Date("2026-06-01T10:00:00Z"),
  lines: ids.map((id, i) => ({ lineNo: i + 1, nomenclatureId: id, quantityText: "1.500", total: 100n })),
});

describe("stock CTEs of the device write statement", () => {
  it("move stock by the document type's sign, gated on the journal CTE, keyed by the organization", () => {
    expect(STOCK_SIGN).toEqual({ SALE: -1, SALE_RETURN: 1, PURCHASE: 1, PURCHASE_RETURN: -1 });
    const b = binder();
    const ctes = stockCtes(b.p, "$1", doc("SALE", ["i1", null, "i2"]), "j");
    expect(ctes.map((c) => c.split(" AS ")[0])).toEqual(["st_l", "st_mv", "st_bal_g", "st_bal", "st_bal_t"]);
    // the trade point's figures: on the cashbox's own row (no lock shared with other cashboxes)
    expect(ctes[4]).toMatch(/INSERT INTO "StockTotal"/);
    expect(ctes[4]).toMatch(/SELECT \$1::uuid, g\.tp, \$\d+::uuid/);
    expect(b.values[Number(ctes[4].match(/g\.tp, \$(\d+)::uuid/)![1]) - 1]).toBe("c");
    expect(ctes[0]).toMatch(/FROM j, unnest/);
    expect(ctes[0]).toMatch(/x\.q \* -1/);
    for (const join of ctes.join("\n").match(/JOIN "[A-Za-z]+" \w+ ON [^\n]*/g) ?? [])
      expect(join).toMatch(/"organizationId" = \$1::uuid/);
    // the line without a nomenclature id is not bound at all
    expect(b.values).toContainEqual([1, 3]);
    expect(b.values).toContainEqual(["i1", "i2"]);
  });
  it("a purchase brings its own value and sets the last cost", () => {
    const ctes = stockCtes(binder().p, "$1", doc("PURCHASE", ["i1"]), "j");
    expect(ctes[1]).toMatch(/l\.t,\s+CASE WHEN l\.q > 0 THEN round\(l\.t \/ l\.q\)::bigint END/);
  });
  it("moves nothing for reports, cash operations and receipts of free-text lines only", () => {
    expect(stockCtes(binder().p, "$1", doc("Z_REPORT", []), "j")).toEqual([]);
    expect(stockCtes(binder().p, "$1", doc("CASH_DEPOSIT", []), "j")).toEqual([]);
    expect(stockCtes(binder().p, "$1", doc("SALE", [null, null]), "j")).toEqual([]);
  });
});
