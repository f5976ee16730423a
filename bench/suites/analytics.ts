// Suite `analytics` (issues 8, 21): the «Аналитика» dashboard, «Чеки» and «Отчёты» over one
// organization with many receipts (docs/analytics.md «Bench»).
//
// Data: one RU organization (Europe/Moscow), BENCH_CASHBOXES cashboxes (default 100) over the 365
// local days up to yesterday, `--receipts N` receipts in all (default 10,000,000; BENCH_RECEIPTS
// too), with a shift per cashbox and day (SHIFT_OPEN, deposit, receipts, withdrawal, Z-report; the
// last day's shifts open). Generated inside PostgreSQL by bench/suites/analytics-load.ts, timed as
// load_s; the documents do NOT carry a valid fiscal sign or hash chain — the bench measures reading,
// not the engine. The rollups are then built by the rebuild (lib/analytics/rebuild.ts), timed as
// rebuild_s, and a few stored Z-reports are checked against aggregateShift over their documents.
//
// Measured (BENCH_REPS runs each after 3 warm-ups, p95): the dashboard's data function
// `dashboardFigures` (lib/analytics/dashboard.ts: KPIs with the previous period, by day, by
// cashbox, heat map, top goods — its five queries run concurrently like the page does) for the
// last 30 and 365 days, beside the same figures by a direct GROUP BY over FiscalDocument /
// ReceiptLine (raw*, same five queries, same concurrency; BENCH_RAW_REPS runs after one warm-up);
// speedup365 = raw365 / dash365. The searches of «Чеки» through lib/receipts, the reports of
// «Отчёты» (goods, cashiers, Z, cash movements for a month and a year, the X-report of the open
// shifts) through lib/reports, and the peak RSS of a month's .xlsx export.
import { spawnSync } from "node:child_process";
import { cpus, loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import { createBenchDatabase, log, percentile, round, timed } from "../harness";
import type { DocumentKind } from "../../lib/fiscal/content";
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
  // the raw GROUP BY is the slow reference (a year of it takes ~5 s at 1 M receipts, ~50 s at 10 M):
  // a few runs after one warm-up keep the 10 M run within its 20 minutes
  const rawReps = Number(process.env.BENCH_RAW_REPS ?? 3);
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
    const cashierUser = await seedUser(db, { name: "Анна Кассирова" });
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
    const loaded = await timed(() =>
      loadInDatabase({
        url: database.url,
        organizationId: org.id,
        country: "RU",
        cashboxes,
        cashierId: cashier.id,
        cashierName: cashierUser.name,
        dates,
        target,
        timeZone: org.timezone,
        items: DEMO_ITEMS.RU,
        onChunk: (from, n) => log(`  ${from}…: ${n} receipts so far (load avg ${loadavg()[0].toFixed(1)})`),
      }),
    );
    const loadAvgAfterLoad = loadavg()[0];
    log(
      `loaded ${loaded.value.receipts} receipts, ${loaded.value.lines} lines in ${(loaded.ms / 1000).toFixed(1)} s ` +
        `(${Math.round(loaded.value.receipts / (loaded.ms / 1000))} receipts/s, load avg ${loadAvgAfterLoad.toFixed(1)}); ` +
        `indexes ${JSON.stringify(loaded.value.indexMs)} ms`,
    );
    if (process.env.BENCH_LOAD_ONLY) {
      // profiling the loader: stop after the load
      await closePool();
      return {
        receipts: loaded.value.receipts,
        load_s: round(loaded.ms / 1000),
        machine: { load_avg: loadavg().map(round) },
      };
    }
    // The bench's own reference queries (the raw GROUP BY, the shift check) are not app code: their
    // own pool, without the app pools' statement time limits (at 10 M a raw year takes longer than
    // the device pool's 5 s).
    const rawPool = new pg.Pool({
      connectionString: database.url,
      max: 5,
      // int8 as BigInt, like the app's pools
      types: {
        getTypeParser: ((oid: number, format?: "text" | "binary") =>
          oid === 20
            ? (v: string) => BigInt(v)
            : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
      },
    });
    // its idle connections end when the database is dropped
    rawPool.on("error", () => {});
    const rebuilt = await timed(() => rebuildRollups(unsafeOrganizationId(org.id)));
    log(`rollups rebuilt in ${(rebuilt.ms / 1000).toFixed(1)} s`);
    await checkShifts(org.id, [cashboxes[0], cashboxes[nCashboxes - 1]], (text, values) =>
      adminPoolQuery(text, values, rawPool),
    );
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
          rawPool,
        ),
        adminPoolQuery(
          `SELECT ${local}::date AS day, sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END), count(*) FILTER (WHERE d.type = 'SALE')
             ${base} AND ${range(p.from, p.to)} GROUP BY 1`,
          [org.id],
          rawPool,
        ),
        adminPoolQuery(
          `SELECT d."cashboxId", sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END), count(*) FILTER (WHERE d.type = 'SALE')
             ${base} AND ${range(p.from, p.to)} GROUP BY 1`,
          [org.id],
          rawPool,
        ),
        adminPoolQuery(
          `SELECT extract(isodow FROM ${local}), extract(hour FROM ${local}), sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END)
             ${base} AND ${range(p.from, p.to)} GROUP BY 1, 2`,
          [org.id],
          rawPool,
        ),
        adminPoolQuery(
          `SELECT COALESCE(l."nomenclatureId"::text, l.name), min(l.name), sum(CASE WHEN d.type = 'SALE' THEN l.quantity ELSE -l.quantity END),
                  sum(CASE WHEN d.type = 'SALE' THEN l.total ELSE -l.total END) AS revenue
             FROM "FiscalDocument" d
             JOIN "ReceiptLine" l ON l."organizationId" = d."organizationId" AND l."documentId" = d.id AND l."createdAt" = d."createdAt"
            WHERE d."organizationId" = $1 AND d.type IN ('SALE', 'SALE_RETURN') AND ${range(p.from, p.to)}
              AND ${range(p.from, p.to).replaceAll('d."createdAt"', 'l."createdAt"')}
            GROUP BY 1 ORDER BY revenue DESC LIMIT 10`,
          [org.id],
          rawPool,
        ),
      ]);
    };

    const measure = async (label: string, n: number, fn: () => Promise<unknown>, warmUps = 3) => {
      for (let i = 0; i < warmUps; i++) await fn();
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
    const raw30 = await measure("raw GROUP BY 30 d", rawReps, () => rawFigures(p30), 1);
    const raw365 = await measure("raw GROUP BY 365 d", rawReps, () => rawFigures(p365), 1);

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
    // numbers of receipts (not of the shift documents around them) from the loader's plan
    const { counts, starts } = loaded.value;
    const receiptNumber = (i: number) => {
      const c = (i * 31) % nCashboxes;
      const d = (i * 7919) % dates.length;
      return starts[c][d] + 3 + ((i * 104729) % counts[c][d]);
    };
    let k = 0;
    const search = await measure("search by number", reps, async () => {
      const number = receiptNumber(k++);
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

    // Reports for a month and a year through lib/reports (the page's and the export's code): goods
    // and cashiers (sales and returns), then — after the export below, whose peak RSS they would
    // inflate — Z (one row per closed shift, from Shift.zReport) and cash movements (the deposits and
    // withdrawals), and the X-report of every open shift (the last day's).
    const { runReport } = await import("../../lib/reports/run-report");
    const reportReps = Number(process.env.BENCH_REPORT_REPS ?? 5);
    const reportFigures: Record<string, number> = {};
    const reportRows: Record<string, number> = {};
    const measureReports = async (kinds: readonly ("goods" | "cashiers" | "z" | "cash")[]) => {
      for (const kind of kinds)
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
              reportRows[`${kind}_${span}`] = t.rows.length;
            },
          );
        }
    };
    await measureReports(["goods", "cashiers"]);

    // The receipts .xlsx export of a month («Чеки» → «Выгрузить в Excel», exportReceiptsXlsx) in a
    // process of its own (bench/suites/analytics-export.ts), so its peak RSS is the export's alone.
    const exportRun = spawnSync(
      process.execPath,
      [
        path.resolve(__dirname, "../../node_modules/tsx/dist/cli.mjs"),
        path.resolve(__dirname, "analytics-export.ts"),
        org.id,
        owner.id,
        monthFrom,
        lastDay,
      ],
      { env: { ...process.env, DATABASE_URL: database.url }, encoding: "utf8", maxBuffer: 2 ** 24 },
    );
    if (exportRun.status !== 0) throw new Error(`receipts export failed: ${exportRun.stderr}`);
    const exported = JSON.parse(exportRun.stdout.trim().split("\n").pop()!) as {
      rows: number;
      bytes: number;
      ms: number;
      rss_before_mb: number;
      peak_rss_mb: number;
    };
    log(
      `export receipts month: ${exported.rows} rows, ${exported.bytes} bytes in ${exported.ms} ms, peak RSS ${exported.peak_rss_mb} MB`,
    );

    await measureReports(["z", "cash"]);
    reportFigures.report_x_p95_ms = await measure("report x (open shifts)", reportReps, async () => {
      const t = await runReport(ctx, { report: "x", from: lastDay, to: lastDay, cashbox: null, tp: null });
      if (t.rows.length !== nCashboxes) throw new Error(`report x: ${t.rows.length} open shifts`);
      reportRows.x = t.rows.length;
    });
    log(`report rows: ${JSON.stringify(reportRows)}`);

    await rawPool.end();
    await closePool();
    return {
      receipts: loaded.value.receipts,
      receipt_lines: loaded.value.lines,
      cashboxes: nCashboxes,
      days: dates.length,
      generator: "in PostgreSQL (bench/suites/analytics-load.ts)",
      load_s: round(loaded.ms / 1000),
      load_receipts_per_s: Math.round(loaded.value.receipts / (loaded.ms / 1000)),
      load_avg_after_load: round(loadAvgAfterLoad),
      load_index_ms: loaded.value.indexMs,
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
      report_rows: reportRows,
      export_month_ms: exported.ms,
      export_month_rows: exported.rows,
      export_month_bytes: exported.bytes,
      export_month_peak_rss_mb: exported.peak_rss_mb,
      export_month_rss_before_mb: exported.rss_before_mb,
      export_month_report: "receipts (lib/receipts/export-xlsx.ts exportReceiptsXlsx, own process)",
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

/** JSON with sorted keys and VAT lists sorted by rate: two reports compare equal when their figures do. */
function canon(v: unknown): string {
  const norm = (x: unknown): unknown => {
    if (Array.isArray(x))
      return x
        .map(norm)
        .sort((a, b) =>
          String((a as { rate?: string }).rate ?? "").localeCompare(
            String((b as { rate?: string }).rate ?? ""),
          ),
        );
    if (x && typeof x === "object")
      return Object.fromEntries(
        Object.keys(x)
          .sort()
          .map((k) => [k, norm((x as Record<string, unknown>)[k])]),
      );
    return typeof x === "bigint" ? Number(x) : x;
  };
  return JSON.stringify(norm(v));
}

/**
 * The generated shifts must be what the engine would have stored: the Z-report of a few closed
 * shifts recomputed from their documents by lib/fiscal/z-report.ts aggregateShift (the engine's
 * own code), with the non-nullable totals summed over the cashbox's documents up to the Z-report.
 */
async function checkShifts(
  orgId: string,
  cashboxIds: string[],
  query: <T extends Record<string, unknown>>(text: string, values?: unknown[]) => Promise<T[]>,
) {
  const { aggregateShift } = await import("../../lib/fiscal/z-report");
  const shifts = await query<{
    id: string;
    cashboxId: string;
    number: number;
    openedAt: Date;
    closedAt: Date;
    openingCash: bigint;
    documentCount: number;
    zReport: Record<string, unknown>;
  }>(
    `SELECT id, "cashboxId", number, "openedAt", "closedAt", "openingCash", "documentCount", "zReport" FROM "Shift"
      WHERE "organizationId" = $1 AND "cashboxId" = ANY ($2::uuid[]) AND "zReport" IS NOT NULL AND number IN (1, 27, 180, 364)`,
    [orgId, cashboxIds],
  );
  if (shifts.length === 0) throw new Error("no closed shifts to check");
  for (const sh of shifts) {
    const docs = await query<{
      type: string;
      number: number;
      total: bigint;
      cash: bigint;
      card: bigint;
      change: bigint;
      discount: bigint;
      vat: { rate: string; amount: number }[];
    }>(
      `SELECT type::text, number, total, cash, card, change, discount, vat FROM "FiscalDocument"
        WHERE "organizationId" = $1 AND "shiftId" = $2 ORDER BY number`,
      [orgId, sh.id],
    );
    const [t] = await query<{ sale: bigint; ret: bigint }>(
      `SELECT COALESCE(sum(total) FILTER (WHERE type = 'SALE'), 0)::bigint AS sale,
              COALESCE(sum(total) FILTER (WHERE type = 'SALE_RETURN'), 0)::bigint AS ret
         FROM "FiscalDocument" WHERE "organizationId" = $1 AND "cashboxId" = $2 AND number <= $3`,
      [orgId, sh.cashboxId, docs[docs.length - 1].number],
    );
    const expected = aggregateShift({
      shiftNumber: sh.number,
      openedAt: sh.openedAt,
      closedAt: sh.closedAt,
      openingCash: sh.openingCash,
      docs: docs.map((d) => ({ ...d, type: d.type.toLowerCase() as DocumentKind })),
      nonNullableEnd: { sale: t.sale, sale_return: t.ret, purchase: 0n, purchase_return: 0n },
    });
    const { fiscalSign: _sign, ...stored } = sh.zReport;
    void _sign;
    const ok =
      canon(stored) === canon(expected) &&
      docs.length === sh.documentCount &&
      docs[0].type === "SHIFT_OPEN" &&
      docs[docs.length - 1].type === "Z_REPORT";
    if (!ok)
      throw new Error(
        `shift ${sh.number} of cashbox ${sh.cashboxId}: stored Z-report ${canon(stored)} != recomputed ${canon(expected)} (${docs.length} documents, documentCount ${sh.documentCount})`,
      );
  }
  log(`shifts: ${shifts.length} Z-reports equal aggregateShift over their documents`);
}
