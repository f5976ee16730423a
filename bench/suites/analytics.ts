// Suite `analytics` (issue 8): the «Аналитика» dashboard over one organization with many receipts.
//
// Data: one RU organization (Europe/Moscow), BENCH_CASHBOXES cashboxes (default 100) over the 365
// local days up to yesterday, `--receipts N` receipts in all (default 10,000,000; BENCH_RECEIPTS
// too). The receipts are generated inside PostgreSQL, one INSERT … SELECT per month with the
// terminal simulator's shape (bench/suites/analytics-load.ts), timed as load_s; they do NOT carry a
// valid fiscal sign or hash chain — the bench measures reading, not the engine. The rollups are then
// built by the rebuild (lib/analytics/rebuild.ts), timed as rebuild_s.
//
// Measured (BENCH_REPS runs each after 3 warm-ups, p95): the dashboard's data function
// `dashboardFigures` (lib/analytics/dashboard.ts: KPIs with the previous period, by day, by
// cashbox, heat map, top goods — its five queries run concurrently like the page does) for the
// last 30 and 365 days, beside the same figures by a direct GROUP BY over FiscalDocument /
// ReceiptLine (raw*, same five queries, same concurrency); speedup365 = raw365 / dash365. And the
// receipt search by number: `searchReceipts(ctx, { ...EMPTY_SEARCH, number })` of lib/receipts.
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { createBenchDatabase, log, percentile, round, timed } from "../harness";
import { loadInDatabase } from "./analytics-load";

function argReceipts(): number {
  const i = process.argv.indexOf("--receipts");
  const v = i >= 0 ? process.argv[i + 1] : process.env.BENCH_RECEIPTS;
  const n = Number(v ?? 10_000_000);
  if (!Number.isInteger(n) || n < 1000) throw new Error("--receipts takes an integer ≥ 1000");
  return n;
}

function addDays(iso: string, n: number) {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export async function run(): Promise<Record<string, unknown>> {
  const target = argReceipts();
  const nCashboxes = Number(process.env.BENCH_CASHBOXES ?? 100);
  const reps = Number(process.env.BENCH_REPS ?? 30);
  const rawReps = Number(process.env.BENCH_RAW_REPS ?? reps);
  const database = await createBenchDatabase("analytics");
  try {
    const { getDb } = await import("../../lib/db/client");
    const { adminPoolQuery, closePool } = await import("../../lib/db/pool");
    const { seedCashbox, seedMembership, seedOrganization, seedTradePoint, seedUser } =
      await import("../../prisma/seed/factories");
    const { DEMO_ITEMS } = await import("../../lib/simulator/items");
    const { rebuildRollups } = await import("../../lib/analytics/rebuild");
    const { dashboardFigures } = await import("../../lib/analytics/dashboard");
    const { localDate } = await import("../../lib/locale/zone");
    const { searchReceipts } = await import("../../lib/receipts/search");
    const { EMPTY_SEARCH } = await import("../../lib/receipts/params");
    const { unsafeOrganizationId } = await import("../../lib/tenant/context");
    const { permissionsOf } = await import("../../lib/tenant/permissions");
    const db = getDb();

    const org = await seedOrganization(db, { country: "RU", name: "ООО «Бенчмарк»" });
    const owner = await seedUser(db);
    await seedMembership(db, { organizationId: org.id, userId: owner.id, role: "OWNER" });
    const cashierUser = await seedUser(db);
    const cashier = await seedMembership(db, {
      organizationId: org.id,
      userId: cashierUser.id,
      role: "CASHIER",
      pin: "1234",
    });
    const cashboxes: string[] = [];
    let tp = "";
    for (let i = 0; i < nCashboxes; i++) {
      if (i % 10 === 0)
        tp = (await seedTradePoint(db, { organizationId: org.id, name: `Магазин ${i / 10 + 1}` })).id;
      const { cashbox } = await seedCashbox(db, {
        organizationId: org.id,
        tradePointId: tp,
        name: `Касса ${String(i + 1).padStart(3, "0")}`,
        registrationStatus: "REGISTERED",
      });
      cashboxes.push(cashbox.id);
    }
    const today = localDate(new Date(), org.timezone);
    const dates = Array.from({ length: 365 }, (_, i) => addDays(today, i - 365));
    const loader = new pg.Client({ connectionString: database.url });
    await loader.connect();
    const loaded = await timed(async () => {
      try {
        return await loadInDatabase(loader, {
          organizationId: org.id,
          cashboxes,
          cashierId: cashier.id,
          dates,
          target,
          timeZone: org.timezone,
          items: DEMO_ITEMS.RU,
          onMonth: (m, n) => log(`  ${m}: ${n} receipts so far`),
        });
      } finally {
        await loader.end();
      }
    });
    log(
      `loaded ${loaded.value.receipts} receipts, ${loaded.value.lines} lines in ${(loaded.ms / 1000).toFixed(1)} s`,
    );
    await adminPoolQuery(`ANALYZE "FiscalDocument"`);
    await adminPoolQuery(`ANALYZE "ReceiptLine"`);
    const rebuilt = await timed(() => rebuildRollups(unsafeOrganizationId(org.id)));
    log(`rollups rebuilt in ${(rebuilt.ms / 1000).toFixed(1)} s`);
    for (const t of [
      "AnalyticsDay",
      "AnalyticsHours",
      "AnalyticsWeekHours",
      "AnalyticsItemDay",
      "AnalyticsItemMonth",
    ])
      await adminPoolQuery(`ANALYZE "${t}"`);
    const [sizes] = await adminPoolQuery<Record<string, bigint>>(
      `SELECT (SELECT count(*) FROM "AnalyticsDay") AS day_rows, (SELECT count(*) FROM "AnalyticsHours") AS hour_rows, (SELECT count(*) FROM "AnalyticsWeekHours") AS week_hour_rows,
              (SELECT count(*) FROM "AnalyticsItemDay") AS item_day_rows, (SELECT count(*) FROM "AnalyticsItemMonth") AS item_month_rows,
              pg_database_size(current_database()) AS db_bytes`,
    );
    // on Citus the shards live on the workers: their databases count too
    if (database.server === "citus") {
      const [w] = await adminPoolQuery<{ bytes: string | null }>(
        `SELECT sum(result::bigint)::text AS bytes
           FROM run_command_on_workers('SELECT pg_database_size(current_database())') WHERE success`,
      );
      sizes.db_bytes = BigInt(sizes.db_bytes) + BigInt(w?.bytes ?? 0);
    }

    const period = (days: number) => {
      const from = addDays(today, -(days - 1));
      return {
        key: "custom" as const,
        from,
        to: today,
        days,
        prevFrom: addDays(from, -days),
        prevTo: addDays(from, -1),
      };
    };
    // the documents end yesterday: «today» has none, so measure the periods ending yesterday
    const periodEnding = (days: number) => {
      const p = period(days);
      const shift = (d: string) => addDays(d, -1);
      return {
        ...p,
        from: shift(p.from),
        to: shift(p.to),
        prevFrom: shift(p.prevFrom),
        prevTo: shift(p.prevTo),
      };
    };

    const rawFigures = async (p: ReturnType<typeof period>) => {
      const tz = org.timezone;
      const local = `(d."createdAt" AT TIME ZONE '${tz}')`;
      const range = (from: string, to: string) =>
        `d."createdAt" >= ('${from}'::date::timestamp AT TIME ZONE '${tz}') AND d."createdAt" < ('${addDays(to, 1)}'::date::timestamp AT TIME ZONE '${tz}')`;
      const base = `FROM "FiscalDocument" d WHERE d."organizationId" = $1 AND d.type IN ('SALE', 'SALE_RETURN')`;
      return Promise.all([
        adminPoolQuery(
          `SELECT ${local}::date >= '${p.from}'::date AS cur, d.type, d."cancelsId" IS NOT NULL AS reversal, count(*), sum(d.total), sum(d.cash), sum(d.card),
                  count(*) FILTER (WHERE d.cash > 0 AND d.card = 0), count(*) FILTER (WHERE d.card > 0 AND d.cash = 0), count(*) FILTER (WHERE d.cash > 0 AND d.card > 0)
             ${base} AND ${range(p.prevFrom, p.to)} GROUP BY 1, 2, 3`,
          [org.id],
        ),
        adminPoolQuery(
          `SELECT ${local}::date AS day, sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END), count(*) FILTER (WHERE d.type = 'SALE')
             ${base} AND ${range(p.from, p.to)} GROUP BY 1`,
          [org.id],
        ),
        adminPoolQuery(
          `SELECT d."cashboxId", sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END), count(*) FILTER (WHERE d.type = 'SALE')
             ${base} AND ${range(p.from, p.to)} GROUP BY 1`,
          [org.id],
        ),
        adminPoolQuery(
          `SELECT extract(isodow FROM ${local}), extract(hour FROM ${local}), sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END)
             ${base} AND ${range(p.from, p.to)} GROUP BY 1, 2`,
          [org.id],
        ),
        adminPoolQuery(
          `SELECT COALESCE(l."nomenclatureId"::text, l.name), min(l.name), sum(CASE WHEN d.type = 'SALE' THEN l.quantity ELSE -l.quantity END),
                  sum(CASE WHEN d.type = 'SALE' THEN l.total ELSE -l.total END) AS revenue
             FROM "FiscalDocument" d JOIN "ReceiptLine" l ON l."organizationId" = d."organizationId" AND l."documentId" = d.id
            WHERE d."organizationId" = $1 AND d.type IN ('SALE', 'SALE_RETURN') AND ${range(p.from, p.to)}
            GROUP BY 1 ORDER BY revenue DESC LIMIT 10`,
          [org.id],
        ),
      ]);
    };

    const measure = async (label: string, n: number, fn: () => Promise<unknown>) => {
      for (let i = 0; i < 3; i++) await fn();
      const samples: number[] = [];
      for (let i = 0; i < n; i++) samples.push((await timed(fn)).ms);
      const p95 = round(percentile(samples, 95));
      log(`${label}: p50 ${round(percentile(samples, 50))} ms, p95 ${p95} ms (${n} runs)`);
      return p95;
    };

    const p30 = periodEnding(30);
    const p365 = periodEnding(365);
    const check = await dashboardFigures(unsafeOrganizationId(org.id), null, p365, "RU");
    log(
      `dashboard 365: revenue ${check.current.revenue}, receipts ${check.current.receipts}, top good «${check.topGoods[0]?.name}»`,
    );
    const dash30 = await measure("dashboard 30 d", reps, () =>
      dashboardFigures(unsafeOrganizationId(org.id), null, p30, "RU"),
    );
    const dash365 = await measure("dashboard 365 d", reps, () =>
      dashboardFigures(unsafeOrganizationId(org.id), null, p365, "RU"),
    );
    const raw30 = await measure("raw GROUP BY 30 d", rawReps, () => rawFigures(p30));
    const raw365 = await measure("raw GROUP BY 365 d", rawReps, () => rawFigures(p365));

    const ctx = {
      userId: owner.id,
      userEmail: owner.email,
      userName: "Bench",
      organizationId: unsafeOrganizationId(org.id),
      organizationName: org.name,
      role: "OWNER" as const,
      permissions: permissionsOf("OWNER"),
      country: "RU" as const,
      timezone: org.timezone,
      ip: null,
    };
    const maxNumber = Math.max(1, Math.floor(loaded.value.receipts / nCashboxes));
    let k = 0;
    const search = await measure("search by number", reps, async () => {
      const number = 1 + ((k++ * 7919) % maxNumber);
      const r = await searchReceipts(ctx, { ...EMPTY_SEARCH, number });
      if (r.rows.length === 0) throw new Error(`search found no receipt number ${number}`);
    });

    await closePool();
    return {
      receipts: loaded.value.receipts,
      receipt_lines: loaded.value.lines,
      cashboxes: nCashboxes,
      days: dates.length,
      generator: "in PostgreSQL (bench/suites/analytics-load.ts)",
      load_s: round(loaded.ms / 1000),
      rebuild_s: round(rebuilt.ms / 1000),
      rollup_rows: Object.fromEntries(Object.entries(sizes).map(([k, v]) => [k, Number(v)])),
      dash30_p95_ms: dash30,
      dash365_p95_ms: dash365,
      raw30_p95_ms: raw30,
      raw365_p95_ms: raw365,
      speedup30: round(raw30 / dash30),
      speedup365: round(raw365 / dash365),
      search_p95_ms: search,
      search_function: "lib/receipts/search.ts searchReceipts (by number)",
      reps,
      raw_reps: rawReps,
      targets: { dash_p95_ms: 300, search_p95_ms: 50 },
      hash_chain: "not valid: bench rows are generated inside PostgreSQL, not through the engine",
      database: database.server,
      machine: { cpus: cpus().length, load_avg: loadavg().map(round) },
    };
  } finally {
    await database.drop();
  }
}
