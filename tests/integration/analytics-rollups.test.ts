// The analytics rollups kept in each document's transaction equal the ones recomputed from the
// documents, after random sequences of sales, returns, purchases, cash operations, offline
// batches (and their resends), cancel-last and retries, on several cashboxes by several cashiers,
// across local midnight in a non-UTC timezone. Documents go through acceptDocument / uploadBatch.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { seedCashbox, seedMembership, seedTenant, seedUser } from "@/prisma/seed/factories";
import { acceptDocument } from "@/lib/device/accept-document";
import { uploadBatch } from "@/lib/device/batch";
import { autoCloseShift } from "@/lib/device/maintenance";
import { loadCashier, loadDeviceCashbox, type Cashier, type DeviceCashbox } from "@/lib/device/context";
import { isDeviceError } from "@/lib/device/errors";
import { sealOfflineEntry, type OfflineEntry } from "@/lib/device/offline-sign";
import { encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import { rebuildRollups } from "@/lib/analytics/rebuild";
import { closePool, adminPoolQuery } from "@/lib/db/pool";
import { db } from "./helpers";
import { unsafeOrganizationId } from "@/lib/tenant/context";

afterAll(() => closePool());

/** mulberry32: a seeded PRNG, so a failing sequence can be replayed from its seed */
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
  sales: { id: string; total: number; item: Record<string, unknown> }[];
  purchases: { id: string; total: number; item: Record<string, unknown> }[];
}

const GOODS = [
  { name: "Хлеб", unit: { code: "0" }, price: 4500, quantity: "1", vatRate: "VAT10" },
  { name: "Молоко 3,2%", unit: { code: "0" }, price: 8990, quantity: "2", vatRate: "VAT10" },
  { name: "Сыр", unit: { code: "11" }, price: 99000, quantity: "0.350", vatRate: "VAT10" },
  { name: "Кофе", unit: { code: "0" }, price: 25000, quantity: "1", vatRate: "VAT22", discount: 2000 },
];

async function snapshot(orgId: string) {
  const q = (sql: string) => adminPoolQuery<Record<string, unknown>>(sql, [orgId]);
  const text = (rows: Record<string, unknown>[]) =>
    rows.map((r) => JSON.stringify(r, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
  return {
    day: text(
      await q(`SELECT day::text, "cashboxId", type::text, reversal, "cashierName", count, total, cash, card, change, discount, vat,
                      "cashOnly", "cardOnly", mixed FROM "AnalyticsDay" WHERE "organizationId" = $1 ORDER BY 1, 2, 3, 4, 5`),
    ),
    hours: text(
      await q(`SELECT day::text, "cashboxId", receipts::text, revenue::text FROM "AnalyticsHours"
                WHERE "organizationId" = $1 ORDER BY 1, 2`),
    ),
    weekHours: text(
      await q(`SELECT month::text, "cashboxId", receipts::text, revenue::text FROM "AnalyticsWeekHours"
                WHERE "organizationId" = $1 ORDER BY 1, 2`),
    ),
    itemDay: text(
      await q(`SELECT day::text, "cashboxId", "itemKey", name, "unitCode", quantity::text, revenue,
                      "soldQuantity"::text, "soldAmount", "returnedQuantity"::text, "returnedAmount" FROM "AnalyticsItemDay"
                WHERE "organizationId" = $1 ORDER BY 1, 2, 3`),
    ),
    itemMonth: text(
      await q(`SELECT month::text, "cashboxId", "itemKey", name, "unitCode", quantity::text, revenue,
                      "soldQuantity"::text, "soldAmount", "returnedQuantity"::text, "returnedAmount" FROM "AnalyticsItemMonth"
                WHERE "organizationId" = $1 ORDER BY 1, 2, 3`),
    ),
  };
}

/** AnalyticsHours folded into AnalyticsWeekHours' shape (the migration's backfill does the same). */
async function weekHoursFromDays(orgId: string) {
  const rows = await adminPoolQuery<Record<string, unknown>>(
    `SELECT k.month::text, k."cashboxId", array_agg(COALESCE(s.r, 0)::int ORDER BY g.i)::text AS receipts,
            array_agg(COALESCE(s.v, 0)::bigint ORDER BY g.i)::text AS revenue
       FROM (SELECT DISTINCT date_trunc('month', day)::date AS month, "cashboxId" FROM "AnalyticsHours" WHERE "organizationId" = $1) k
      CROSS JOIN generate_series(1, 168) g(i)
       LEFT JOIN (SELECT date_trunc('month', h.day)::date AS month, h."cashboxId",
                         (extract(isodow FROM h.day)::int - 1) * 24 + u.n AS i, sum(u.r) AS r, sum(u.v) AS v
                    FROM "AnalyticsHours" h, unnest(h.receipts, h.revenue) WITH ORDINALITY AS u(r, v, n)
                   WHERE h."organizationId" = $1 GROUP BY 1, 2, 3) s
         ON s.month = k.month AND s."cashboxId" = k."cashboxId" AND s.i = g.i
      GROUP BY k.month, k."cashboxId" ORDER BY 1, 2`,
    [orgId],
  );
  return rows.map((r) => JSON.stringify(r));
}

async function setup(cashboxes: number) {
  const t = await seedTenant(db(), { country: "RU" });
  await db().organization.updateMany({ where: { id: t.org.id }, data: { timezone: "Asia/Yekaterinburg" } });
  const boxes: Box[] = [];
  for (let i = 0; i < cashboxes; i++) {
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "REGISTERED",
      registrationNumber: `00001${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
      paidUntil: new Date(Date.now() + 365 * 86400_000),
    });
    const key = generateDeviceKey();
    await db().cashbox.updateMany({
      where: { id: cashbox.id },
      data: { deviceKeyEnc: encryptDeviceKey(key, cashbox.id) },
    });
    boxes.push({
      cb: (await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(cashbox.organizationId)))!,
      key,
      sales: [],
      purchases: [],
    });
  }
  const m = await db().membership.findFirstOrThrow({ where: { organizationId: t.org.id, role: "CASHIER" } });
  const cashier = (await loadCashier(unsafeOrganizationId(t.org.id), m.id))!;
  // two more cashiers (the cashier report's key): the day rollup must split by the name each document snapshots
  const cashiers = [cashier];
  for (const name of ["Анна Кассир", "Борис Кассир"]) {
    const u = await seedUser(db(), { name });
    const other = await seedMembership(db(), {
      organizationId: t.org.id,
      userId: u.id,
      role: "CASHIER",
      pin: "1234",
    });
    cashiers.push((await loadCashier(unsafeOrganizationId(t.org.id), other.id))!);
  }
  return { orgId: t.org.id, boxes, cashier, cashiers };
}

/** Runs `steps` random operations; returns how many documents were stored (for sanity). */
async function randomSequence(seed: number, steps: number) {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const { orgId, boxes, cashiers } = await setup(3);
  // start 3 h before the last local midnight (Asia/Yekaterinburg = UTC+5) and walk past it
  const now = new Date();
  const localMidnightUtc = new Date(
    Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) - 5 * 3600_000,
  );
  let clock =
    (localMidnightUtc > now ? localMidnightUtc.getTime() - 86400_000 : localMidnightUtc.getTime()) -
    3 * 3600_000;
  const tick = () => (clock += Math.floor(rnd() * 180_000) + 5_000);
  const sent: {
    box: Box;
    op: Parameters<typeof acceptDocument>[1]["op"];
    body: Record<string, unknown>;
    cashier: Cashier;
  }[] = [];
  const batches: { box: Box; body: unknown; cashier: Cashier }[] = [];
  // who works the step (a retry or a resent batch goes out under the cashier of the first request)
  let cashier = cashiers[0];

  const send = async (
    box: Box,
    op: Parameters<typeof acceptDocument>[1]["op"],
    body: Record<string, unknown>,
    who: Cashier = cashier,
  ) => {
    sent.push({ box, op, body, cashier: who });
    try {
      return await acceptDocument(box.cb, { op, body, cashier: who }, { now: new Date(clock + 1000) });
    } catch (e) {
      if (isDeviceError(e)) return null; // a refusal the rules make (insufficient cash, nothing to cancel…)
      throw e;
    }
  };
  const receiptBody = (type: string, extra: Record<string, unknown> = {}) => {
    const items = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(GOODS));
    if (rnd() < 0.2) items.push(items[0]); // the same good twice in one receipt
    const total = items.reduce(
      (s, it) =>
        s + Math.round(it.price * Number(it.quantity)) - ((it as { discount?: number }).discount ?? 0),
      0,
    );
    const mode = rnd();
    const payments =
      mode < 0.45
        ? [{ type: "cash", amount: total }]
        : mode < 0.8
          ? [{ type: "card", amount: total }]
          : [
              { type: "cash", amount: Math.floor(total / 2) },
              { type: "card", amount: total - Math.floor(total / 2) },
            ];
    return { type, items, payments, total, ...extra };
  };
  const record = (
    box: Box,
    kind: "sales" | "purchases",
    r: Awaited<ReturnType<typeof send>>,
    body: { total: number; items: unknown[] },
  ) => {
    if (r && !r.replayed)
      box[kind].push({
        id: r.document.id,
        total: body.total,
        item: body.items[0] as Record<string, unknown>,
      });
  };

  for (let i = 0; i < steps; i++) {
    const box = pick(boxes);
    cashier = pick(cashiers);
    const at = new Date(tick()).toISOString();
    const roll = rnd();
    if (roll < 0.35) {
      const { total, ...body } = receiptBody("sale");
      const r = await send(box, "receipt", { clientDocId: randomUUID(), createdAt: at, ...body });
      record(box, "sales", r, { total, items: body.items });
    } else if (roll < 0.45 && box.sales.length > 0) {
      const basis = pick(box.sales);
      const item = { ...basis.item, quantity: "1", discount: 0 };
      const price = basis.item.price as number;
      if (price <= basis.total)
        await send(box, "receipt", {
          clientDocId: randomUUID(),
          createdAt: at,
          type: "sale_return",
          items: [item],
          payments: [{ type: "card", amount: price }],
          returnBasis: { receiptId: basis.id },
        });
    } else if (roll < 0.52) {
      const { total, ...body } = receiptBody("purchase");
      const r = await send(box, "receipt", {
        clientDocId: randomUUID(),
        createdAt: at,
        ...body,
        payments: [{ type: "card", amount: total }],
      });
      record(box, "purchases", r, { total, items: body.items });
    } else if (roll < 0.56 && box.purchases.length > 0) {
      const basis = pick(box.purchases);
      await send(box, "receipt", {
        clientDocId: randomUUID(),
        createdAt: at,
        type: "purchase_return",
        items: [{ ...basis.item, quantity: "1", discount: 0, price: 100 }],
        payments: [{ type: "cash", amount: 100 }],
        returnBasis: { receiptId: basis.id },
      });
    } else if (roll < 0.64) {
      await send(box, "cash_operation", {
        clientDocId: randomUUID(),
        createdAt: at,
        type: rnd() < 0.6 ? "deposit" : "withdrawal",
        amount: 1000 + Math.floor(rnd() * 50_000),
      });
    } else if (roll < 0.74) {
      await send(box, "cancel_last", { clientDocId: randomUUID(), createdAt: at });
    } else if (roll < 0.82 && sent.length > 0) {
      // a retry: the same request again (answered from the first document, nothing stored)
      const prev = pick(sent);
      await send(prev.box, prev.op, prev.body, prev.cashier);
    } else if (roll < 0.86) {
      const r = rnd();
      if (r < 0.3) {
        // the scheduled job's Z-report (server-made, outside the device chain)
        const [j] = await adminPoolQuery<{ shiftId: string | null }>(
          `SELECT "currentShiftId"::text AS "shiftId" FROM "CashboxJournal" WHERE "organizationId" = $1 AND "cashboxId" = $2`,
          [orgId, box.cb.id],
        );
        if (j?.shiftId)
          await autoCloseShift(unsafeOrganizationId(orgId), box.cb.id, j.shiftId, new Date(clock));
      } else await send(box, r < 0.6 ? "z_report" : "x_report", { clientDocId: randomUUID(), createdAt: at });
    } else if (roll < 0.96) {
      // an offline batch of 1–3 receipts and cash operations chained from the journal head
      const [head] = await adminPoolQuery<{ seq: bigint; hash: string }>(
        `SELECT "lastDeviceSeq" AS seq, "lastHash" AS hash FROM "CashboxJournal" WHERE "organizationId" = $1 AND "cashboxId" = $2`,
        [orgId, box.cb.id],
      );
      let seq = Number(head?.seq ?? 0);
      let hash = head?.hash ?? "";
      if (!head) continue;
      const documents = [];
      for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) {
        seq++;
        const createdAt = new Date(tick()).toISOString();
        const entry = (
          rnd() < 0.75
            ? (() => {
                const { total: _t, ...payload } = receiptBody(rnd() < 0.85 ? "sale" : "purchase");
                void _t;
                if (payload.type === "purchase") payload.payments = [{ type: "card", amount: _t }];
                return { kind: "receipt", deviceSeq: seq, prevHash: hash, createdAt, payload };
              })()
            : {
                kind: "cash_operation",
                deviceSeq: seq,
                prevHash: hash,
                createdAt,
                payload: { type: "deposit", amount: 5000 },
              }
        ) as OfflineEntry;
        const sealed = sealOfflineEntry({
          key: box.key,
          cashboxId: box.cb.id,
          country: "RU",
          timeZone: box.cb.org.timezone,
          cashierId: cashier.membershipId,
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
      batches.push({ box, body, cashier });
      const res = await uploadBatch(box.cb, cashier, body, new Date(clock + 1000));
      for (const r of res.results) expect(r.status, JSON.stringify(r.error)).toBe("accepted");
    } else if (batches.length > 0) {
      // the whole batch sent again: every entry a duplicate
      const b = pick(batches);
      const res = await uploadBatch(b.box.cb, b.cashier, b.body, new Date(clock + 1000));
      for (const r of res.results) expect(r.status).toBe("duplicate");
    }
  }
  const [{ n }] = await adminPoolQuery<{ n: bigint }>(
    `SELECT count(*) AS n FROM "FiscalDocument" WHERE "organizationId" = $1`,
    [orgId],
  );
  return { orgId, documents: Number(n) };
}

describe("analytics rollups", () => {
  for (const seed of [1, 2, 3]) {
    it(`equal the rebuilt ones after a random sequence (seed ${seed})`, async () => {
      const { orgId, documents } = await randomSequence(seed, 120);
      expect(documents).toBeGreaterThan(60);
      const incremental = await snapshot(orgId);
      await rebuildRollups(unsafeOrganizationId(orgId));
      const rebuilt = await snapshot(orgId);
      expect(incremental).toEqual(rebuilt);
      // the month table holds exactly the day table folded by month and local weekday × hour
      expect(incremental.weekHours.length).toBeGreaterThan(0);
      expect(incremental.weekHours).toEqual(await weekHoursFromDays(orgId));

      // the sequence did what it set out to: two local days, reversals, returns, goods
      const days = new Set(incremental.day.map((r) => JSON.parse(r).day));
      expect(days.size).toBeGreaterThanOrEqual(2);
      const types = new Set(incremental.day.map((r) => `${JSON.parse(r).type}:${JSON.parse(r).reversal}`));
      expect(types).toContain("SALE:false");
      expect(types).toContain("SALE_RETURN:false");
      expect([...types].some((t) => t.endsWith(":true"))).toBe(true);
      // …by several cashiers: the day rollup keeps their documents apart
      expect(new Set(incremental.day.map((r) => JSON.parse(r).cashierName)).size).toBeGreaterThanOrEqual(2);
      expect(incremental.itemDay.length).toBeGreaterThan(0);
      expect(incremental.hours.length).toBeGreaterThan(0);
      // the goods report's split adds up to the net figures, and the sequence returned goods
      const goods = [...incremental.itemDay, ...incremental.itemMonth].map((r) => JSON.parse(r));
      for (const g of goods) {
        expect(Number(g.soldQuantity) - Number(g.returnedQuantity)).toBeCloseTo(Number(g.quantity), 3);
        expect(BigInt(g.soldAmount) - BigInt(g.returnedAmount)).toBe(BigInt(g.revenue));
      }
      expect(goods.some((g) => BigInt(g.returnedAmount) > 0n)).toBe(true);
      expect(goods.some((g) => BigInt(g.soldAmount) > 0n)).toBe(true);

      // the daily sales equal a direct sum over the documents
      const [direct] = await adminPoolQuery<{ total: bigint }>(
        `SELECT COALESCE(sum(total), 0)::bigint AS total FROM "FiscalDocument" WHERE "organizationId" = $1 AND type = 'SALE'`,
        [orgId],
      );
      const rolled = incremental.day
        .map((r) => JSON.parse(r))
        .filter((r) => r.type === "SALE")
        .reduce((s, r) => s + BigInt(r.total), 0n);
      expect(rolled).toBe(direct.total);
    }, 120_000);
  }

  it("keeps another organization's rollups out of a rebuild", async () => {
    const a = await randomSequence(7, 30);
    const b = await randomSequence(8, 30);
    const before = await snapshot(b.orgId);
    await rebuildRollups(unsafeOrganizationId(a.orgId));
    expect(await snapshot(b.orgId)).toEqual(before);
  }, 120_000);
});

describe("dashboard figures", () => {
  it("count sales, returns and cancelled sales by their meaning, per local day and hour, in the tenant only", async () => {
    const { orgId, boxes, cashiers } = await setup(1);
    const box = boxes[0];
    const { addDays } = await import("@/lib/analytics/period");
    const { localDate } = await import("@/lib/locale/zone");
    const { findDashboard } = await import("@/lib/analytics/dashboard");
    const { ctxFor } = await import("./helpers");
    const tz = "Asia/Yekaterinburg"; // UTC+5
    const yesterday = addDays(localDate(new Date(), tz), -1);
    const at = (hhmm: string) => new Date(`${yesterday}T${hhmm}:00+05:00`);
    const item = (name: string, price: number) => ({
      name,
      unit: { code: "0" },
      price,
      quantity: "1",
      vatRate: "VAT22",
    });
    // three cashiers on the one cashbox: the day rollup splits their documents, the dashboard sums them
    const send = (
      op: "receipt" | "cancel_last",
      when: Date,
      body: Record<string, unknown>,
      cashier: Cashier = cashiers[0],
    ) =>
      acceptDocument(
        box.cb,
        { op, body: { clientDocId: randomUUID(), createdAt: when.toISOString(), ...body }, cashier },
        { now: new Date(when.getTime() + 1000) },
      );
    const a = await send("receipt", at("10:00"), {
      type: "sale",
      items: [item("Чай", 1000)],
      payments: [{ type: "cash", amount: 1000 }],
    });
    await send("receipt", at("12:30"), {
      type: "sale",
      items: [item("Кофе", 2000)],
      payments: [{ type: "card", amount: 2000 }],
    });
    await send("cancel_last", at("12:31"), {}, cashiers[1]);
    await send(
      "receipt",
      at("18:00"),
      {
        type: "sale",
        items: [item("Торт", 3000)],
        payments: [
          { type: "cash", amount: 1000 },
          { type: "card", amount: 2000 },
        ],
      },
      cashiers[2],
    );
    const split = await adminPoolQuery<{
      type: string;
      reversal: boolean;
      cashierName: string;
      count: number;
    }>(`SELECT type::text, reversal, "cashierName", count FROM "AnalyticsDay" WHERE "organizationId" = $1`, [
      orgId,
    ]);
    const byKey = (x: unknown[], y: unknown[]) => (x.join() < y.join() ? -1 : 1);
    expect(split.map((r) => [r.type, r.reversal, r.cashierName, r.count]).sort(byKey)).toEqual(
      [
        ["SALE", false, cashiers[0].name, 2],
        ["SALE", false, cashiers[2].name, 1],
        ["SALE_RETURN", true, cashiers[1].name, 1],
      ].sort(byKey),
    );
    await send("receipt", at("19:00"), {
      type: "sale_return",
      items: [item("Чай", 500)],
      payments: [{ type: "cash", amount: 500 }],
      returnBasis: { receiptId: a.document.id },
    });

    const org = { id: orgId, timezone: tz };
    const owner = await db().membership.findFirstOrThrow({ where: { organizationId: orgId, role: "OWNER" } });
    const d = await findDashboard(ctxFor(org, { id: owner.userId }, "OWNER"), { period: "yesterday" });
    expect(d.period).toMatchObject({ from: yesterday, to: yesterday, days: 1 });
    expect(d.current).toEqual({
      revenue: 3500,
      receipts: 2,
      average: 2000,
      returns: 500,
      returnsCount: 1,
      cash: 1500,
      card: 2000,
    });
    expect(d.previous.revenue).toBe(0);
    expect(d.payments).toEqual({ cashOnly: 1, cardOnly: 0, mixed: 1 });
    expect(d.byDay).toEqual([{ day: yesterday, revenue: 3500, receipts: 2 }]);
    const dow = ((new Date(`${yesterday}T00:00:00Z`).getUTCDay() + 6) % 7) as number;
    expect(d.heat.revenue[dow][10]).toBe(1000);
    expect(d.heat.revenue[dow][12]).toBe(0);
    expect(d.heat.receipts[dow][12]).toBe(0);
    expect(d.heat.revenue[dow][18]).toBe(3000);
    expect(d.heat.revenue[dow][19]).toBe(-500);
    // a period of whole months reads the month table (the days around them from the day table): same map
    const shift = (iso: string, n: number) =>
      new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86400_000).toISOString().slice(0, 10);
    const monthStart = `${yesterday.slice(0, 8)}01`;
    const nextMonth = shift(monthStart, 40).slice(0, 8) + "01";
    const wide = await findDashboard(ctxFor(org, { id: owner.userId }, "OWNER"), {
      period: "custom",
      from: shift(monthStart, -3),
      to: shift(nextMonth, 2),
    });
    expect(wide.heat).toEqual(d.heat);
    expect(d.byCashbox).toEqual([{ id: box.cb.id, name: box.cb.name, revenue: 3500, receipts: 2 }]);
    // a cancelled sale nets to nothing and is left out
    expect(d.topGoods.map((g) => [g.name, g.quantity, g.revenue])).toEqual([
      ["Торт", "1", 3000],
      ["Чай", "0", 500],
    ]);

    // the accountant reads it; a cashier may not
    const accountant = await db().membership.findFirstOrThrow({
      where: { organizationId: orgId, role: "ACCOUNTANT" },
    });
    expect(
      (await findDashboard(ctxFor(org, { id: accountant.userId }, "ACCOUNTANT"), { period: "yesterday" }))
        .current.revenue,
    ).toBe(3500);
    await expect(
      findDashboard(ctxFor(org, { id: owner.userId }, "CASHIER"), { period: "yesterday" }),
    ).rejects.toThrow();

    // another organization sees none of it, even naming this cashbox
    const other = await setup(1);
    const otherOwner = await db().membership.findFirstOrThrow({
      where: { organizationId: other.orgId, role: "OWNER" },
    });
    const foreign = await findDashboard(
      ctxFor({ id: other.orgId, timezone: tz }, { id: otherOwner.userId }, "OWNER"),
      {
        period: "yesterday",
        cb: box.cb.id,
      },
    );
    expect(foreign.hasData).toBe(false);
    expect(foreign.current.revenue).toBe(0);
    expect(foreign.byCashbox).toEqual([]);
  }, 60_000);
});
