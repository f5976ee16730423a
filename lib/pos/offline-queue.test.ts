// The offline queue alone, on an in-memory store: the chain of deviceSeq/prevHash, what is sent
// in a batch, the 72-hour limit, persistence, and signing with the local business rules.
import { describe, expect, it } from "vitest";
import { OFFLINE_MAX_MS } from "@/lib/fiscal/shift-rules";
import {
  GENESIS_CHAIN,
  infoAfterOffline,
  keySigner,
  memoryStore,
  OFFLINE_LIMIT_MARGIN_MS,
  OfflineQueue,
  offlineLimitAt,
  rechainEntries,
  sealOfflineDocument,
  type SealedDoc,
} from "./offline-queue";
import { TEST_KEY, testCashier, testEntry, testInfo } from "./test-fixtures";
import { WEB_GENESIS_HASH } from "./web-seal";

const sign = keySigner(TEST_KEY);
const T0 = "2026-03-01T12:00:00+03:00";

function filled(n: number) {
  const store = memoryStore();
  const q = new OfflineQueue(store);
  let prev = WEB_GENESIS_HASH;
  for (let i = 1; i <= n; i++) {
    const e = testEntry(i, prev);
    q.append(e);
    prev = e.hash;
  }
  return { q, store };
}

describe("OfflineQueue", () => {
  it("keeps entries in order on one chain and moves the head", () => {
    const { q } = filled(3);
    expect(q.entries.map((e) => e.deviceSeq)).toEqual([1, 2, 3]);
    expect(q.head).toEqual({ deviceSeq: 4, prevHash: "hash-3" });
    expect(q.state.offlineSince).toBe(T0);
  });

  it("refuses an entry that does not continue the chain", () => {
    const { q } = filled(1);
    expect(() => q.append(testEntry(3, "hash-1"))).toThrow(/out of chain/);
    expect(() => q.append(testEntry(2, "other"))).toThrow(/out of chain/);
    expect(q.length).toBe(1);
  });

  it("persists through the store and loads it back", async () => {
    const { store } = filled(2);
    await Promise.resolve();
    const again = new OfflineQueue(store);
    const s = await again.load();
    expect(s.entries.map((e) => e.clientDocId)).toEqual(["doc-1", "doc-2"]);
    expect(s.chain).toEqual({ seq: 2, hash: "hash-2" });
    expect(s.offlineSince).toBe(T0);
    expect(store.data.has("queue") && store.data.has("chain")).toBe(true);
  });

  it("reports every change", () => {
    const seen: number[] = [];
    const q = new OfflineQueue(memoryStore(), (s) => seen.push(s.entries.length));
    q.append(testEntry(1, WEB_GENESIS_HASH));
    q.replace([]);
    expect(seen).toEqual([1, 0]);
  });

  it("makes the batch without hashes and says what stays behind", () => {
    const { q } = filled(5);
    const { batch, body } = q.batch(2);
    expect(batch.map((e) => e.deviceSeq)).toEqual([1, 2]);
    expect(body.documents[0]).not.toHaveProperty("hash");
    expect(body.documents[0]).toMatchObject({ clientDocId: "doc-1", offline: true });
    expect(body.queue).toEqual({ remaining: 3, oldestCreatedAt: T0, offlineSince: T0 });
    expect(q.batch(200).body.queue).toEqual({ remaining: 0, oldestCreatedAt: null, offlineSince: null });
  });

  it("clears the offline start once nothing waits", () => {
    const { q } = filled(2);
    q.replace(q.entries.slice(1));
    expect(q.state.offlineSince).toBe(T0);
    q.replace([]);
    expect(q.state.offlineSince).toBeNull();
  });

  it("follows the server's chain only with nothing queued", () => {
    const q = new OfflineQueue(memoryStore());
    q.followServer({ seq: 7, hash: "server-7" });
    expect(q.head).toEqual({ deviceSeq: 8, prevHash: "server-7" });
    q.append(testEntry(8, "server-7"));
    q.followServer({ seq: 9, hash: "server-9" });
    expect(q.head).toEqual({ deviceSeq: 9, prevHash: "hash-8" });
    q.reset();
    expect(q.state).toMatchObject({ entries: [], chain: GENESIS_CHAIN, offlineSince: null, onlineAt: null });
  });

  it("notes an online contact only with nothing queued", () => {
    const q = new OfflineQueue(memoryStore());
    q.noteOnline(1000);
    expect(q.state.onlineAt).toBe(1000);
    q.append(testEntry(1, WEB_GENESIS_HASH));
    q.noteOnline(5000);
    expect(q.state.onlineAt).toBe(1000);
  });

  it("stops 72 hours (less a minute) after the last online contact", () => {
    const q = new OfflineQueue(memoryStore());
    expect(q.limitAt()).toBeNull();
    q.noteOnline(1_000_000);
    const at = 1_000_000 + OFFLINE_MAX_MS - OFFLINE_LIMIT_MARGIN_MS;
    expect(q.limitAt()).toBe(at);
    expect(q.limitReached(at - 1)).toBe(false);
    expect(q.limitReached(at)).toBe(true);
  });

  it("without an online contact, counts 72 hours from the oldest queued document", () => {
    const e = testEntry(1, WEB_GENESIS_HASH, "2026-03-01T00:00:00Z");
    expect(offlineLimitAt(null, [e])).toBe(Date.parse("2026-03-01T00:00:00Z") + OFFLINE_MAX_MS);
    expect(offlineLimitAt(null, [])).toBeNull();
  });
});

describe("sealOfflineDocument", () => {
  const head = { deviceSeq: 1, prevHash: WEB_GENESIS_HASH };
  const sale = (cash: number) => ({
    type: "sale",
    items: [{ name: "Кофе", unit: { code: "0" }, price: 25000, quantity: "2.000", vatRate: "VAT22" }],
    payments: [{ type: "cash", amount: cash }],
  });

  it("signs a receipt at the head, with its total and what it puts into the drawer", async () => {
    const out = (await sealOfflineDocument(sign, testInfo(), testCashier, head, {
      kind: "receipt",
      clientDocId: "c1",
      createdAt: T0,
      payload: sale(50000),
    })) as SealedDoc;
    expect(out.entry).toMatchObject({
      kind: "receipt",
      clientDocId: "c1",
      deviceSeq: 1,
      prevHash: WEB_GENESIS_HASH,
    });
    expect(out.entry.autonomousSign).toMatch(/^\d{10}$/);
    expect(out.total).toBe(50000);
    expect(out.drawerDelta).toBe(50000);
    const again = await sign(
      {
        cashboxId: testInfo().cashbox.id,
        country: "RU",
        timeZone: "Europe/Moscow",
        cashierId: testCashier.id,
      },
      { kind: "receipt", ...head, createdAt: T0, payload: sale(50000) as never },
    );
    expect(out.entry.hash).toBe(again.hash);
  });

  it("refuses to take more cash than the drawer holds", async () => {
    const out = await sealOfflineDocument(sign, testInfo({ cashInDrawer: 500 }), testCashier, head, {
      kind: "cash_operation",
      clientDocId: "c2",
      createdAt: T0,
      payload: { type: "withdrawal", amount: 600 },
    });
    expect(out).toMatchObject({ code: "INSUFFICIENT_CASH" });
  });

  it("applies the cashier's operation limit", async () => {
    const out = await sealOfflineDocument(sign, testInfo(), { ...testCashier, operationLimit: 100 }, head, {
      kind: "cash_operation",
      clientDocId: "c3",
      createdAt: T0,
      payload: { type: "deposit", amount: 101 },
    });
    expect(out).toMatchObject({ code: "CASHIER_LIMIT_EXCEEDED" });
  });

  it("turns the receipt rules' refusal into the API's error", async () => {
    const out = await sealOfflineDocument(sign, testInfo(), testCashier, head, {
      kind: "receipt",
      clientDocId: "c4",
      createdAt: T0,
      payload: { ...sale(0), payments: [{ type: "card", amount: 99999999 }] },
    });
    expect(out).toMatchObject({ code: expect.stringMatching(/^[A-Z_]+$/) });
    expect("entry" in out).toBe(false);
  });

  it("updates the drawer and the shift as the server will", async () => {
    const info = testInfo({ shift: null, cashInDrawer: 1000 });
    const out = (await sealOfflineDocument(sign, info, testCashier, head, {
      kind: "cash_operation",
      clientDocId: "c5",
      createdAt: T0,
      payload: { type: "deposit", amount: 300 },
    })) as SealedDoc;
    const after = infoAfterOffline(info, out, "Анна");
    expect(after.cashInDrawer).toBe(1300);
    expect(after.shift).toMatchObject({ number: 0, openedBy: "Анна", openingCash: 1000 });
    expect(
      infoAfterOffline(after, { ...out, entry: { ...out.entry, kind: "z_report" } }, "Анна").shift,
    ).toBeNull();
  });
});

describe("rechainEntries", () => {
  it("re-signs entries on a new head, each on the one before", async () => {
    const info = testInfo();
    const first = (await sealOfflineDocument(
      sign,
      info,
      testCashier,
      { deviceSeq: 2, prevHash: "old" },
      {
        kind: "cash_operation",
        clientDocId: "r1",
        createdAt: T0,
        payload: { type: "deposit", amount: 100 },
      },
    )) as SealedDoc;
    const [moved] = await rechainEntries(sign, info, [first.entry], "new-head");
    expect(moved.prevHash).toBe("new-head");
    expect(moved.deviceSeq).toBe(2);
    expect(moved.hash).not.toBe(first.entry.hash);
    const [twice, next] = await rechainEntries(
      sign,
      info,
      [first.entry, { ...first.entry, deviceSeq: 3 }],
      "h",
    );
    expect(next.prevHash).toBe(twice.hash);
  });
});
