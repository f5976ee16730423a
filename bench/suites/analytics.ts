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

    // The other searches of «Чеки» (issue 21), each a first page like the screen asks for: one
    // local day, an amount range over a month, an item name over a month (trigram), a cashbox with
    // a payment type over the whole year.
    const lastDay = addDays(today, -1);
    const monthFrom = addDays(lastDay, -29);
    const pick = <T>(xs: readonly T[], i: number) => xs[(i * 7919) % xs.length];
    const itemWords = DEMO_ITEMS.RU.map((it) => it.name.split(/\s+/)[0].toLowerCase()).filter(
      (w) => w.length >= 4,
    );
    const searches = {
      search_day_p95_ms: (i: number) => {
        const day = pick(dates, i);
        return { ...EMPTY_SEARCH, from: day, to: day };
      },
      search_amount_p95_ms: (i: number) => {
        const min = BigInt(10_000 + ((i * 7919) % 400) * 1000);
        return { ...EMPTY_SEARCH, from: monthFrom, to: lastDay, min, max: min + 5_000n };
      },
      search_item_p95_ms: (i: number) => ({
        ...EMPTY_SEARCH,
        from: monthFrom,
        to: lastDay,
        item: pick(itemWords, i),
      }),
      search_cashbox_pay_p95_ms: (i: number) => ({
        ...EMPTY_SEARCH,
        cashbox: pick(cashboxes, i),
        pay: (["cash", "card", "mixed"] as const)[i % 3],
      }),
    };
    const searchFigures: Record<string, number> = {};
    for (const [field, params] of Object.entries(searches)) {
      let i = 0;
      searchFigures[field] = await measure(field, reps, async () => {
        const r = await searchReceipts(ctx, params(i++));
        if (r.rows.length === 0) throw new Error(`${field}: the search found nothing`);
      });
    }

    // Reports for a month and a year through lib/reports (the page's and the export's code). The
    // generated data has sales and returns only (no shifts, no cash deposits), so the goods and
    // cashier reports are the ones with real work to do; X/Z/cash are not measured here.
    const { runReport } = await import("../../lib/reports/run-report");
    const { writeReportXlsx } = await import("../../lib/reports/export-xlsx");
    const reportReps = Number(process.env.BENCH_REPORT_REPS ?? 5);
    const reportFigures: Record<string, number> = {};
    for (const kind of ["goods", "cashiers"] as const)
      for (const [span, from] of [
        ["month", monthFrom],
        ["year", dates[0]],
      ] as const) {
        reportFigures[`report_${kind}_${span}_p95_ms`] = await measure(
          `report ${kind} ${span}`,
          reportReps,
          async () => {
            const t = await runReport(ctx, { report: kind, from, to: lastDay, cashbox: null, tp: null });
            if (t.rows.length === 0) throw new Error(`report ${kind} ${span} is empty`);
          },
        );
      }

    // The .xlsx export of a month (goods report), streamed to a sink: the process's peak RSS while
    // it runs, sampled every 10 ms.
    const { Writable } = await import("node:stream");
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    let exportBytes = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 10);
    const exported = await timed(async () => {
      const sink = new Writable({
        write(chunk: Buffer, _enc, done) {
          exportBytes += chunk.length;
          done();
        },
      });
      await writeReportXlsx(
        ctx,
        { report: "goods", from: monthFrom, to: lastDay, cashbox: null, tp: null },
        "ru",
        sink,
      );
    }).finally(() => clearInterval(sampler));
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    log(
      `export goods month: ${exportBytes} bytes in ${round(exported.ms)} ms, peak RSS ${round(peakRss / 2 ** 20)} MB`,
    );

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
      ...searchFigures,
      ...reportFigures,
      report_year_p95_ms: reportFigures.report_goods_year_p95_ms,
      report_reps: reportReps,
      export_month_ms: round(exported.ms),
      export_month_bytes: exportBytes,
      export_month_peak_rss_mb: round(peakRss / 2 ** 20),
      export_month_rss_before_mb: round(rssBefore / 2 ** 20),
      export_month_report: "goods (lib/reports/export-xlsx.ts writeReportXlsx)",
      reps,
      raw_reps: rawReps,
      targets: {
        dash_p95_ms: 300,
        speedup365: 50,
        search_p95_ms: 50,
        search_item_p95_ms: 300,
        report_year_p95_ms: 1000,
        export_month_peak_rss_mb: 300,
      },
      hash_chain: "not valid: bench rows are generated inside PostgreSQL, not through the engine",
      database: database.server,
      machine: { cpus: cpus().length, load_avg: loadavg().map(round) },
    };
  } finally {
    await database.drop();
  }
}
