// The cashier's reducers alone: which screen, the journal, the offline countdown, and the
// cashier's screen (cart, receipt types, returns, sheets).
import { describe, expect, it } from "vitest";
import { OFFLINE_MAX_MS } from "@/lib/fiscal/shift-rules";
import type { CartLine, DocRecord, NomItem } from "./model";
import { OFFLINE_LIMIT_MARGIN_MS } from "./offline-queue";
import {
  blockAt,
  cashierReducer,
  HISTORY_MAX,
  initialCashierState,
  initialPosState,
  posReducer,
  screenOf,
  type CashierState,
  type PosState,
} from "./state";
import { testEntry, testInfo } from "./test-fixtures";
import { WEB_GENESIS_HASH } from "./web-seal";

const pairing = { token: "kp_test", key: "key" };
const session = {
  sessionToken: "s",
  cashier: { id: "c", name: "Анна", operationLimit: null },
  expiresAt: "2099-01-01T00:00:00Z",
};
const rec = (id: string, over: Partial<DocRecord> = {}): DocRecord => ({
  clientDocId: id,
  kind: "receipt",
  type: "sale",
  createdAt: "2026-03-01T12:00:00+03:00",
  status: "sent",
  serverId: `srv-${id}`,
  number: 1,
  shiftNumber: 1,
  fiscalSign: "0000000001",
  total: 100,
  deviceSeq: null,
  printLines: [],
  qr: null,
  ...over,
});
const item = (id: string, fractional = false): NomItem =>
  ({
    id,
    name: `Товар ${id}`,
    article: null,
    barcodes: [],
    type: "GOOD",
    unit: { id: "u", code: "796", name: fractional ? "кг" : "шт", fractional },
    price: 1000,
    vatRate: { code: "NO_VAT" },
  }) as unknown as NomItem;

describe("posReducer and screenOf", () => {
  it("goes loading → pairing → PIN → cashier and back", () => {
    let s: PosState = initialPosState;
    expect(screenOf(s)).toBe("loading");
    s = posReducer(s, { type: "loaded", state: { ...initialPosState } });
    expect(screenOf(s)).toBe("pair");
    s = posReducer(s, { type: "paired", pairing, info: testInfo() });
    expect(screenOf(s)).toBe("pin");
    s = posReducer(s, { type: "session", session });
    expect(screenOf(s)).toBe("cashier");
    s = posReducer(s, { type: "session", session: null });
    expect(screenOf(s)).toBe("pin");
    s = posReducer(s, { type: "unpaired" });
    expect(screenOf(s)).toBe("pair");
    expect(s.info).toBeNull();
  });

  it("keeps settings and the error through unpairing, and forgets the cashbox's data", () => {
    let s = posReducer(initialPosState, {
      type: "settings",
      settings: { width: 58, autoPrint: true, locale: "kk" },
    });
    s = posReducer(s, { type: "paired", pairing, info: testInfo() });
    s = posReducer(s, { type: "record", record: rec("a") });
    s = posReducer(s, { type: "queue", queue: [testEntry(1, WEB_GENESIS_HASH)], onlineAt: 5 });
    s = posReducer(s, { type: "unpaired" });
    expect(s).toMatchObject({ history: [], queue: [], onlineAt: null, nom: [], session: null });
    expect(s.settings.locale).toBe("kk");
  });

  it("puts a record in place of the one with its clientDocId, else at the end", () => {
    let s = posReducer(initialPosState, { type: "record", record: rec("a") });
    s = posReducer(s, { type: "record", record: rec("b") });
    s = posReducer(s, { type: "record", record: rec("a", { status: "queued" }) });
    expect(s.history.map((h) => [h.clientDocId, h.status])).toEqual([
      ["a", "queued"],
      ["b", "sent"],
    ]);
  });

  it("keeps the newest HISTORY_MAX records", () => {
    const many = Array.from({ length: HISTORY_MAX + 3 }, (_, i) => rec(String(i)));
    const s = posReducer(initialPosState, { type: "history", history: many });
    expect(s.history).toHaveLength(HISTORY_MAX);
    expect(s.history[0].clientDocId).toBe("3");
  });

  it("shows the offline countdown only offline or with documents waiting", () => {
    expect(blockAt({ online: true, queue: [], onlineAt: 1000 })).toBeNull();
    expect(blockAt({ online: false, queue: [], onlineAt: 1000 })).toBe(
      1000 + OFFLINE_MAX_MS - OFFLINE_LIMIT_MARGIN_MS,
    );
    expect(blockAt({ online: false, queue: [], onlineAt: null })).toBeNull();
    const e = testEntry(1, WEB_GENESIS_HASH, "2026-03-01T00:00:00Z");
    expect(blockAt({ online: true, queue: [e], onlineAt: null })).toBe(
      Date.parse("2026-03-01T00:00:00Z") + OFFLINE_MAX_MS,
    );
  });
});

describe("cashierReducer", () => {
  const run = (...actions: Parameters<typeof cashierReducer>[1][]) =>
    actions.reduce<CashierState>(cashierReducer, initialCashierState);

  it("adds a piece item once and counts it up after", () => {
    const s = run({ type: "add", item: item("x"), key: "k1" }, { type: "add", item: item("x"), key: "k2" });
    expect(s.cart).toHaveLength(1);
    expect(s.cart[0]).toMatchObject({ key: "k1", quantity: "2.000", fractional: false });
    expect(s.sheet).toBeNull();
  });

  it("asks the quantity of a weighed item, on a line of its own", () => {
    const s = run(
      { type: "add", item: item("w", true), key: "k1" },
      { type: "add", item: item("w", true), key: "k2" },
    );
    expect(s.cart.map((l) => l.key)).toEqual(["k1", "k2"]);
    expect(s.sheet).toEqual({ kind: "qty", key: "k2" });
  });

  it("starts a new line when the same item has a discount", () => {
    let s = run({ type: "add", item: item("x"), key: "k1" });
    s = cashierReducer(s, { type: "line", line: { ...s.cart[0], discount: 50 } });
    s = cashierReducer(s, { type: "add", item: item("x"), key: "k2" });
    expect(s.cart.map((l) => [l.key, l.quantity])).toEqual([
      ["k1", "1.000"],
      ["k2", "1.000"],
    ]);
  });

  it("edits, removes and clears lines, closing the sheet", () => {
    let s = run(
      { type: "add", item: item("x"), key: "k1" },
      { type: "sheet", sheet: { kind: "qty", key: "k1" } },
    );
    s = cashierReducer(s, { type: "line", line: { ...s.cart[0], quantity: "3.000" } });
    expect(s.cart[0].quantity).toBe("3.000");
    expect(s.sheet).toBeNull();
    s = cashierReducer(s, { type: "addLine", line: { ...s.cart[0], key: "free" } });
    s = cashierReducer(s, { type: "removeLine", key: "k1" });
    expect(s.cart.map((l) => l.key)).toEqual(["free"]);
    expect(cashierReducer(s, { type: "clear" }).cart).toEqual([]);
  });

  it("a return type empties the cart and asks for the receipt; a return mode adds nothing from the catalog", () => {
    const s = run({ type: "add", item: item("x"), key: "k1" }, { type: "mode", mode: "sale_return" });
    expect(s).toMatchObject({
      mode: "sale_return",
      cart: [],
      sheet: { kind: "return", type: "sale_return" },
    });
    expect(cashierReducer(s, { type: "add", item: item("x"), key: "k2" }).cart).toEqual([]);
    expect(run({ type: "mode", mode: "purchase" }).sheet).toBeNull();
  });

  it("closing the return search without a receipt goes back to selling", () => {
    const s = run(
      { type: "mode", mode: "purchase_return" },
      { type: "returnClosed", returnType: "purchase_return" },
    );
    expect(s).toMatchObject({ mode: "purchase", sheet: null });
  });

  it("a picked receipt becomes the basis and its lines the cart; paying returns to selling and shows the document", () => {
    const basis = rec("sold");
    const lines = [{ key: "r1", maxQuantity: 1000 } as CartLine];
    let s = run({ type: "returnFrom", record: basis });
    expect(s).toMatchObject({
      mode: "sale_return",
      sheet: { kind: "return", type: "sale_return", initial: basis },
    });
    s = cashierReducer(s, { type: "returnPicked", returnType: "sale_return", record: basis, lines });
    expect(s).toMatchObject({ mode: "sale_return", basis, cart: lines, sheet: null });
    expect(cashierReducer(s, { type: "returnClosed", returnType: "sale_return" }).mode).toBe("sale_return");
    const done = rec("ret", { type: "sale_return" });
    s = cashierReducer(s, { type: "paid", record: done });
    expect(s).toMatchObject({ mode: "sale", basis: null, cart: [], sheet: { kind: "doc", record: done } });
  });

  it("a purchase goes to a purchase return from the history", () => {
    expect(run({ type: "returnFrom", record: rec("p", { type: "purchase" }) }).mode).toBe("purchase_return");
  });

  it("shows a document with the lines given, and notices", () => {
    const r = rec("x");
    const s = run(
      { type: "done", record: r, lines: [] },
      { type: "notice", notice: "нет" },
      { type: "busy", busy: true },
    );
    expect(s).toMatchObject({ sheet: { kind: "doc", record: r, lines: [] }, notice: "нет", busy: true });
  });
});
