// Suite `analytics` (issue 8): the «Аналитика» dashboard over one organization with many receipts.
//
// Data: one RU organization (Europe/Moscow), BENCH_CASHBOXES cashboxes (default 100) over the 365
// local days up to yesterday, `--receipts N` receipts in all (default 10,000,000; BENCH_RECEIPTS
// too). The receipts come from the terminal simulator's generator (lib/simulator/generator.ts
// dayReceipts: its hour/weekday shape, goods, payments and returns); the generator caps a day at 40
// sales per cashbox, so a cashbox-day is made of several independently seeded generator days
// ("slices") until the total is reached. The generator is a parameter of `load()`, so another one
// can be swapped in. Rows are bulk-loaded with COPY (psql \copy from stdin), not through HTTP:
// these documents do NOT carry a valid fiscal sign or hash chain (fiscalSign/hash are
// placeholders, vat is empty) — the bench measures reading, not the engine. The rollups are then
// built by the rebuild (lib/analytics/rebuild.ts), timed as rebuild_s.
//
// Measured (BENCH_REPS runs each after 3 warm-ups, p95): the dashboard's data function
// `dashboardFigures` (lib/analytics/dashboard.ts: KPIs with the previous period, by day, by
// cashbox, heat map, top goods — its five queries run concurrently like the page does) for the
// last 30 and 365 days, beside the same figures by a direct GROUP BY over FiscalDocument /
// ReceiptLine (raw*, same five queries, same concurrency); speedup365 = raw365 / dash365. And the
// receipt search by number: `searchReceipts(ctx, { ...EMPTY_SEARCH, number })` of lib/receipts.
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { createBenchDatabase, log, percentile, round, timed } from "../harness";

type Generator = (spec: {
  cashboxId: string;
  date: string;
  seed: string;
}) => { clientDocId: string; at: Date; total: number; returnOf?: string; payload: Payload }[];

interface Payload {
  type: string;
  items: {
    nomenclatureId?: string | null;
    name: string;
    unit: { code: string };
    price: number;
    quantity: string;
    discount?: number;
    vatRate: string;
  }[];
  payments: { type: "cash" | "card"; amount: number }[];
}

function argReceipts(): number {
  const i = process.argv.indexOf("--receipts");
  const v = i >= 0 ? process.argv[i + 1] : process.env.BENCH_RECEIPTS;
  const n = Number(v ?? 10_000_000);
  if (!Number.isInteger(n) || n < 1000) throw new Error("--receipts takes an integer ≥ 1000");
  return n;
}

/** COPY rows (tab-separated text format) into `table` through psql, streaming. */
function copyInto(url: string, table: string, columns: string[]) {
  const child = spawn(
    "psql",
    [
      url,
      "-v",
      "ON_ERROR_STOP=1",
      "-q",
      "-c",
      `\\copy "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`,
    ],
    {
      stdio: ["pipe", "inherit", "inherit"],
    },
  );
  const done = new Promise<void>((resolve, reject) => {
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`psql \\copy ${table} exited ${code}`)),
    );
    child.on("error", reject);
  });
  let buf: string[] = [];
  let size = 0;
  return {
    async write(row: (string | number | null)[]) {
      const line = row.map((v) => (v === null ? "\\N" : String(v))).join("\t");
      buf.push(line);
      size += line.length;
      if (size > 1 << 20) await this.flush();
    },
    async flush() {
      if (!buf.length) return;
      const chunk = buf.join("\n") + "\n";
      buf = [];
      size = 0;
      if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once("drain", r));
    },
    async end() {
      await this.flush();
      child.stdin.end();
      await done;
    },
  };
}

const esc = (s: string) => s.replace(/\\/g, "\\\\").replace(/\t/g, " ").replace(/\n/g, " ");

/** Bulk-loads `target` receipts made by `generate` for `cashboxes` over `dates`; returns counts. */
export async function load(opts: {
  url: string;
  organizationId: string;
  cashboxes: string[];
  cashierId: string;
  dates: string[];
  target: number;
  generate: Generator;
}) {
  const { url, organizationId: org } = opts;
  // how many generator days make one cashbox-day: from a sample
  let sample = 0;
  const sampleN = Math.min(200, opts.cashboxes.length * opts.dates.length);
  for (let i = 0; i < sampleN; i++) {
    sample += opts.generate({
      cashboxId: opts.cashboxes[i % opts.cashboxes.length],
      date: opts.dates[(i * 7) % opts.dates.length],
      seed: "bench|0",
    }).length;
  }
  const perDay = sample / sampleN;
  const slices = Math.max(1, Math.ceil(opts.target / (perDay * opts.cashboxes.length * opts.dates.length)));
  log(`generator: ~${perDay.toFixed(1)} receipts per generator day → ${slices} slice(s) per cashbox-day`);

  const docs = copyInto(url, "FiscalDocument", [
    "id",
    "organizationId",
    "cashboxId",
    "number",
    "type",
    "clientDocId",
    "requestHash",
    "responseStatus",
    "response",
    "createdAt",
    "acceptedAt",
    "offline",
    "fiscalSign",
    "hash",
    "prevHash",
    "total",
    "cash",
    "card",
    "change",
    "discount",
    "vat",
    "returnBasisId",
    "cashierId",
    "cashierName",
    "content",
  ]);
  const lines = copyInto(url, "ReceiptLine", [
    "organizationId",
    "documentId",
    "lineNo",
    "name",
    "nomenclatureId",
    "unitCode",
    "price",
    "quantity",
    "discount",
    "total",
    "vatRate",
    "vatAmount",
  ]);
  const numbers = new Map(opts.cashboxes.map((c) => [c, 0]));
  const cashboxDays = opts.cashboxes.length * opts.dates.length;
  let receipts = 0;
  let lineCount = 0;
  let k = 0;
  for (const date of opts.dates) {
    for (const cashboxId of opts.cashboxes) {
      // this cashbox-day's quota, so the target spreads evenly over the whole year
      const quota = Math.floor((opts.target * ++k) / cashboxDays) - receipts;
      const made: ReturnType<Generator> = [];
      for (let s = 0; made.length < quota; s++)
        made.push(...opts.generate({ cashboxId, date, seed: `bench|${s}` }));
      // keep `quota` of them, evenly strided (so every hour keeps its share), in time order
      const day = made
        .filter((_, i) => Math.floor(((i + 1) * quota) / made.length) > Math.floor((i * quota) / made.length))
        .sort((a, b) => a.at.getTime() - b.at.getTime());
      const idOf = new Map<string, string>();
      {
        for (const r of day) {
          const id = randomUUID();
          idOf.set(r.clientDocId, id);
          const number = numbers.get(cashboxId)! + 1;
          numbers.set(cashboxId, number);
          let cash = 0;
          let card = 0;
          for (const p of r.payload.payments) {
            if (p.type === "cash") cash += p.amount;
            else card += p.amount;
          }
          const change = Math.max(0, cash + card - r.total);
          cash -= change;
          let discount = 0;
          r.payload.items.forEach((it) => (discount += it.discount ?? 0));
          const basis = r.returnOf ? (idOf.get(r.returnOf) ?? null) : null;
          await docs.write([
            id,
            org,
            cashboxId,
            number,
            r.payload.type.toUpperCase(),
            r.clientDocId,
            "bench",
            201,
            "{}",
            r.at.toISOString(),
            r.at.toISOString(),
            "f",
            "0000000000",
            "bench",
            "bench",
            r.total,
            cash,
            card,
            change,
            discount,
            "[]",
            basis,
            opts.cashierId,
            "Кассир",
            "{}",
          ]);
          for (const [i, it] of r.payload.items.entries()) {
            const milli = Math.round(Number(it.quantity) * 1000);
            const amount = Math.floor((it.price * milli + 500) / 1000);
            await lines.write([
              org,
              id,
              i + 1,
              esc(it.name),
              it.nomenclatureId ?? null,
              it.unit.code,
              it.price,
              it.quantity,
              it.discount ?? 0,
              amount - (it.discount ?? 0),
              it.vatRate,
              0,
            ]);
            lineCount++;
          }
          receipts++;
          if (receipts % 500_000 === 0) log(`  ${receipts} receipts generated`);
        }
      }
    }
  }
  await docs.end();
  await lines.end();
  return { receipts, lines: lineCount, slices };
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
    const { pgQuery, closePool } = await import("../../lib/db/pool");
    const { seedCashbox, seedMembership, seedOrganization, seedTradePoint, seedUser } =
      await import("../../prisma/seed/factories");
    const { dayReceipts } = await import("../../lib/simulator/generator");
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
    const generate: Generator = (s) =>
      dayReceipts({
        ...s,
        country: "RU",
        timeZone: org.timezone,
        items: DEMO_ITEMS.RU,
      }) as ReturnType<Generator>;

    const loaded = await timed(() =>
      load({
        url: database.url,
        organizationId: org.id,
        cashboxes,
        cashierId: cashier.id,
        dates,
        target,
        generate,
      }),
    );
    log(
      `loaded ${loaded.value.receipts} receipts, ${loaded.value.lines} lines in ${(loaded.ms / 1000).toFixed(1)} s`,
    );
    await pgQuery(`ANALYZE "FiscalDocument"`);
    await pgQuery(`ANALYZE "ReceiptLine"`);
    const rebuilt = await timed(() => rebuildRollups(org.id));
    log(`rollups rebuilt in ${(rebuilt.ms / 1000).toFixed(1)} s`);
    for (const t of ["AnalyticsDay", "AnalyticsHours", "AnalyticsItemDay", "AnalyticsItemMonth"])
      await pgQuery(`ANALYZE "${t}"`);
    const [sizes] = await pgQuery<Record<string, bigint>>(
      `SELECT (SELECT count(*) FROM "AnalyticsDay") AS day_rows, (SELECT count(*) FROM "AnalyticsHours") AS hour_rows,
              (SELECT count(*) FROM "AnalyticsItemDay") AS item_day_rows, (SELECT count(*) FROM "AnalyticsItemMonth") AS item_month_rows,
              pg_database_size(current_database()) AS db_bytes`,
    );

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
        pgQuery(
          `SELECT ${local}::date >= '${p.from}'::date AS cur, d.type, d."cancelsId" IS NOT NULL AS reversal, count(*), sum(d.total), sum(d.cash), sum(d.card),
                  count(*) FILTER (WHERE d.cash > 0 AND d.card = 0), count(*) FILTER (WHERE d.card > 0 AND d.cash = 0), count(*) FILTER (WHERE d.cash > 0 AND d.card > 0)
             ${base} AND ${range(p.prevFrom, p.to)} GROUP BY 1, 2, 3`,
          [org.id],
        ),
        pgQuery(
          `SELECT ${local}::date AS day, sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END), count(*) FILTER (WHERE d.type = 'SALE')
             ${base} AND ${range(p.from, p.to)} GROUP BY 1`,
          [org.id],
        ),
        pgQuery(
          `SELECT d."cashboxId", sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END), count(*) FILTER (WHERE d.type = 'SALE')
             ${base} AND ${range(p.from, p.to)} GROUP BY 1`,
          [org.id],
        ),
        pgQuery(
          `SELECT extract(isodow FROM ${local}), extract(hour FROM ${local}), sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END)
             ${base} AND ${range(p.from, p.to)} GROUP BY 1, 2`,
          [org.id],
        ),
        pgQuery(
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
    const check = await dashboardFigures(org.id, null, p365, "RU");
    log(
      `dashboard 365: revenue ${check.current.revenue}, receipts ${check.current.receipts}, top good «${check.topGoods[0]?.name}»`,
    );
    const dash30 = await measure("dashboard 30 d", reps, () => dashboardFigures(org.id, null, p30, "RU"));
    const dash365 = await measure("dashboard 365 d", reps, () => dashboardFigures(org.id, null, p365, "RU"));
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
      generator_slices_per_cashbox_day: loaded.value.slices,
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
      hash_chain: "not valid: bench rows are bulk-loaded with COPY, not through the engine",
      machine: { cpus: cpus().length, load_avg: loadavg().map(round) },
    };
  } finally {
    await database.drop();
  }
}
