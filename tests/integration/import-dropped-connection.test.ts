// Issue 16.4 / 16.3 (import part): a terminated backend (pg_terminate_backend on the import's own
// connection) mid-import is retried on a new connection and the job resumes from its last committed
// row; no uncaught exception, no FAILED job, no lost file. A job fails only for a reason the owner can
// act on.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getImportJob } from "@/lib/nomenclature/import/jobs";
import { previewImport } from "@/lib/nomenclature/import/preview-import";
import { runImportJob } from "@/lib/nomenclature/import/run-import-job";
import { startImport } from "@/lib/nomenclature/import/start-import";
import { uploadImport } from "@/lib/nomenclature/import/upload-import";
import { seedTenant } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

const uncaught: unknown[] = [];
const onUncaught = (e: unknown) => uncaught.push(e);
beforeEach(() => {
  uncaught.length = 0;
  process.on("uncaughtException", onUncaught);
});
afterEach(() => {
  process.off("uncaughtException", onUncaught);
});

async function queued(rows: number) {
  const t = await seedTenant(db(), { country: "RU" });
  const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
  const lines = Array.from({ length: rows }, (_, i) => `Товар ${i + 1};D-${i + 1};${i + 10},50`);
  const bytes = new TextEncoder().encode(["Наименование;Артикул;Цена", ...lines].join("\n"));
  const job = await uploadImport(owner, { name: "drop.csv", bytes });
  await previewImport(owner, job.id, job.mapping!);
  await startImport(owner, job.id, job.mapping!);
  return { t, owner, job };
}

/** Kills the import's own backend (application_name kassa-import) from another connection. */
async function terminateImportConnection(): Promise<number> {
  const rows = await db().$queryRawUnsafe<{ n: bigint }[]>(
    `SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity
      WHERE application_name = 'kassa-import' AND datname = current_database() AND pid <> pg_backend_pid()`,
  );
  return Number(rows[0].n);
}

const settle = () => new Promise((r) => setTimeout(r, 200));

describe("an import whose connection is dropped", () => {
  it("retries on a new connection and finishes from the last committed row", async () => {
    const { t, owner, job } = await queued(20);
    let killed = 0;
    const outcome = await runImportJob(owner.organizationId, job.id, {
      chunkRows: 5,
      retryDelaysMs: [50, 100, 200],
      afterChunk: async (n) => {
        if (n === 5) {
          killed = await terminateImportConnection();
          await settle(); // let the client see the FATAL message while idle
        }
      },
    });
    expect(killed).toBe(1);
    expect(outcome).toBe("done");
    expect(await getImportJob(owner, job.id)).toMatchObject({
      status: "DONE",
      processedRows: 20,
      created: 20,
      failed: 0,
      errorMessage: null,
    });
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(20);
    expect(uncaught).toEqual([]);
  });

  it("dropped twice, after two different chunks: every row once, nothing doubled", async () => {
    const { t, owner, job } = await queued(12);
    let kills = 0;
    const outcome = await runImportJob(owner.organizationId, job.id, {
      chunkRows: 4,
      retryDelaysMs: [50, 100],
      afterChunk: async (n) => {
        // kill twice: after the first and after the second committed chunk
        if ((n === 4 || n === 8) && kills < 2) {
          kills += await terminateImportConnection();
          await settle();
        }
      },
    });
    expect(kills).toBe(2);
    expect(outcome).toBe("done");
    expect(await getImportJob(owner, job.id)).toMatchObject({
      status: "DONE",
      processedRows: 12,
      created: 12,
    });
    expect(await db().nomenclatureItem.count({ where: { organizationId: t.org.id } })).toBe(12);
    expect(uncaught).toEqual([]);
  });

  it("when the database stays away past the retries the job stays RUNNING with its file, to be resumed", async () => {
    const { owner, job } = await queued(10);
    const outcome = await runImportJob(owner.organizationId, job.id, {
      chunkRows: 5,
      retryDelaysMs: [], // no retries left: as if the database stayed down through all of them
      afterChunk: async (n) => {
        if (n === 5) {
          await terminateImportConnection();
          await settle();
        }
      },
    });
    expect(outcome).toBe("interrupted");
    expect(await getImportJob(owner, job.id)).toMatchObject({
      status: "RUNNING",
      processedRows: 5,
      hasFile: true,
    });
    // the resume sweep takes it over once its heartbeat is stale
    await db().importJob.updateMany({ where: { id: job.id }, data: { heartbeatAt: new Date(0) } });
    expect(await runImportJob(owner.organizationId, job.id)).toBe("done");
    expect(await getImportJob(owner, job.id)).toMatchObject({
      status: "DONE",
      processedRows: 10,
      created: 10,
    });
    expect(uncaught).toEqual([]);
  });

  it("fails, with a message the owner can act on, when the file is over the row cap", async () => {
    const { owner, job } = await queued(30);
    process.env.KASSA_IMPORT_MAX_ROWS = "10";
    try {
      expect(await runImportJob(owner.organizationId, job.id, { chunkRows: 5 })).toBe("failed");
    } finally {
      delete process.env.KASSA_IMPORT_MAX_ROWS;
    }
    expect(await getImportJob(owner, job.id)).toMatchObject({
      status: "FAILED",
      errorMessage: "nomenclature.import.failedTooManyRows",
    });
  });
});

describe("import caps through the wizard (issue 14.5)", () => {
  it("preview refuses a file over the row cap with the Russian message and its numbers", async () => {
    const t = await seedTenant(db(), { country: "RU" });
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const lines = Array.from({ length: 50 }, (_, i) => `Товар ${i + 1};${i + 1}`);
    const bytes = new TextEncoder().encode(["Наименование;Цена", ...lines].join("\n"));
    const job = await uploadImport(owner, { name: "big.csv", bytes });
    process.env.KASSA_IMPORT_MAX_ROWS = "20";
    try {
      await expect(previewImport(owner, job.id, job.mapping!)).rejects.toMatchObject({
        code: "VALIDATION_FAILED",
        messageKey: "nomenclature.fileErrors.tooManyRows",
        params: { max: 20, row: 21 },
      });
    } finally {
      delete process.env.KASSA_IMPORT_MAX_ROWS;
    }
  });
});
