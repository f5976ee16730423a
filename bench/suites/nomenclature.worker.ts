// Child process of the `nomenclature` suite: runs one measured step and prints
// {"ms":…,"maxRssMb":…,"cpuMs":…,"dbCpuMs":…} as its last line: wall time, peak RSS of this process
// only, CPU time of this process, and CPU time of the PostgreSQL backends serving its database
// (read from /proc when PostgreSQL runs on this machine; the machine may be shared and busy, CPU
// time does not depend on what else runs).
import { readFileSync, createWriteStream } from "node:fs";
import { once } from "node:events";
import ExcelJS from "exceljs";
import pg from "pg";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const peakMb = () => process.resourceUsage().maxRSS / 1024;
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const TICK_MS = 10; // CLK_TCK = 100 on Linux

/**
 * CPU ms used by the PostgreSQL backends of this database while `fn` runs: every backend is
 * sampled from /proc every 100 ms (a connection opened and closed during the run is counted from
 * its first sample to its last). null when /proc does not show PostgreSQL's processes.
 */
async function withDbCpu<T>(fn: () => Promise<T>): Promise<{ value: T; dbCpuMs: number | null }> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  let visible = false;
  const sample = async () => {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity WHERE datname = current_database()`,
    );
    for (const { pid } of rows) {
      let stat: string;
      try {
        stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      } catch {
        continue; // the backend just exited, or PostgreSQL runs elsewhere
      }
      visible = true;
      const f = stat.split(") ")[1].split(" ");
      const ms = (Number(f[11]) + Number(f[12])) * TICK_MS;
      if (!first.has(pid)) first.set(pid, started ? 0 : ms);
      last.set(pid, ms);
    }
  };
  let started = false;
  await sample();
  started = true;
  let sampling = Promise.resolve();
  const timer = setInterval(() => (sampling = sampling.then(sample).catch(() => {})), 100);
  try {
    const value = await fn();
    clearInterval(timer);
    await sampling;
    await sample();
    let total = 0;
    for (const [pid, v] of last) total += v - (first.get(pid) ?? 0);
    return { value, dbCpuMs: visible ? total : null };
  } finally {
    clearInterval(timer);
    await client.end();
  }
}

/** Runs `fn`, measuring wall time, this process's CPU and its database backends' CPU. */
async function measured<T extends object>(fn: () => Promise<T>) {
  const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
  let cpu = 0;
  let ms = 0;
  const { value, dbCpuMs } = await withDbCpu(async () => {
    const cpu0 = cpuMs();
    const t = performance.now();
    const v = await fn();
    ms = performance.now() - t;
    cpu = cpuMs() - cpu0;
    return v;
  });
  return { ...value, ms, cpuMs: cpu, dbCpuMs, maxRssMb: peakMb(), baselineRssMb };
}

/**
 * What a running app server has already done before any import: opened the Prisma pool and
 * instantiated Prisma's query compiler (WebAssembly, ~0.2 s on the first model query) and ICU.
 */
async function warmUp() {
  const { db } = await import("../../lib/db/client");
  await db.organization.findFirst({ select: { id: true } });
  await db.vatRate.findMany({ select: { code: true }, take: 1 });
  (await import("../../lib/locale/zone")).localDate(new Date(), "Europe/Moscow");
}

async function raw(file: string) {
  let rows = 0;
  let cells = 0;
  const cpu0 = cpuMs();
  const t = performance.now();
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
    sharedStrings: "cache",
    styles: "ignore",
    hyperlinks: "ignore",
    worksheets: "emit",
    entries: "ignore",
  });
  for await (const sheet of reader) {
    for await (const row of sheet as AsyncIterable<ExcelJS.Row>) {
      rows++;
      const v = row.values as unknown[];
      for (let i = 1; i < v.length; i++) if (v[i] !== undefined) cells++;
    }
  }
  return {
    ms: performance.now() - t,
    cpuMs: cpuMs() - cpu0,
    dbCpuMs: 0,
    maxRssMb: peakMb(),
    rows: rows - 1,
    cells,
  };
}

async function importJob(organizationId: string, jobId: string) {
  const { runImportJob } = await import("../../lib/nomenclature/import/run-import-job");
  await warmUp();
  return measured(async () => {
    const outcome = await runImportJob(unsafeOrganizationId(organizationId), jobId);
    if (outcome !== "done") throw new Error(`import ended: ${outcome}`);
    return { outcome };
  });
}

async function exportAll(organizationId: string, userId: string, file: string) {
  const { exportItems } = await import("../../lib/nomenclature/excel/export-items");
  const { unsafeOrganizationId } = await import("../../lib/tenant/context");
  const { permissionsOf } = await import("../../lib/tenant/permissions");
  await warmUp();
  const ctx = {
    userId,
    userEmail: "",
    userName: "",
    organizationId: unsafeOrganizationId(organizationId),
    organizationName: "",
    role: "OWNER" as const,
    permissions: permissionsOf("OWNER"),
    country: "RU" as const,
    timezone: "Europe/Moscow",
    ip: null,
  };
  const result = await measured(async () => {
    const out = createWriteStream(file);
    await exportItems(ctx, { status: "all" }, "ru", out);
    if (!out.writableFinished) await once(out, "finish");
    return {};
  });
  // Read back after measuring: the file must hold every item.
  let rows = 0;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, { worksheets: "emit" });
  for await (const sheet of reader) for await (const _ of sheet as AsyncIterable<ExcelJS.Row>) rows++;
  return { ...result, rows: rows - 1 };
}

async function main() {
  const [mode, a, b, c] = process.argv.slice(2);
  const result =
    mode === "raw"
      ? await raw(a)
      : mode === "import"
        ? await importJob(a, b)
        : mode === "export"
          ? await exportAll(a, b, c)
          : null;
  if (!result) throw new Error(`unknown mode ${mode}`);
  const { disconnectDb } = await import("../../lib/db/client");
  await disconnectDb();
  console.log(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
