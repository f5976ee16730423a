// Runs a queued import in the server process, in chunks. Each chunk commits its items, its failed
// rows and the job's progress counters in ONE transaction, fenced by the runner id: so progress is
// exact, a page reload just reads the counters, and after a server restart any app server that
// sees the job without a heartbeat (GET of the job, see jobs.ts needsRunner) claims it and resumes
// from processedRows, skipping the rows already committed. Re-applying is harmless anyway: the
// upsert is idempotent. A dropped database connection is not a failure: transient errors are retried
// with backoff on a new connection, resuming from the last committed row (and if the database stays
// away, the job stays RUNNING with its file for the resume sweep). A job ends FAILED only for a reason
// the owner can act on (the file is unreadable or over a cap), with a message saying so.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { getVatRates } from "../vat-rates";
import { localDate } from "@/lib/locale/zone";
import { applyRows, type RowToApply } from "./apply-rows";
import type { ColumnMapping } from "./fields";
import { STALE_RUNNER_MS } from "./jobs";
import { readDataRows, type FileFormat, type FileLayout } from "./read-file";
import { createRowValidator, type RowMessage, type ValidatedRow } from "./row-validator";
import { isTransientDbError } from "./transient";
import {
  auditSql,
  lockNomenclatureSql,
  openBulkConnection,
  readJobFileBytes,
  type BulkConnection,
} from "./sql";
import { tenantQueryText } from "@/lib/db/sql";
import type { OrganizationId } from "@/lib/tenant/context";

export const CHUNK_ROWS = 5000;

class LostOwnership extends Error {}
/** An afterChunk hook threw: stop like a killed process would, leaving the job RUNNING. */
class HookAbort extends Error {
  constructor(readonly original: unknown) {
    super("afterChunk aborted the run");
  }
}

export interface RunOptions {
  runnerId?: string;
  chunkRows?: number;
  /** test hook: called after each committed chunk; throwing stops the run as a crash would (job left RUNNING) */
  afterChunk?: (processedRows: number) => void | Promise<void>;
  /** waits before each retry after a transient database error (default RETRY_DELAYS_MS) */
  retryDelaysMs?: readonly number[];
}

/** ~16 s in all: well under STALE_RUNNER_MS, so nobody takes the job over while we wait. */
export const RETRY_DELAYS_MS = [250, 500, 1000, 2000, 4000, 8000] as const;

/** "interrupted": the database stayed unreachable; the job is still RUNNING with its file and resumes later. */
export type RunOutcome = "done" | "failed" | "not-claimed" | "lost" | "interrupted";

class AlreadyDone extends Error {}

/** The message a FAILED job shows: what the owner can do about it. */
function failureReason(e: unknown): string {
  if (e instanceof AppError) {
    if (e.messageKey === "nomenclature.fileErrors.tooManyRows")
      return "nomenclature.import.failedTooManyRows";
    if (e.messageKey === "nomenclature.fileErrors.unpackedTooLarge")
      return "nomenclature.import.failedUnpacked";
    if (e.messageKey.startsWith("nomenclature.fileErrors.")) return "nomenclature.import.failedUnreadable";
  }
  return "nomenclature.import.jobFailed";
}

interface Claimed {
  id: string;
  organizationId: OrganizationId;
  fileFormat: string;
  headers: FileLayout;
  mapping: ColumnMapping;
  processedRows: number;
  totalRows: number;
  fileName: string;
  createdById: string | null;
}

/** Claims a QUEUED job, or a RUNNING one whose runner stopped reporting; null if someone else has it. */
async function claim(
  organizationId: OrganizationId,
  jobId: string,
  runnerId: string,
): Promise<Claimed | null> {
  const rows = await tenantQueryText<Claimed[]>(
    db,
    organizationId,
    `UPDATE "ImportJob"
        SET status = 'RUNNING', "runnerId" = $2, "heartbeatAt" = CURRENT_TIMESTAMP,
            "startedAt" = COALESCE("startedAt", $5::timestamptz), "updatedAt" = CURRENT_TIMESTAMP
      WHERE "organizationId" = $4::uuid AND id = $1::uuid AND "fileData" IS NOT NULL AND mapping IS NOT NULL
        AND (status = 'QUEUED' OR (status = 'RUNNING' AND ("heartbeatAt" IS NULL OR "heartbeatAt" < CURRENT_TIMESTAMP - ($3::int * interval '1 millisecond'))))
      RETURNING id, "organizationId", "fileFormat", headers, mapping, "processedRows", "totalRows", "fileName", "createdById"`,
    jobId,
    runnerId,
    STALE_RUNNER_MS,
    organizationId,
    // a value, not CURRENT_TIMESTAMP: Citus refuses a non-immutable function inside COALESCE of an UPDATE
    new Date(),
  );
  return rows[0] ? { ...rows[0], organizationId } : null;
}

/** Who the import's audit rows name: the user who started it (null if the user is gone). */
async function jobActor(job: Claimed): Promise<{ userId: string | null; userEmail: string | null }> {
  const user = job.createdById
    ? await db.user.findUnique({ where: { id: job.createdById }, select: { id: true, email: true } })
    : null;
  return { userId: user?.id ?? null, userEmail: user?.email ?? null };
}

type Actor = Awaited<ReturnType<typeof jobActor>>;

async function commitChunk(
  conn: BulkConnection,
  job: Claimed,
  actor: Actor,
  runnerId: string,
  rows: ValidatedRow[],
  processedBefore: number,
  touched: Map<string, number>,
) {
  const ok: RowToApply[] = [];
  const failed: { rowNumber: number; cells: string[]; errors: RowMessage[] }[] = [];
  for (const r of rows) {
    if (r.ok) ok.push({ rowNumber: r.rowNumber, cells: r.cells, row: r.row });
    else failed.push({ rowNumber: r.rowNumber, cells: r.cells, errors: r.errors });
  }
  await conn.transaction(async (sql) => {
    // The chunk's rows and the job's progress commit together, so losing the last commits in a
    // database crash loses both and the resumed job redoes them: no need to wait for the flush.
    await sql(`SET LOCAL synchronous_commit = off`);
    await lockNomenclatureSql(sql, job.organizationId);
    const res = await applyRows(sql, job.organizationId, ok, touched);
    failed.push(...res.failed);
    if (failed.length) {
      await sql(
        `INSERT INTO "ImportJobError" ("organizationId", "jobId", "rowNumber", cells, messages)
         SELECT $1::uuid, $2::uuid, u.n, u.c, u.m FROM unnest($3::int[], $4::jsonb[], $5::jsonb[]) AS u(n, c, m)
         ON CONFLICT DO NOTHING`,
        [
          job.organizationId,
          job.id,
          failed.map((f) => f.rowNumber),
          failed.map((f) => JSON.stringify(f.cells)),
          failed.map((f) => JSON.stringify(f.errors)),
        ],
      );
    }
    const advanced = await sql(
      `UPDATE "ImportJob"
          SET "processedRows" = "processedRows" + $4, "createdCount" = "createdCount" + $5, "updatedCount" = "updatedCount" + $6,
              "skippedCount" = "skippedCount" + $7, "failedCount" = "failedCount" + $8,
              "heartbeatAt" = CURRENT_TIMESTAMP, "updatedAt" = CURRENT_TIMESTAMP
        WHERE id = $1::uuid AND "organizationId" = $2::uuid AND "runnerId" = $3 AND status = 'RUNNING' AND "processedRows" = $9`,
      [
        job.id,
        job.organizationId,
        runnerId,
        rows.length,
        res.created,
        res.updated,
        res.skipped,
        failed.length,
        processedBefore,
      ],
    );
    if (advanced.rowCount !== 1) throw new LostOwnership();
    if (res.created + res.updated > 0) {
      await auditSql(sql, {
        organizationId: job.organizationId,
        ...actor,
        action: "nomenclature.import.rows",
        objectType: "importJob",
        objectId: job.id,
        details: {
          fromRow: rows[0].rowNumber,
          toRow: rows[rows.length - 1].rowNumber,
          created: res.created,
          updated: res.updated,
        },
      });
    }
  });
}

/**
 * Runs (or resumes) the import job. Safe to call from several servers at once: only the one that
 * claims the job works on it.
 */
export async function runImportJob(
  organizationId: OrganizationId,
  jobId: string,
  opts: RunOptions = {},
): Promise<RunOutcome> {
  const runnerId = opts.runnerId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const delays = opts.retryDelaysMs ?? RETRY_DELAYS_MS;
  const job = await claim(organizationId, jobId, runnerId);
  if (!job) return "not-claimed";
  for (let attempt = 0; ; attempt++) {
    try {
      await runClaimed(job, runnerId, opts);
      return "done";
    } catch (e) {
      if (e instanceof LostOwnership) return "lost";
      if (e instanceof AlreadyDone) return "done";
      if (e instanceof HookAbort) throw e.original;
      if (isTransientDbError(e)) {
        if (attempt < delays.length) {
          console.warn(
            `import job ${job.id}: database error (${(e as Error).message}); retry ${attempt + 1} in ${delays[attempt]} ms`,
          );
          await new Promise((r) => setTimeout(r, delays[attempt]));
          continue;
        }
        // Not a failure of the job: it stays RUNNING with its file, and the resume sweep takes it over.
        console.error(
          `import job ${job.id}: database unreachable after ${delays.length} retries; left for resume`,
        );
        return "interrupted";
      }
      console.error(`import job ${job.id} failed`, e);
      await db.importJob
        .updateMany({
          where: { organizationId: job.organizationId, id: job.id, runnerId },
          data: { status: "FAILED", finishedAt: new Date(), fileData: null, errorMessage: failureReason(e) },
        })
        .catch(() => {});
      return "failed";
    }
  }
}

/** One attempt on its own connection, from the last row the database says was committed. */
async function runClaimed(job: Claimed, runnerId: string, opts: RunOptions): Promise<void> {
  const chunkRows = opts.chunkRows ?? CHUNK_ROWS;
  let conn: BulkConnection | null = null;
  try {
    const org = await db.organization.findUniqueOrThrow({
      where: { id: job.organizationId },
      select: { country: true, timezone: true },
    });
    const actor = await jobActor(job);
    conn = await openBulkConnection(job.organizationId);
    const progress = await conn.sql<{ status: string; processedRows: number }>(
      `SELECT status, "processedRows" FROM "ImportJob" WHERE id = $1::uuid AND "organizationId" = $2::uuid AND "runnerId" = $3`,
      [job.id, job.organizationId, runnerId],
    );
    const state = progress.rows[0];
    if (state?.status === "DONE") throw new AlreadyDone(); // the final commit landed, its answer was lost
    if (state?.status !== "RUNNING") throw new LostOwnership();
    const resumeFrom = state.processedRows;
    const bytes = await readJobFileBytes(conn.sql, job.organizationId, job.id);
    if (!bytes) throw new AppError("CONFLICT", { messageKey: "nomenclature.import.fileGone" });
    const validate = createRowValidator({
      mapping: job.mapping,
      vatRates: await getVatRates(org.country),
      today: localDate(new Date(), org.timezone),
    });
    const touched = new Map<string, number>();

    let seen = 0;
    let processed = resumeFrom;
    let chunk: ValidatedRow[] = [];
    // One chunk is written while the next is read and validated (two cores: node parses, PostgreSQL writes).
    let inFlight: Promise<void> | null = null;
    const flush = async () => {
      if (inFlight) await inFlight;
      inFlight = null;
      if (chunk.length === 0) return;
      const rows = chunk;
      const before = processed;
      chunk = [];
      processed += rows.length;
      inFlight = commitChunk(conn!, job, actor, runnerId, rows, before, touched).then(async () => {
        try {
          await opts.afterChunk?.(before + rows.length);
        } catch (e) {
          throw new HookAbort(e);
        }
      });
      // Surface a failure at the next await rather than as an unhandled rejection.
      inFlight.catch(() => {});
    };
    for await (const r of readDataRows(bytes, job.fileFormat as FileFormat, job.headers.row)) {
      const v = validate(r.cells, r.rowNumber); // rows before the resume point still feed the duplicate checks
      if (++seen <= resumeFrom) continue;
      chunk.push(v);
      if (chunk.length >= chunkRows) await flush();
    }
    await flush();
    if (inFlight) await inFlight;

    await conn.transaction(async (sql) => {
      const done = await sql<{
        createdCount: number;
        updatedCount: number;
        skippedCount: number;
        failedCount: number;
      }>(
        `UPDATE "ImportJob"
            SET status = 'DONE', "finishedAt" = CURRENT_TIMESTAMP, "fileData" = NULL, "heartbeatAt" = CURRENT_TIMESTAMP,
                "totalRows" = $4, "updatedAt" = CURRENT_TIMESTAMP
          WHERE id = $1::uuid AND "organizationId" = $2::uuid AND "runnerId" = $3 AND status = 'RUNNING'
          RETURNING "createdCount", "updatedCount", "skippedCount", "failedCount"`,
        [job.id, job.organizationId, runnerId, processed],
      );
      if (done.rowCount !== 1) throw new LostOwnership();
      await auditSql(sql, {
        organizationId: job.organizationId,
        ...actor,
        action: "nomenclature.import.finish",
        objectType: "importJob",
        objectId: job.id,
        details: { fileName: job.fileName, rows: processed, ...done.rows[0] },
      });
    });
  } finally {
    await conn?.close();
  }
}
