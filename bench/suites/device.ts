// Suite `device` (issue 6): receipt ingest of the device API under 50 concurrent terminals.
//
// Setup: the suite's own fresh database, one organization with BENCH_TERMINALS (50) registered, paid
// cashboxes, each with its device token, and the production build (KASSA_DIST_DIR, reused when it
// exists, else built) started by `next start`. Each simulated terminal (lib/simulator/terminal.ts
// runLoad) signs its cashier in by PIN, opens a shift, then sends sales back to back over HTTP:
// 5 lines (one weighed, 3-decimal quantity), paid half by card and half in cash — BENCH_RECEIPTS
// receipts in all (default 10,000), after a warm-up of 5 per terminal that is not counted.
// receipts_per_s = accepted receipts / wall time; p50/p99 = per-request latency seen by the terminal.
//
// Baseline (raw_insert_per_s): the same rows written straight into PostgreSQL with `pg`, with the
// same concurrency (BENCH_TERMINALS workers) over a pool as large as the app's device pool
// (DEVICE_DB_POOL_SIZE / DB_POOL_SIZE, default 10): per receipt one transaction — BEGIN, INSERT of
// the FiscalDocument row (copied from a document the API stored in this run: same JSON response and
// content, new id, number and clientDocId), one INSERT of its 5 ReceiptLine rows, COMMIT. No
// journal lock, no checks, no hashing: the floor of what storing a receipt costs.
// ratio = receipts_per_s / raw_insert_per_s (the share of the bare-insert throughput the API keeps),
// where receipts_per_s/p50/p99 are those of the device API process `npm start` ships (the gateway);
// the same engine behind Next's route handler is reported beside it as next_* and ratio_next.
// Targets (issue 17; reported, not asserted): ratio ≥ 0.35, p99 < 250 ms, 0 errors.
import { randomUUID } from "node:crypto";
import { cpus, loadavg } from "node:os";
import { execSync, spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { createBenchDatabase, log, percentile, startAppServer } from "../harness";

const root = path.resolve(__dirname, "../..");

export async function run(): Promise<Record<string, unknown>> {
  const terminals = Number(process.env.BENCH_TERMINALS ?? 50);
  const receipts = Number(process.env.BENCH_RECEIPTS ?? 10_000);
  const perTerminal = Math.max(1, Math.ceil(receipts / terminals));
  const poolSize = Number(process.env.DEVICE_DB_POOL_SIZE ?? process.env.DB_POOL_SIZE ?? 10);
  const loadAtStart = loadavg().map((x) => Math.round(x * 100) / 100);
  const uptimeAtStart = execSync("uptime").toString().trim();
  log(`load at start: ${uptimeAtStart}`);
  const database = await createBenchDatabase("device");
  let server: Awaited<ReturnType<typeof startAppServer>> | null = null;
  try {
    const { getDb } = await import("../../lib/db/client");
    const { seedCashbox, seedTenant } = await import("../../prisma/seed/factories");
    const { runLoad } = await import("../../lib/simulator/terminal");
    const db = getDb();
    const t = await seedTenant(db, { country: "RU" });
    const devices: { token: string; pin: string; cashboxId: string }[] = [];
    for (let i = 0; i < terminals; i++) {
      const { cashbox, token } = await seedCashbox(db, {
        organizationId: t.org.id,
        tradePointId: t.tradePoint.id,
        name: `Касса ${i + 1}`,
        registrationStatus: "REGISTERED",
        registrationNumber: `00007${String(i).padStart(11, "0")}`,
        paidUntil: new Date(Date.now() + 365 * 86400_000),
      });
      devices.push({ token, pin: "1234", cashboxId: cashbox.id });
    }
    log(`${terminals} cashboxes seeded`);
    server = await startAppServer(database.url);

    // warm-up (JIT, prepared statements on every pooled connection): not counted
    const warm = await runLoad({ url: server.baseUrl, devices, receiptsPerTerminal: 5 });
    log(`warm-up: ${warm.receipts} receipts, ${warm.errors} errors`);
    const report = await runLoad({
      url: server.baseUrl,
      devices,
      receiptsPerTerminal: perTerminal,
      onProgress: (n) => n % 5000 === 0 && log(`${n} receipts…`),
    });
    log(`API: ${JSON.stringify(report)}`);
    const loadAfterApi = loadavg().map((x) => Math.round(x * 100) / 100);
    await server.stop();
    server = null;

    // ---- the same engine behind a bare node:http handler (lib/device/gateway.ts) ----------------
    const bare = await startGateway(database.url);
    let bareReport: Awaited<ReturnType<typeof runLoad>>;
    let metrics: { queries: number; connMs: number };
    try {
      await runLoad({ url: bare.baseUrl, devices, receiptsPerTerminal: 5 });
      const before = await bare.metrics();
      bareReport = await runLoad({ url: bare.baseUrl, devices, receiptsPerTerminal: perTerminal });
      const after = await bare.metrics();
      metrics = { queries: after.queries - before.queries, connMs: after.connMs - before.connMs };
    } finally {
      await bare.stop();
    }
    log(`bare: ${JSON.stringify(bareReport)} ${JSON.stringify(metrics)}`);

    // ---- the baseline: the same rows, straight INSERTs ----------------------------------------
    const pool = new pg.Pool({ connectionString: database.url, max: poolSize });
    const templates = new Map<string, { doc: Record<string, unknown>; lines: Record<string, unknown>[] }>();
    for (const d of devices) {
      const doc = (
        await pool.query(
          `SELECT * FROM "FiscalDocument" WHERE "cashboxId" = $1 AND type = 'SALE' ORDER BY number DESC LIMIT 1`,
          [d.cashboxId],
        )
      ).rows[0];
      const lines = (
        await pool.query(`SELECT * FROM "ReceiptLine" WHERE "documentId" = $1 ORDER BY "lineNo"`, [doc.id])
      ).rows;
      templates.set(d.cashboxId, { doc, lines });
    }
    const docCols = Object.keys(templates.get(devices[0].cashboxId)!.doc);
    const lineCols = Object.keys(templates.get(devices[0].cashboxId)!.lines[0]);
    const q = (c: string) => `"${c}"`;
    const insertDoc = `INSERT INTO "FiscalDocument" (${docCols.map(q).join(", ")}) VALUES (${docCols.map((_, i) => `$${i + 1}`).join(", ")})`;
    const insertLines = `INSERT INTO "ReceiptLine" (${lineCols.map(q).join(", ")}) VALUES ${[0, 1, 2, 3, 4]
      .map((r) => `(${lineCols.map((_, i) => `$${r * lineCols.length + i + 1}`).join(", ")})`)
      .join(", ")}`;
    const rawLatencies: number[] = [];
    let rawErrors = 0;
    let number = 1_000_000;
    const t0 = performance.now();
    await Promise.all(
      devices.map(async (d) => {
        const tpl = templates.get(d.cashboxId)!;
        for (let n = 0; n < perTerminal; n++) {
          const id = randomUUID();
          const doc: Record<string, unknown> = {
            ...tpl.doc,
            id,
            number: number++,
            deviceSeq: null,
            clientDocId: randomUUID(),
            acceptedAt: new Date(),
          };
          const s = performance.now();
          const c = await pool.connect();
          try {
            await c.query("BEGIN");
            await c.query({ name: "raw-doc", text: insertDoc, values: docCols.map((k) => jsonable(doc[k])) });
            await c.query({
              name: "raw-lines",
              text: insertLines,
              values: tpl.lines.flatMap((l) => lineCols.map((k) => jsonable(k === "documentId" ? id : l[k]))),
            });
            await c.query("COMMIT");
          } catch (e) {
            rawErrors++;
            await c.query("ROLLBACK").catch(() => {});
            if (rawErrors < 3) log(`raw insert failed: ${(e as Error).message}`);
          } finally {
            c.release();
          }
          rawLatencies.push(performance.now() - s);
        }
      }),
    );
    const rawSeconds = (performance.now() - t0) / 1000;
    await pool.end();
    const rawPerS = Math.round((rawLatencies.length - rawErrors) / rawSeconds);

    return {
      terminals,
      // The device API as shipped: `npm start` runs it as its own process (`npm run device-gateway`,
      // a bare node:http server over the same engine) because it keeps > 1.5x Next's throughput here
      // (next_vs_bare below); terminals talk to it. The same engine inside Next follows as next_*.
      receipts: bareReport.receipts,
      errors: bareReport.errors + report.errors,
      receipts_per_s: bareReport.receipts_per_s,
      p50_ms: bareReport.p50_ms,
      p99_ms: bareReport.p99_ms,
      max_ms: bareReport.max_ms,
      raw_insert_per_s: rawPerS,
      raw_p50_ms: Math.round(percentile(rawLatencies, 50) * 10) / 10,
      raw_p99_ms: Math.round(percentile(rawLatencies, 99) * 10) / 10,
      raw_errors: rawErrors,
      ratio: Math.round((bareReport.receipts_per_s / rawPerS) * 1000) / 1000,
      // per request of the measured gateway run (receipts + the few sign-ins), from the pool's own counters
      round_trips_per_receipt: Math.round((metrics.queries / bareReport.receipts) * 100) / 100,
      conn_ms_per_receipt: Math.round((metrics.connMs / bareReport.receipts) * 100) / 100,
      next_receipts: report.receipts,
      next_errors: report.errors,
      next_seconds: report.seconds,
      next_receipts_per_s: report.receipts_per_s,
      next_p50_ms: report.p50_ms,
      next_p99_ms: report.p99_ms,
      ratio_next: Math.round((report.receipts_per_s / rawPerS) * 1000) / 1000,
      // Next's throughput as a share of the bare handler's (< 0.67: bare ≥ 1.5× faster)
      next_vs_bare: Math.round((report.receipts_per_s / bareReport.receipts_per_s) * 1000) / 1000,
      load_now: loadavg().map((x) => Math.round(x * 100) / 100),
      error_samples: [...bareReport.errorSamples, ...report.errorSamples],
      device_pool_size: poolSize,
      cpus: cpus().length,
      load_at_start: loadAtStart,
      load_after_api: loadAfterApi,
      uptime_at_start: uptimeAtStart,
      build: process.env.KASSA_DIST_DIR ?? ".next",
      database: database.server,
      targets: { p99_ms: 250, ratio: 0.35, errors: 0 },
    };
  } finally {
    if (server) await server.stop();
    await database.drop();
  }
}

/** `npm run device-gateway` as its own process, with the pool's counters on (KASSA_DEVICE_METRICS=1). */
async function startGateway(databaseUrl: string) {
  const port = Number(process.env.BENCH_GATEWAY_PORT ?? 3901);
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(
    process.execPath,
    [
      // BENCH_GATEWAY_NODE_ARGS: extra node flags for the gateway, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
      ...(process.env.BENCH_GATEWAY_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
      "--import",
      "tsx",
      "scripts/device-gateway.ts",
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        DEVICE_GATEWAY_PORT: String(port),
        KASSA_DEVICE_METRICS: "1",
        NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? "bench-secret-not-for-production",
        APP_URL: baseUrl,
      },
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const metrics = async () =>
    (await (await fetch(`${baseUrl}/__metrics`)).json()) as { queries: number; connMs: number };
  for (const deadline = Date.now() + 120_000; ; await new Promise((r) => setTimeout(r, 500))) {
    if (child.exitCode !== null) throw new Error(`device-gateway exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error("device-gateway did not start");
    if (
      await metrics().then(
        () => true,
        () => false,
      )
    )
      break;
  }
  return {
    baseUrl,
    metrics,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** pg sends objects as JSON, but arrays as PostgreSQL arrays: jsonb columns holding arrays need JSON text. */
function jsonable(v: unknown): unknown {
  if (Array.isArray(v)) return JSON.stringify(v);
  return v;
}
