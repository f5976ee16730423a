// The receipts .xlsx export of one period in a process of its own (issue 21: «the .xlsx export of a
// month streamed in constant memory»), run by the analytics suite: `exportReceiptsXlsx` of
// lib/receipts/export-xlsx.ts — the function behind «Чеки» → «Выгрузить в Excel» — into a sink that
// counts the bytes. A fresh process, so its peak RSS (getrusage maxrss, and RSS sampled every 10 ms)
// is the export's own and not the suite's (which holds the run's other state). Prints one JSON line.
//   tsx bench/suites/analytics-export.ts <organizationId> <userId> <from> <to>   (DATABASE_URL set)
import { Writable } from "node:stream";

async function main() {
  const [organizationId, userId, from, to] = process.argv.slice(2);
  const { exportReceiptsXlsx } = await import("../../lib/receipts/export-xlsx");
  const { EMPTY_SEARCH } = await import("../../lib/receipts/params");
  const { unsafeOrganizationId } = await import("../../lib/tenant/context");
  const { permissionsOf } = await import("../../lib/tenant/permissions");
  const { closePool } = await import("../../lib/db/pool");
  const { getDb } = await import("../../lib/db/client");
  const ctx = {
    userId,
    userEmail: "bench@example.com",
    userName: "Bench",
    organizationId: unsafeOrganizationId(organizationId),
    organizationName: "Bench",
    role: "OWNER" as const,
    permissions: permissionsOf("OWNER"),
    country: "RU" as const,
    timezone: "Europe/Moscow",
    ip: "127.0.0.1",
  };
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done();
    },
  });
  const t0 = performance.now();
  const rows = await exportReceiptsXlsx(ctx, { ...EMPTY_SEARCH, from, to }, sink);
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const maxrss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify({
      rows,
      bytes,
      ms: Math.round(ms),
      rss_before_mb: Math.round((rssBefore / 2 ** 20) * 10) / 10,
      peak_rss_mb: Math.round((Math.max(peak, maxrss) / 2 ** 20) * 10) / 10,
    }),
  );
  await closePool();
  await (getDb() as unknown as { $disconnect(): Promise<void> }).$disconnect();
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
