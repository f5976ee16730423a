// «Товарный учёт» (issue 23): every fiscal document type and every stock document moves stock
// correctly (offline batches, cancel-last and returns included), the live balances equal the ones
// rebuilt from the movements after random sequences, and the stock is scoped to its tenant and
// its roles (ACCOUNTANT reads, CASHIER nothing).
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { seedCashbox, seedTenant, seedTradePoint } from "@/prisma/seed/factories";
import { acceptDocument } from "@/lib/device/accept-document";
import { uploadBatch } from "@/lib/device/batch";
import { loadCashier, loadDeviceCashbox, type Cashier, type DeviceCashbox } from "@/lib/device/context";
import { isDeviceError } from "@/lib/device/errors";
import { sealOfflineEntry, type OfflineEntry } from "@/lib/device/offline-sign";
import { encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import { closePool, adminPoolQuery } from "@/lib/db/pool";
import { createStockDocument } from "@/lib/stock/create-stock-document";
import { saveStockLines } from "@/lib/stock/save-stock-lines";
import { postStockDocument } from "@/lib/stock/post-stock-document";
import { reverseStockDocument } from "@/lib/stock/reverse-stock-document";
import { rebuildStock } from "@/lib/stock/rebuild";
import { findStock } from "@/lib/stock/find-stock";
import { findItemMovements } from "@/lib/stock/find-item-movements";
import { getStockDocument } from "@/lib/stock/find-stock-documents";
import { movementReport } from "@/lib/stock/movement-report";
import { setItemStockSettings } from "@/lib/stock/set-item-stock-settings";
import { findUnmatchedLines } from "@/lib/stock/find-unmatched-lines";
import { unsafeNotifyLowStock } from "@/lib/stock/notify-low-stock";
import { ZFindStockQuery, ZMovementReportQuery, type StockDocumentType } from "@/lib/stock/schemas";
import { type TenantContext, unsafeOrganizationId } from "@/lib/tenant/context";
import { ctxFor, db } from "./helpers";

afterAll(() => closePool());

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Box {
  cb: DeviceCashbox;
  key: Buffer;
}

async function setup(cashboxes = 1) {
  const t = await seedTenant(db(), { country: "RU" });
  const tp2 = await seedTradePoint(db(), { organizationId: t.org.id, name: "Склад" });
  const boxes: Box[] = [];
  for (let i = 0; i < cashboxes; i++) {
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: i === 2 ? tp2.id : t.tradePoint.id,
      registrationStatus: "REGISTERED",
      registrationNumber: `00001${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
      paidUntil: new Date(Date.now() + 365 * 86400_000),
    });
    const key = generateDeviceKey();
    await db().cashbox.update({
      where: { organizationId_id: { organizationId: t.org.id, id: cashbox.id } },
      data: { deviceKeyEnc: encryptDeviceKey(key, cashbox.id) },
    });
    boxes.push({ cb: (await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(t.org.id)))!, key });
  }
  const m = await db().membership.findFirstOrThrow({ where: { organizationId: t.org.id, role: "CASHIER" } });
  const cashier = (await loadCashier(unsafeOrganizationId(t.org.id), m.id))!;
  const item = (
    name: string,
    unit: "PIECE" | "KILOGRAM",
    price: number,
    tracksStock = true,
    type: "GOOD" | "SERVICE" = "GOOD",
  ) =>
    db().nomenclatureItem.create({
      data: {
        organizationId: t.org.id,
        name,
        unit,
        price: BigInt(price),
        vatRate: "VAT22",
        tracksStock,
        type,
      },
    });
  const items = {
    bread: await item("Хлеб", "PIECE", 5000),
    cheese: await item("Сыр", "KILOGRAM", 100000),
    untracked: await item("Пакет", "PIECE", 500, false),
    service: await item("Доставка", "PIECE", 30000, false, "SERVICE"),
  };
  const ctx = (role: "OWNER" | "ADMIN" | "ACCOUNTANT" | "CASHIER"): TenantContext =>
    ctxFor({ id: t.org.id, country: "RU", timezone: t.org.timezone }, t.users[role], role);
  return { t, tp1: t.tradePoint.id, tp2: tp2.id, boxes, cashier, items, ctx };
}

type Setup = Awaited<ReturnType<typeof setup>>;

const line = (it: { id: string; name: string; price: bigint }, quantity: string, unit = "0") => ({
  name: it.name,
  nomenclatureId: it.id as string | null,
  unit: { code: unit },
  price: Number(it.price),
  quantity,
  vatRate: "VAT22",
});
const amount = (items: { price: number; quantity: string }[]) =>
  items.reduce((s, i) => s + Math.round(i.price * Number(i.quantity)), 0);

async function send(s: Setup, box: Box, op: "receipt" | "cancel_last", body: Record<string, unknown>) {
  return acceptDocument(box.cb, {
    op,
    body: { clientDocId: randomUUID(), createdAt: new Date().toISOString(), ...body },
    cashier: s.cashier as Cashier,
  });
}
async function receipt(
  s: Setup,
  type: string,
  items: ReturnType<typeof line>[],
  extra: Record<string, unknown> = {},
  box = s.boxes[0],
) {
  const total = amount(items);
  return send(s, box, "receipt", {
    type,
    items,
    payments: [{ type: type.startsWith("purchase") ? "card" : "cash", amount: total }],
    ...extra,
  });
}

async function balance(orgId: string, tp: string, itemId: string) {
  const [r] = await adminPoolQuery<{ q: string; v: string }>(
    `SELECT quantity::text AS q, value::text AS v FROM "StockBalance" WHERE "organizationId" = $1 AND "tradePointId" = $2 AND "itemId" = $3`,
    [orgId, tp, itemId],
  );
  return r ? { q: Number(r.q), v: Number(r.v) } : { q: 0, v: 0 };
}

async function doc(
  s: Setup,
  type: StockDocumentType,
  lines: { itemId: string; quantity: string; costPrice?: string }[],
  extra: Record<string, unknown> = {},
) {
  const ctx = s.ctx("OWNER");
  const d = await createStockDocument(ctx, {
    type,
    tradePointId: s.tp1,
    toTradePointId: type === "TRANSFER" ? s.tp2 : null,
    supplier: type === "RECEIPT" ? "ООО Поставщик" : "",
    reason: type === "WRITE_OFF" ? "Брак" : "",
    comment: "",
    ...extra,
  });
  await saveStockLines(ctx, { documentId: d.id, lines });
  await postStockDocument(ctx, d.id);
  return d;
}

async function snapshot(orgId: string) {
  const balances = await adminPoolQuery<Record<string, string>>(
    `SELECT "tradePointId"::text, "itemId"::text, quantity::text, value::text, "lastCost"::text, "lastCostSeq"::text
       FROM "StockBalance" WHERE "organizationId" = $1 ORDER BY 1, 2`,
    [orgId],
  );
  // the trade points' figures kept beside the balances (a row per writer, summed)
  const totals = await adminPoolQuery<Record<string, string>>(
    `SELECT "tradePointId"::text, sum(value)::text AS value, sum(negative)::text AS negative, sum(positive)::text AS positive
       FROM "StockTotal" WHERE "organizationId" = $1 GROUP BY 1 ORDER BY 1`,
    [orgId],
  );
  const recomputed = await adminPoolQuery<Record<string, string>>(
    `SELECT "tradePointId"::text, sum(value)::text AS value, (count(*) FILTER (WHERE quantity < 0))::text AS negative,
            (count(*) FILTER (WHERE quantity > 0))::text AS positive
       FROM "StockBalance" WHERE "organizationId" = $1 GROUP BY 1 ORDER BY 1`,
    [orgId],
  );
  expect(totals).toEqual(recomputed);
  return { balances, totals };
}

describe("stock moved by fiscal documents", () => {
  it("sale −, return +, purchase +, purchase return −, cancel-last reverses; untracked and free lines move nothing", async () => {
    const s = await setup();
    const { bread, cheese, untracked } = s.items;
    const org = s.t.org.id;
    await doc(s, "RECEIPT", [
      { itemId: bread.id, quantity: "10", costPrice: "30" },
      { itemId: cheese.id, quantity: "5,5", costPrice: "600.00" },
    ]);
    expect(await balance(org, s.tp1, bread.id)).toEqual({ q: 10, v: 30000 });
    expect(await balance(org, s.tp1, cheese.id)).toEqual({ q: 5.5, v: 330000 });

    const free = {
      name: "Без карточки",
      nomenclatureId: null,
      unit: { code: "0" },
      price: 1000,
      quantity: "1",
      vatRate: "VAT22",
    };
    const sale = await receipt(s, "sale", [
      line(bread, "2"),
      line(cheese, "0.250", "11"),
      line(untracked, "1"),
      free,
    ]);
    expect(await balance(org, s.tp1, bread.id)).toEqual({ q: 8, v: 24000 });
    expect(await balance(org, s.tp1, cheese.id)).toEqual({ q: 5.25, v: 315000 });
    expect(await balance(org, s.tp1, untracked.id)).toEqual({ q: 0, v: 0 });
    const unmatched = await findUnmatchedLines(s.ctx("OWNER"), { page: 1 });
    expect(unmatched.rows.map((r) => r.name)).toEqual(["Без карточки"]);

    await receipt(s, "sale_return", [line(bread, "1")], { returnBasis: { receiptId: sale.document.id } });
    expect((await balance(org, s.tp1, bread.id)).q).toBe(9);
    await send(s, s.boxes[0], "cancel_last", {}); // cancels the return: a sale again
    expect((await balance(org, s.tp1, bread.id)).q).toBe(8);

    const purchase = await receipt(s, "purchase", [line({ ...bread, price: 2500n }, "4")]);
    expect(await balance(org, s.tp1, bread.id)).toEqual({ q: 12, v: 34000 });
    await receipt(s, "purchase_return", [line({ ...bread, price: 2500n }, "1")], {
      returnBasis: { receiptId: purchase.document.id },
    });
    expect((await balance(org, s.tp1, bread.id)).q).toBe(11);

    // negative stock is allowed: the sale is never refused
    await receipt(s, "sale", [line(bread, "15")]);
    expect((await balance(org, s.tp1, bread.id)).q).toBe(-4);
    const page = await findStock(s.ctx("OWNER"), ZFindStockQuery.parse({ tp: s.tp1, filter: "negative" }));
    expect(page.rows.map((r) => [r.name, r.quantity, r.negative])).toEqual([["Хлеб", "-4.000", true]]);
    expect(page.summary.negative).toBe(1);

    const card = await findItemMovements(s.ctx("ACCOUNTANT"), bread.id);
    expect(card.movements.map((m) => [m.kind, m.reversal, Number(m.quantity)])).toEqual([
      ["SALE", false, -15],
      ["PURCHASE_RETURN", false, -1],
      ["PURCHASE", false, 4],
      ["SALE", true, -1],
      ["SALE_RETURN", false, 1],
      ["SALE", false, -2],
      ["RECEIPT", false, 10],
    ]);
    expect(await snapshot(org)).toEqual(
      await (async () => (await rebuildStock(unsafeOrganizationId(org)), snapshot(org)))(),
    );
  });

  it("an offline batch moves stock once, its resend not at all", async () => {
    const s = await setup();
    const box = s.boxes[0];
    const { bread } = s.items;
    await doc(s, "RECEIPT", [{ itemId: bread.id, quantity: "10", costPrice: "30" }]);
    await receipt(s, "sale", [line(bread, "1")]); // online first: the journal and the shift exist
    const [head] = await adminPoolQuery<{ seq: bigint; hash: string }>(
      `SELECT "lastDeviceSeq" AS seq, "lastHash" AS hash FROM "CashboxJournal" WHERE "organizationId" = $1 AND "cashboxId" = $2`,
      [s.t.org.id, box.cb.id],
    );
    let seq = Number(head?.seq ?? 0);
    let hash = head?.hash ?? "";
    const documents = [];
    for (const q of ["1", "2"]) {
      seq++;
      const items = [line(bread, q)];
      const entry = {
        kind: "receipt",
        deviceSeq: seq,
        prevHash: hash,
        createdAt: new Date(Date.now() + 1000 * (documents.length + 1)).toISOString(),
        payload: { type: "sale", items, payments: [{ type: "cash", amount: amount(items) }] },
      } as OfflineEntry;
      const sealed = sealOfflineEntry({
        key: box.key,
        cashboxId: box.cb.id,
        country: "RU",
        timeZone: box.cb.org.timezone,
        cashierId: s.cashier.membershipId,
        entry,
      });
      hash = sealed.hash;
      documents.push({
        ...entry,
        clientDocId: randomUUID(),
        offline: true,
        autonomousSign: sealed.autonomousSign,
      });
    }
    const body = { documents, queue: { remaining: 0, oldestCreatedAt: null, offlineSince: null } };
    const res = await uploadBatch(box.cb, s.cashier, body, new Date());
    expect(res.results.map((r) => r.status)).toEqual(["accepted", "accepted"]);
    expect((await balance(s.t.org.id, s.tp1, bread.id)).q).toBe(6);
    const again = await uploadBatch(box.cb, s.cashier, body, new Date());
    expect(again.results.map((r) => r.status)).toEqual(["duplicate", "duplicate"]);
    expect((await balance(s.t.org.id, s.tp1, bread.id)).q).toBe(6);
  });

  it("switching tracking off stops movements; a service cannot track stock", async () => {
    const s = await setup();
    const { bread, service } = s.items;
    await setItemStockSettings(s.ctx("ADMIN"), { itemId: bread.id, tracksStock: false, stockMin: "" });
    await receipt(s, "sale", [line(bread, "1")]);
    expect(await balance(s.t.org.id, s.tp1, bread.id)).toEqual({ q: 0, v: 0 });
    await expect(
      setItemStockSettings(s.ctx("ADMIN"), { itemId: service.id, tracksStock: true, stockMin: "" }),
    ).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
    await expect(
      db().nomenclatureItem.update({
        where: { organizationId_id: { organizationId: service.organizationId, id: service.id } },
        data: { tracksStock: true },
      }),
    ).rejects.toThrow();
  });
});

describe("stock documents", () => {
  it("write-off, transfer and a count post their movements; a reversal negates them; posted documents never change", async () => {
    const s = await setup();
    const { bread, cheese, untracked } = s.items;
    const org = s.t.org.id;
    const owner = s.ctx("OWNER");
    await doc(s, "RECEIPT", [
      { itemId: bread.id, quantity: "10", costPrice: "30" },
      { itemId: cheese.id, quantity: "2", costPrice: "500" },
    ]);
    await doc(s, "WRITE_OFF", [{ itemId: bread.id, quantity: "1" }]);
    expect(await balance(org, s.tp1, bread.id)).toEqual({ q: 9, v: 27000 });
    await doc(s, "TRANSFER", [{ itemId: bread.id, quantity: "3" }]);
    expect(await balance(org, s.tp1, bread.id)).toEqual({ q: 6, v: 18000 });
    expect(await balance(org, s.tp2, bread.id)).toEqual({ q: 3, v: 9000 });

    // a count: bread 6 on the books, 4 on the shelf; cheese 2 → 2.5
    const count = await doc(s, "COUNT", [
      { itemId: bread.id, quantity: "4" },
      { itemId: cheese.id, quantity: "2.5" },
    ]);
    expect(await balance(org, s.tp1, bread.id)).toEqual({ q: 4, v: 12000 });
    expect(await balance(org, s.tp1, cheese.id)).toEqual({ q: 2.5, v: 125000 });
    const posted = await getStockDocument(owner, count.id);
    expect(posted.status).toBe("POSTED");
    expect(posted.lineItems.map((l) => [l.quantity, l.bookQuantity])).toEqual([
      ["4.000", "6.000"],
      ["2.500", "2.000"],
    ]);
    await expect(postStockDocument(owner, count.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(saveStockLines(owner, { documentId: count.id, lines: [] })).rejects.toMatchObject({
      code: "CONFLICT",
    });

    const rev = await reverseStockDocument(owner, count.id);
    expect(await balance(org, s.tp1, bread.id)).toEqual({ q: 6, v: 18000 });
    expect(await balance(org, s.tp1, cheese.id)).toEqual({ q: 2, v: 100000 });
    await expect(reverseStockDocument(owner, count.id)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(reverseStockDocument(owner, rev.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await getStockDocument(owner, count.id)).reversedByNumber).toBe(rev.number);

    // lines are checked strictly, never rounded or dropped
    const d = await createStockDocument(owner, {
      type: "RECEIPT",
      tradePointId: s.tp1,
      toTradePointId: null,
      supplier: "",
      reason: "",
      comment: "",
    });
    for (const bad of [
      [{ itemId: bread.id, quantity: "1.5", costPrice: "10" }],
      [{ itemId: bread.id, quantity: "1", costPrice: "10.555" }],
      [{ itemId: cheese.id, quantity: "1.2345", costPrice: "10" }],
      [{ itemId: untracked.id, quantity: "1", costPrice: "10" }],
      [{ itemId: randomUUID(), quantity: "1", costPrice: "10" }],
    ])
      await expect(saveStockLines(owner, { documentId: d.id, lines: bad })).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
      });
    await expect(postStockDocument(owner, d.id)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });

    const journal = await db().auditLog.findMany({
      where: { organizationId: org, objectType: "stockDocument" },
      select: { action: true },
    });
    expect(new Set(journal.map((j) => j.action))).toEqual(
      new Set([
        "stock.document.create",
        "stock.document.lines",
        "stock.document.post",
        "stock.document.reverse",
      ]),
    );
    expect(await snapshot(org)).toEqual(
      await (async () => (await rebuildStock(unsafeOrganizationId(org)), snapshot(org)))(),
    );
  });

  it("the movement report's opening + in − out = closing, and it agrees with the documents", async () => {
    const s = await setup();
    const { bread } = s.items;
    await doc(s, "RECEIPT", [{ itemId: bread.id, quantity: "10", costPrice: "30" }]);
    await receipt(s, "sale", [line(bread, "2")]);
    await doc(s, "COUNT", [{ itemId: bread.id, quantity: "7" }]);
    const r = await movementReport(s.ctx("ACCOUNTANT"), ZMovementReportQuery.parse({}));
    expect(r.rows.map((x) => [x.name, x.opening, x.in, x.out, x.closing, x.closingValue])).toEqual([
      ["Хлеб", "0.000", "10.000", "3.000", "7.000", 21000],
    ]);
    // a period that ended before everything: nothing moved, nothing held
    const past = await movementReport(
      s.ctx("OWNER"),
      ZMovementReportQuery.parse({ from: "2020-01-01", to: "2020-01-31" }),
    );
    expect(past.rows).toEqual([]);
  });
});

describe("low-stock notification", () => {
  it("tells the bell once per item, trade point and day while the balance is below its minimum", async () => {
    const s = await setup();
    const { bread, cheese } = s.items;
    await setItemStockSettings(s.ctx("OWNER"), { itemId: bread.id, tracksStock: true, stockMin: "5" });
    await setItemStockSettings(s.ctx("OWNER"), { itemId: cheese.id, tracksStock: true, stockMin: "1,5" });
    await doc(s, "RECEIPT", [
      { itemId: bread.id, quantity: "3", costPrice: "30" },
      { itemId: cheese.id, quantity: "2", costPrice: "300" },
    ]);
    const now = new Date();
    expect(await unsafeNotifyLowStock(now, s.t.org.id)).toBe(1);
    expect(await unsafeNotifyLowStock(now, s.t.org.id)).toBe(0);
    const [n] = await db().notification.findMany({
      where: { organizationId: s.t.org.id, kind: "STOCK_LOW" },
    });
    expect(n.params).toMatchObject({ item: "Хлеб", itemId: bread.id, quantity: "3", min: "5" });
    const page = await findStock(s.ctx("ACCOUNTANT"), ZFindStockQuery.parse({ tp: s.tp1, filter: "low" }));
    // the other point never stocked them: not «below minimum» there
    expect(
      (await findStock(s.ctx("ACCOUNTANT"), ZFindStockQuery.parse({ tp: s.tp2, filter: "low" }))).rows,
    ).toEqual([]);
    expect(page.rows.map((r) => [r.name, r.low])).toEqual([["Хлеб", true]]);
    expect(page.summary.low).toBe(1);
  });
});

describe("stock tenancy and roles", () => {
  it("another organization's documents and items are not found; ACCOUNTANT reads, CASHIER nothing", async () => {
    const a = await setup();
    const b = await setup();
    const d = await doc(a, "RECEIPT", [{ itemId: a.items.bread.id, quantity: "1", costPrice: "1" }]);
    const foreign = b.ctx("OWNER");
    await expect(getStockDocument(foreign, d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(reverseStockDocument(foreign, d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(postStockDocument(foreign, d.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findItemMovements(foreign, a.items.bread.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(findStock(foreign, ZFindStockQuery.parse({ tp: a.tp1 }))).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      createStockDocument(foreign, {
        type: "RECEIPT",
        tradePointId: a.tp1,
        toTradePointId: null,
        supplier: "",
        reason: "",
        comment: "",
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // b's own stock list does not see a's items
    expect((await findStock(foreign, ZFindStockQuery.parse({}))).rows.map((r) => r.name).sort()).toEqual([
      "Сыр",
      "Хлеб",
    ]);
    expect(
      (await findStock(b.ctx("OWNER"), ZFindStockQuery.parse({}))).rows.every((r) => r.quantity === "0.000"),
    ).toBe(true);

    const acc = a.ctx("ACCOUNTANT");
    expect((await getStockDocument(acc, d.id)).number).toBe(d.number);
    await expect(reverseStockDocument(acc, d.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      createStockDocument(acc, {
        type: "RECEIPT",
        tradePointId: a.tp1,
        toTradePointId: null,
        supplier: "",
        reason: "",
        comment: "",
      }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    const cashier = a.ctx("CASHIER");
    await expect(findStock(cashier, ZFindStockQuery.parse({}))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(getStockDocument(cashier, d.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(movementReport(cashier, ZMovementReportQuery.parse({}))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("live balances equal the rebuilt ones", () => {
  for (const seed of [11, 12, 13]) {
    it(`after a random sequence of documents (seed ${seed})`, async () => {
      const rnd = prng(seed);
      const s = await setup(3);
      const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
      const goods = [s.items.bread, s.items.cheese, s.items.untracked];
      const qty = (it: { unit: string }) =>
        it.unit === "KILOGRAM"
          ? (0.1 + Math.floor(rnd() * 2000) / 1000).toFixed(3)
          : String(1 + Math.floor(rnd() * 3));
      const sales: { box: Box; id: string; items: ReturnType<typeof line>[] }[] = [];
      const postedDocs: string[] = [];
      const tryIt = async <T>(f: () => Promise<T>) => {
        try {
          return await f();
        } catch (e) {
          if (isDeviceError(e) || (e as { code?: string }).code === "CONFLICT") return null;
          throw e;
        }
      };
      for (let i = 0; i < 80; i++) {
        const box = pick(s.boxes);
        const roll = rnd();
        const items = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
          const it = pick(goods);
          return line(it, qty(it), it.unit === "KILOGRAM" ? "11" : "0");
        });
        if (roll < 0.35) {
          const r = await tryIt(() => receipt(s, "sale", items, {}, box));
          if (r) sales.push({ box, id: r.document.id, items });
        } else if (roll < 0.45 && sales.length > 0) {
          const b = pick(sales);
          await tryIt(() =>
            receipt(s, "sale_return", [b.items[0]], { returnBasis: { receiptId: b.id } }, b.box),
          );
        } else if (roll < 0.55) {
          await tryIt(() => receipt(s, "purchase", items, {}, box));
        } else if (roll < 0.65) {
          await tryIt(() => send(s, box, "cancel_last", {}));
        } else {
          const type = pick(["RECEIPT", "WRITE_OFF", "TRANSFER", "COUNT"] as const);
          const lines = [s.items.bread, s.items.cheese]
            .filter(() => rnd() < 0.7)
            .map((it) => ({
              itemId: it.id,
              quantity: qty(it),
              costPrice: type === "RECEIPT" ? String(10 + Math.floor(rnd() * 100)) : undefined,
            }));
          if (lines.length === 0) continue;
          const d = await doc(s, type, lines);
          postedDocs.push(d.id);
          if (rnd() < 0.2) await tryIt(() => reverseStockDocument(s.ctx("OWNER"), pick(postedDocs)));
        }
      }
      const org = s.t.org.id;
      // every tracked line of every receipt moved stock exactly once, with the document type's sign
      const [check] = await adminPoolQuery<{ bad: number; n: number }>(
        `WITH expected AS (
           SELECT d.id, l."lineNo", l.quantity * CASE WHEN d.type IN ('SALE', 'PURCHASE_RETURN') THEN -1 ELSE 1 END AS q
             FROM "FiscalDocument" d
             JOIN "ReceiptLine" l ON l."organizationId" = d."organizationId" AND l."documentId" = d.id
             JOIN "NomenclatureItem" i ON i."organizationId" = d."organizationId" AND i.id = l."nomenclatureId" AND i."tracksStock"
            WHERE d."organizationId" = $1)
         SELECT (count(*) FILTER (WHERE m.quantity IS DISTINCT FROM e.q))::int AS bad, count(*)::int AS n
           FROM expected e FULL JOIN (SELECT * FROM "StockMovement" WHERE "organizationId" = $1 AND "fiscalDocumentId" IS NOT NULL) m
             ON m."fiscalDocumentId" = e.id AND m."fiscalLineNo" = e."lineNo"`,
        [org],
      );
      expect(check.bad).toBe(0);
      expect(check.n).toBeGreaterThan(20);
      const live = await snapshot(org);
      await rebuildStock(unsafeOrganizationId(org));
      expect(live).toEqual(await snapshot(org));
      expect(live.balances.length).toBeGreaterThanOrEqual(3);
    }, 120_000);
  }
});

describe("«Остатки» pages", () => {
  it("every sort, filter, search and page equals the plain join of items and balances; the summary too", async () => {
    const s = await setup();
    const org = s.t.org.id;
    // items: duplicate names (ties broken by id), unlisted ones (not tracked, archived), minimums;
    // balances below, at and above zero, values of either sign or zero, and items without a balance
    await adminPoolQuery(
      `INSERT INTO "NomenclatureItem" ("organizationId", name, article, unit, price, "vatRate", "tracksStock", "archivedAt", "stockMin", section)
       SELECT $1::uuid, 'Товар ' || (g % 23), 'R' || g, 'PIECE', 1000, 'VAT22', g % 9 <> 0, CASE WHEN g % 13 = 0 THEN now() END,
              CASE WHEN g % 4 = 0 THEN g % 7 END, CASE WHEN g % 3 = 0 THEN 'A' ELSE 'B' END
         FROM generate_series(1, 70) g`,
      [org],
    );
    for (const [k, tp] of [s.tp1, s.tp2].entries()) {
      const [{ id }] = await adminPoolQuery<{ id: string }>(
        `INSERT INTO "StockDocument" ("organizationId", number, type, status, "tradePointId", "postedAt")
         VALUES ($1, $2, 'RECEIPT', 'POSTED', $3, now()) RETURNING id::text`,
        [org, 100 + k, tp],
      );
      await adminPoolQuery(
        `INSERT INTO "StockMovement" ("organizationId", "tradePointId", "itemId", kind, quantity, value, at, "stockDocumentId", "stockLineNo")
         SELECT $1::uuid, $2::uuid, i.id, 'RECEIPT', (n * 37 + $4::int) % 21 - 8, ((n * 53 + $4::int) % 15 - 5) * 100, now(), $3::uuid, n
           FROM (SELECT id, row_number() OVER (ORDER BY article) AS n FROM "NomenclatureItem" WHERE "organizationId" = $1::uuid AND article LIKE 'R%') i
          WHERE (n + $4::int) % 5 <> 0`,
        [org, tp, id, k],
      );
    }
    const [{ id: coded }] = await adminPoolQuery<{ id: string }>(
      `SELECT id::text FROM "NomenclatureItem" WHERE "organizationId" = $1 AND article = 'R7'`,
      [org],
    );
    await adminPoolQuery(
      `INSERT INTO "NomenclatureBarcode" ("organizationId", barcode, "itemId") VALUES ($1, '4600000000007', $2)`,
      [org, coded],
    );
    await rebuildStock(unsafeOrganizationId(org));
    // one movement more through the device path and one through a stock document (the totals' deltas)
    await receipt(s, "sale", [line(s.items.bread, "3")]);
    await doc(s, "RECEIPT", [{ itemId: s.items.cheese.id, quantity: "2", costPrice: "10" }]);

    const ORDER = {
      name: `i.name ASC, i.id`,
      "-name": `i.name DESC, i.id`,
      quantity: `COALESCE(b.quantity, 0) ASC, i.name, i.id`,
      "-quantity": `COALESCE(b.quantity, 0) DESC, i.name, i.id`,
      value: `COALESCE(b.value, 0) ASC, i.name, i.id`,
      "-value": `COALESCE(b.value, 0) DESC, i.name, i.id`,
    } as const;
    const FILTER = {
      all: "",
      low: `AND b.quantity < i."stockMin"`,
      negative: `AND b.quantity < 0`,
      positive: `AND b.quantity > 0`,
    } as const;
    const ctx = s.ctx("OWNER");
    let compared = 0;
    for (const tp of [s.tp1, s.tp2]) {
      const [ref] = await adminPoolQuery<{ value: string; negative: number; low: number }>(
        `SELECT COALESCE(sum(b.value), 0)::text AS value, (count(*) FILTER (WHERE b.quantity < 0))::int AS negative,
                (count(*) FILTER (WHERE b.quantity < i."stockMin"))::int AS low
           FROM "NomenclatureItem" i JOIN "StockBalance" b ON b."organizationId" = $1 AND b."tradePointId" = $2 AND b."itemId" = i.id
          WHERE i."organizationId" = $1 AND i."tracksStock" AND i."archivedAt" IS NULL`,
        [org, tp],
      );
      expect(ref.negative).toBeGreaterThan(0);
      expect(ref.low).toBeGreaterThan(0);
      for (const q of [undefined, "товар 1", "4600000000007", "R1"])
        for (const section of [undefined, "A"])
          for (const filter of ["all", "low", "negative", "positive"] as const)
            for (const sort of ["name", "-name", "quantity", "-quantity", "value", "-value"] as const) {
              const args: unknown[] = [org, tp];
              let where = "";
              if (q) {
                args.push(`%${q}%`, q);
                where += ` AND (i.name ILIKE $3 OR i.article ILIKE $3 OR EXISTS (SELECT 1 FROM "NomenclatureBarcode" c
                  WHERE c."organizationId" = $1::uuid AND c.barcode = $4 AND c."itemId" = i.id))`;
              }
              if (section) {
                args.push(section);
                where += ` AND i.section = $${args.length}`;
              }
              const all = await adminPoolQuery<{ itemId: string; q: string; v: string; low: boolean }>(
                `SELECT i.id::text AS "itemId", COALESCE(b.quantity, 0)::numeric(16,3)::text AS q, COALESCE(b.value, 0)::text AS v,
                        COALESCE(b.quantity < i."stockMin", false) AS low
                   FROM "NomenclatureItem" i
                   LEFT JOIN "StockBalance" b ON b."organizationId" = $1::uuid AND b."tradePointId" = $2::uuid AND b."itemId" = i.id
                  WHERE i."organizationId" = $1::uuid AND i."tracksStock" AND i."archivedAt" IS NULL ${where} ${FILTER[filter]}
                  ORDER BY ${ORDER[sort]}`,
                args,
              );
              const pages = Math.max(1, Math.ceil(all.length / 10));
              for (let page = 1; page <= pages + 1; page++) {
                const got = await findStock(
                  ctx,
                  ZFindStockQuery.parse({ tp, q, section, filter, sort, page, pageSize: 10 }),
                );
                const label = JSON.stringify({ tp, q, section, filter, sort, page });
                expect(
                  got.rows.map((r) => ({ itemId: r.itemId, q: r.quantity, v: String(r.value), low: r.low })),
                  label,
                ).toEqual(all.slice((page - 1) * 10, page * 10));
                expect(got.total, label).toBe(all.length);
                expect(got.summary, label).toEqual({
                  value: Number(ref.value),
                  negative: ref.negative,
                  low: ref.low,
                });
                compared++;
              }
            }
    }
    expect(compared).toBeGreaterThan(400);
  }, 240_000);
});
