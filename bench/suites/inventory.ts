// Suite `inventory` (issue 23): «Товарный учёт» at volume.
//
// Data: one RU organization with BENCH_ITEMS (100,000) stock-tracked goods and 3 trade points; a
// posted приход per trade point puts every item on it (300,000 movements, written as rows and
// rolled up by the rebuild, lib/stock/rebuild.ts, timed as rebuild_s).
// Measured, in-process through the use cases (no HTTP):
// - stock_list_p95_ms: «Остатки» (findStock, lib/stock/find-stock.ts) — all of the page's queries —
//   p95 over BENCH_REPS (30) pages: page 1 and a deep page, sorted by name, by quantity and by
//   value, with and without a search; target < 200 ms.
// - count_10k_post_s: a 10,000-line инвентаризация saved and posted (saveStockLines +
//   postStockDocument); target < 10 s.
// - ingest_on_per_s / ingest_off_per_s: sales through the device pipeline (acceptDocument) on
//   BENCH_CASHBOXES (8) cashboxes at once, 5 nomenclature lines each, with the items' stock
//   tracking on and off, in alternating rounds of the same run (off on on off off on on off); target:
//   on within 10 % of off. ingest_ratio = on / off.
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { createBenchDatabase, log, percentile, round, timed } from "../harness";

export async function run(): Promise<Record<string, unknown>> {
  const items = Number(process.env.BENCH_ITEMS ?? 100_000);
  const reps = Number(process.env.BENCH_REPS ?? 30);
  const cashboxes = Number(process.env.BENCH_CASHBOXES ?? 8);
  const perRound = Number(process.env.BENCH_INGEST_RECEIPTS ?? 800);
  const loadStart = loadavg().map((x) => round(x));
  const database = await createBenchDatabase("inventory");
  try {
    const { getDb } = await import("../../lib/db/client");
    const { getPool, adminPoolQuery } = await import("../../lib/db/pool");
    const { seedCashbox, seedTenant, seedTradePoint } = await import("../../prisma/seed/factories");
    const { permissionsOf } = await import("../../lib/tenant/permissions");
    const { unsafeOrganizationId } = await import("../../lib/tenant/context");
    const { rebuildStock } = await import("../../lib/stock/rebuild");
    const { findStock } = await import("../../lib/stock/find-stock");
    const { ZFindStockQuery } = await import("../../lib/stock/schemas");
    const { createStockDocument } = await import("../../lib/stock/create-stock-document");
    const { saveStockLines } = await import("../../lib/stock/save-stock-lines");
    const { postStockDocument } = await import("../../lib/stock/post-stock-document");
    const { acceptDocument } = await import("../../lib/device/accept-document");
    const { loadCashier, loadDeviceCashbox } = await import("../../lib/device/context");
    const db = getDb();

    const t = await seedTenant(db, { country: "RU" });
    const tps = [
      t.tradePoint.id,
      (await seedTradePoint(db, { organizationId: t.org.id })).id,
      (await seedTradePoint(db, { organizationId: t.org.id })).id,
    ];
    const org = t.org.id;
    log(`seeding ${items} items × ${tps.length} trade points`);
    // the seed's bulk statements on the "jobs" pool (the device pool's 5 s statement limit is for requests)
    const jobs = getPool("jobs");
    await adminPoolQuery(
      `INSERT INTO "NomenclatureItem" ("organizationId", name, article, unit, price, "vatRate", "tracksStock", "stockMin")
       SELECT $1::uuid, 'Товар ' || lpad(g::text, 6, '0'), 'A' || g, 'PIECE', 10000 + g % 5000, 'VAT22', true, CASE WHEN g % 10 = 0 THEN 50 END
         FROM generate_series(1, $2::int) g`,
      [org, items],
      jobs,
    );
    for (const [k, tp] of tps.entries()) {
      const [{ id: docId }] = await adminPoolQuery<{ id: string }>(
        `INSERT INTO "StockDocument" ("organizationId", number, type, status, "tradePointId", "postedAt") VALUES ($1, $2, 'RECEIPT', 'POSTED', $3, now()) RETURNING id::text`,
        [org, k + 1, tp],
      );
      await adminPoolQuery(
        `INSERT INTO "StockMovement" ("organizationId", "tradePointId", "itemId", kind, quantity, value, "unitCost", at, "stockDocumentId", "stockLineNo")
         SELECT $1::uuid, $2::uuid, i.id, 'RECEIPT', (i."changeSeq" * 7 + $4::int) % 200 - 20, ((i."changeSeq" * 7 + $4::int) % 200 - 20) * 6000, 6000, now(), $3::uuid, row_number() OVER (ORDER BY i.id)
           FROM "NomenclatureItem" i WHERE i."organizationId" = $1::uuid`,
        [org, tp, docId, k],
        jobs,
      );
    }
    const rebuild = await timed(() => rebuildStock(unsafeOrganizationId(org)));
    log(`rebuild: ${round(rebuild.ms)} ms`);
    // the steady state of a live database, which autovacuum reaches minutes after a bulk load:
    // statistics and visibility maps of the freshly written tables
    for (const table of ["NomenclatureItem", "StockMovement", "StockBalance"])
      await adminPoolQuery(`VACUUM (ANALYZE) "${table}"`, [], jobs);

    const owner = await db.membership.findFirstOrThrow({ where: { organizationId: org, role: "OWNER" } });
    const ctx = {
      userId: owner.userId,
      userEmail: "bench@example.com",
      userName: "Bench",
      organizationId: unsafeOrganizationId(org),
      organizationName: t.org.name,
      role: "OWNER" as const,
      permissions: permissionsOf("OWNER"),
      country: "RU" as const,
      timezone: "Europe/Moscow",
      ip: "127.0.0.1",
    };
    const shapes = [
      { sort: "name" },
      { sort: "-quantity" },
      { sort: "value" },
      { sort: "name", page: 1500 },
      { sort: "quantity", q: "Товар 01" },
      { filter: "low" },
    ];
    const samples: number[] = [];
    const byShape = new Map<string, number[]>();
    for (let i = 0; i < 5; i++)
      await findStock(ctx, ZFindStockQuery.parse({ tp: tps[0], ...shapes[i % shapes.length] }));
    for (let i = 0; i < reps; i++) {
      const r = await timed(() =>
        findStock(ctx, ZFindStockQuery.parse({ tp: tps[i % 3], ...shapes[i % shapes.length] })),
      );
      samples.push(r.ms);
      const key = JSON.stringify(shapes[i % shapes.length]);
      byShape.set(key, [...(byShape.get(key) ?? []), r.ms]);
    }
    for (const [key, ms] of byShape)
      log(`  ${key}: p50 ${round(percentile(ms, 50))} ms, max ${round(Math.max(...ms))} ms`);
    const listP95 = round(percentile(samples, 95));
    log(`stock list p95 ${listP95} ms (p50 ${round(percentile(samples, 50))})`);

    const countItems = await adminPoolQuery<{ id: string }>(
      `SELECT id::text FROM "NomenclatureItem" WHERE "organizationId" = $1 ORDER BY name LIMIT 10000`,
      [org],
    );
    const count = await timed(async () => {
      const d = await createStockDocument(ctx, {
        type: "COUNT",
        tradePointId: tps[1],
        toTradePointId: null,
        supplier: "",
        reason: "",
        comment: "",
      });
      await saveStockLines(ctx, {
        documentId: d.id,
        lines: countItems.map((x, i) => ({ itemId: x.id, quantity: String(i % 97) })),
      });
      return postStockDocument(ctx, d.id);
    });
    log(`10k-line count saved and posted in ${round(count.ms)} ms (${count.value.movements} movements)`);

    // ingest: the same sales with the 5 items' tracking off and on, alternating rounds
    const goods = await adminPoolQuery<{ id: string; name: string }>(
      `SELECT id::text, name FROM "NomenclatureItem" WHERE "organizationId" = $1 ORDER BY name LIMIT 50`,
      [org],
    );
    const boxes: NonNullable<Awaited<ReturnType<typeof loadDeviceCashbox>>>[] = [];
    for (let i = 0; i < cashboxes; i++) {
      const { cashbox } = await seedCashbox(db, {
        organizationId: org,
        tradePointId: tps[i % 3],
        registrationStatus: "REGISTERED",
        registrationNumber: `00001${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
        paidUntil: new Date(Date.now() + 365 * 86400_000),
      });
      boxes.push((await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(org)))!);
    }
    const m = await db.membership.findFirstOrThrow({ where: { organizationId: org, role: "CASHIER" } });
    const cashier = (await loadCashier(unsafeOrganizationId(org), m.id))!;
    const sale = (k: number) => {
      const lines = Array.from({ length: 5 }, (_, j) => {
        const g = goods[(k * 5 + j) % goods.length];
        return {
          name: g.name,
          nomenclatureId: g.id,
          unit: { code: "0" },
          price: 10000,
          quantity: "1",
          vatRate: "VAT22",
        };
      });
      return {
        clientDocId: randomUUID(),
        createdAt: new Date().toISOString(),
        type: "sale",
        items: lines,
        payments: [{ type: "card", amount: 50000 }],
      };
    };
    const round_ = async (n: number) => {
      let k = 0;
      const started = performance.now();
      await Promise.all(
        boxes.map(async (cb) => {
          while (k < n) {
            const body = sale(k++);
            await acceptDocument(cb, { op: "receipt", body, cashier });
          }
        }),
      );
      return n / ((performance.now() - started) / 1000);
    };
    const setTracking = (on: boolean) =>
      adminPoolQuery(
        `UPDATE "NomenclatureItem" SET "tracksStock" = $2 WHERE "organizationId" = $1 AND id = ANY($3::uuid[])`,
        [org, on, goods.map((g) => g.id)],
      );
    await round_(cashboxes * 10); // warm-up: shifts opened, statements prepared
    const on: number[] = [];
    const off: number[] = [];
    // ABBA order (off on on off, twice): a drift over the run (caches warming, another process's load
    // coming or going) weighs on both sides alike
    for (const tracking of [false, true, true, false, false, true, true, false]) {
      await setTracking(tracking);
      const rate = await round_(perRound);
      (tracking ? on : off).push(rate);
      log(`ingest tracking ${tracking ? "on " : "off"}: ${round(rate)} receipts/s`);
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    return {
      items,
      trade_points: tps.length,
      rebuild_s: round(rebuild.ms / 1000),
      stock_list_p95_ms: listP95,
      stock_list_p50_ms: round(percentile(samples, 50)),
      count_10k_post_s: round(count.ms / 1000),
      ingest_on_per_s: round(mean(on)),
      ingest_off_per_s: round(mean(off)),
      ingest_ratio: Math.round((mean(on) / mean(off)) * 1000) / 1000,
      cashboxes,
      cpus: cpus().length,
      load_avg_start: loadStart,
      load_avg_end: loadavg().map((x) => round(x)),
      server: database.server,
    };
  } finally {
    const { closePool } = await import("../../lib/db/pool");
    await closePool();
    await database.drop();
  }
}
