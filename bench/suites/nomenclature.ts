// Suite `nomenclature` (issue 7): «Загрузить из Excel» and «Выгрузить в Excel» at 100,000 items.
//
// A 100,000-row .xlsx (8 columns, as the template has them: name, article, EAN-13 barcode, type,
// unit, price, VAT, section) is written with exceljs's streaming writer. Then, each in its own
// child process so that its peak RSS is its own (process.resourceUsage().maxRSS):
//   raw_read   exceljs's streaming reader alone reading every cell of the file;
//   import     the import job (lib/nomenclature/import/run-import-job.ts) from QUEUED to DONE:
//              streaming read + row validation + chunked upserts + progress, into an empty
//              organization (100,000 creates); import_s is compared with raw_read_s (`ratio`);
//   reimport   the same file again: every row must come out «skipped» (idempotency at scale);
//   export     «Выгрузить в Excel» of the 100,000 items, streamed to a file.
// Times are measured inside the child (process start-up excluded, the same for every child).
// Upload (header detection) and preview (a full validation pass) run in this process and are
// reported too, as upload_s and preview_s: the user waits for them before pressing «Загрузить».
// Environment: BENCH_NOMENCLATURE_ROWS (default 100000).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { createBenchDatabase, log, root, round, timed } from "../harness";

const sec = (ms: number) => Math.round(ms / 10) / 100;

interface ChildResult {
  ms: number;
  maxRssMb: number;
  cpuMs: number;
  /** CPU of the PostgreSQL backends serving the child (null when PostgreSQL is not on this machine) */
  dbCpuMs: number | null;
  [k: string]: unknown;
}

function child(args: string[], env: NodeJS.ProcessEnv): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const p = spawn(
      path.join(root, "node_modules/.bin/tsx"),
      [path.join(__dirname, "nomenclature.worker.ts"), ...args],
      {
        cwd: root,
        env,
        stdio: ["ignore", "pipe", "inherit"],
      },
    );
    let out = "";
    p.stdout.on("data", (d) => (out += d));
    p.on("exit", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`worker ${args[0]} exited with ${code}: ${out}`));
      resolve(JSON.parse(last) as ChildResult);
    });
  });
}

export async function run(): Promise<Record<string, unknown>> {
  const rows = Number(process.env.BENCH_NOMENCLATURE_ROWS ?? 100_000);
  const database = await createBenchDatabase("nomenclature");
  const dir = mkdtempSync(path.join(tmpdir(), "kassa-nomenclature-"));
  try {
    const { getDb } = await import("../../lib/db/client");
    const { seedOrganization, seedUser, seedMembership } = await import("../../prisma/seed/factories");
    const { writeBenchXlsx } = await import("./nomenclature.data");
    const { uploadImport } = await import("../../lib/nomenclature/import/upload-import");
    const { previewImport } = await import("../../lib/nomenclature/import/preview-import");
    const { startImport } = await import("../../lib/nomenclature/import/start-import");
    const { unsafeOrganizationId } = await import("../../lib/tenant/context");
    const { permissionsOf } = await import("../../lib/tenant/permissions");
    const { readFile } = await import("node:fs/promises");

    const db = getDb();
    const org = await seedOrganization(db, { country: "RU", name: "ООО «Бенчмарк»" });
    const user = await seedUser(db, { email: `bench-owner-${Date.now()}@example.com` });
    await seedMembership(db, { organizationId: org.id, userId: user.id, role: "OWNER" });
    const ctx = {
      userId: user.id,
      userEmail: user.email,
      userName: user.name,
      organizationId: unsafeOrganizationId(org.id),
      organizationName: org.name,
      role: "OWNER" as const,
      permissions: permissionsOf("OWNER"),
      country: "RU" as const,
      timezone: org.timezone,
      ip: null,
    };

    const file = path.join(dir, "nomenclature-100k.xlsx");
    const written = await timed(() => writeBenchXlsx(file, rows));
    const fileMb = statSync(file).size / 1024 / 1024;
    log(`wrote ${rows} rows (${fileMb.toFixed(1)} MB) in ${(written.ms / 1000).toFixed(1)} s`);
    const env = { ...process.env, DATABASE_URL: database.url };

    const raw = await child(["raw", file], env);
    log(
      `raw exceljs read: ${(raw.ms / 1000).toFixed(2)} s (cpu ${(raw.cpuMs / 1000).toFixed(2)} s), ${raw.rows} rows, peak RSS ${raw.maxRssMb.toFixed(0)} MB`,
    );

    const importOnce = async (label: string) => {
      const bytes = new Uint8Array(await readFile(file));
      const upload = await timed(() => uploadImport(ctx, { name: "nomenclature-100k.xlsx", bytes }));
      const job = upload.value;
      const preview = await timed(() => previewImport(ctx, job.id, job.mapping!));
      if (preview.value.invalid !== 0) throw new Error(`preview found ${preview.value.invalid} bad rows`);
      await startImport(ctx, job.id, job.mapping!);
      const result = await child(["import", ctx.organizationId, job.id], env);
      const done = await db.importJob.findFirstOrThrow({ where: { id: job.id } });
      if (done.status !== "DONE") throw new Error(`${label}: job ended ${done.status}`);
      log(
        `${label}: upload ${(upload.ms / 1000).toFixed(2)} s, preview ${(preview.ms / 1000).toFixed(2)} s, import ${(result.ms / 1000).toFixed(2)} s ` +
          `(cpu ${(result.cpuMs / 1000).toFixed(2)} s + db ${((result.dbCpuMs ?? 0) / 1000).toFixed(2)} s; created ${done.createdCount}, updated ${done.updatedCount}, ` +
          `skipped ${done.skippedCount}, failed ${done.failedCount}), peak RSS ${result.maxRssMb.toFixed(0)} MB`,
      );
      return { upload, preview, result, done };
    };
    const first = await importOnce("import");
    if (first.done.createdCount !== rows)
      throw new Error(`expected ${rows} created, got ${first.done.createdCount}`);
    const again = await importOnce("re-import");
    if (again.done.skippedCount !== rows)
      throw new Error(`re-import: expected ${rows} skipped, got ${again.done.skippedCount}`);

    const exportFile = path.join(dir, "export.xlsx");
    const exp = await child(["export", org.id, user.id, exportFile], env);
    log(
      `export: ${(exp.ms / 1000).toFixed(2)} s, ${exp.rows} rows, ${(statSync(exportFile).size / 1024 / 1024).toFixed(1)} MB, peak RSS ${exp.maxRssMb.toFixed(0)} MB`,
    );
    if (exp.rows !== rows) throw new Error(`export wrote ${exp.rows} rows`);

    return {
      rows,
      file_mb: round(fileMb),
      raw_read_s: sec(raw.ms),
      raw_read_peak_rss_mb: Math.round(raw.maxRssMb),
      upload_s: sec(first.upload.ms),
      preview_s: sec(first.preview.ms),
      import_s: sec(first.result.ms),
      import_peak_rss_mb: Math.round(first.result.maxRssMb),
      // RSS of the worker before the import started (node, tsx, Prisma client and its engine, pg)
      import_baseline_rss_mb: Math.round(Number(first.result.baselineRssMb ?? 0)),
      ratio: Math.round((first.result.ms / raw.ms) * 100) / 100,
      // CPU seconds do not depend on what else the (shared) machine is doing
      raw_read_cpu_s: sec(raw.cpuMs),
      import_cpu_s: sec(first.result.cpuMs),
      import_db_cpu_s: first.result.dbCpuMs === null ? null : sec(first.result.dbCpuMs),
      cpu_ratio:
        first.result.dbCpuMs === null
          ? null
          : Math.round(((first.result.cpuMs + first.result.dbCpuMs) / raw.cpuMs) * 100) / 100,
      load_average: Math.round(loadavg()[0] * 10) / 10,
      ratio_target: 3,
      import_target_s: 20,
      import_target_rss_mb: 500,
      reimport_s: sec(again.result.ms),
      reimport_skipped: again.done.skippedCount,
      export_s: sec(exp.ms),
      export_peak_rss_mb: Math.round(exp.maxRssMb),
      export_cpu_s: sec(exp.cpuMs),
      export_db_cpu_s: exp.dbCpuMs === null ? null : sec(exp.dbCpuMs),
      database: database.server,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await database.drop();
  }
}
