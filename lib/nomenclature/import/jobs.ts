import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/validation/uuid";
import { assertCan, type TenantContext, type OrganizationId } from "@/lib/tenant/context";
import type { ColumnMapping } from "./fields";
import type { FileLayout } from "./read-file";
import { tenantQueryText } from "@/lib/db/sql";

export type ImportJobStatus = "UPLOADED" | "QUEUED" | "RUNNING" | "DONE" | "FAILED";

export interface ImportJobDto {
  id: string;
  status: ImportJobStatus;
  fileName: string;
  fileFormat: string;
  fileSize: number;
  layout: FileLayout;
  mapping: ColumnMapping | null;
  totalRows: number;
  processedRows: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  errorMessage: string | null;
  hasFile: boolean;
  createdAt: string;
  finishedAt: string | null;
  /** the runner looks gone (no heartbeat): whoever sees this may start runImportJob to resume */
  needsRunner: boolean;
}

/** A running job whose runner has not reported for this long is taken over (server restart). */
export const STALE_RUNNER_MS = 60_000;
/** A queued job nobody picked up for this long (the server died right after queuing) is started again. */
export const STALE_QUEUE_MS = 15_000;

export const jobSelect = {
  id: true,
  status: true,
  fileName: true,
  fileFormat: true,
  fileSize: true,
  headers: true,
  mapping: true,
  totalRows: true,
  processedRows: true,
  createdCount: true,
  updatedCount: true,
  skippedCount: true,
  failedCount: true,
  errorMessage: true,
  createdAt: true,
  queuedAt: true,
  heartbeatAt: true,
  finishedAt: true,
} as const;

type JobRow = {
  id: string;
  status: ImportJobStatus;
  fileName: string;
  fileFormat: string;
  fileSize: number;
  headers: unknown;
  mapping: unknown;
  totalRows: number;
  processedRows: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  failedCount: number;
  errorMessage: string | null;
  createdAt: Date;
  queuedAt: Date | null;
  heartbeatAt: Date | null;
  finishedAt: Date | null;
};

export function toJobDto(j: JobRow, hasFile: boolean, now = Date.now()): ImportJobDto {
  const layout = (j.headers ?? {}) as Partial<FileLayout>;
  const needsRunner =
    hasFile &&
    ((j.status === "QUEUED" && now - (j.queuedAt?.getTime() ?? 0) > STALE_QUEUE_MS) ||
      (j.status === "RUNNING" && now - (j.heartbeatAt?.getTime() ?? 0) > STALE_RUNNER_MS));
  return {
    id: j.id,
    status: j.status,
    fileName: j.fileName,
    fileFormat: j.fileFormat,
    fileSize: j.fileSize,
    layout: { row: layout.row ?? 1, cells: layout.cells ?? [], sample: layout.sample ?? [] },
    mapping: (j.mapping as ColumnMapping | null) ?? null,
    totalRows: j.totalRows,
    processedRows: j.processedRows,
    created: j.createdCount,
    updated: j.updatedCount,
    skipped: j.skippedCount,
    failed: j.failedCount,
    errorMessage: j.errorMessage,
    hasFile,
    createdAt: j.createdAt.toISOString(),
    finishedAt: j.finishedAt?.toISOString() ?? null,
    needsRunner,
  };
}

async function hasFileData(organizationId: OrganizationId, id: string) {
  const rows = await tenantQueryText<{ has: boolean }[]>(
    db,
    organizationId,
    `SELECT "fileData" IS NOT NULL AS has FROM "ImportJob" WHERE "organizationId" = $1::uuid AND id = $2::uuid`,
    organizationId,
    id,
  );
  return rows[0]?.has ?? false;
}

/** One import of the caller's organization (NOT_FOUND otherwise). */
export async function getImportJob(ctx: TenantContext, id: string): Promise<ImportJobDto> {
  assertCan(ctx, "nomenclature.manage");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const job = await db.importJob.findFirst({
    where: { organizationId: ctx.organizationId, id },
    select: jobSelect,
  });
  if (!job) throw new AppError("NOT_FOUND");
  return toJobDto(job, await hasFileData(ctx.organizationId, id));
}

/** Recent imports, newest first (the history on the upload page). */
export async function findImportJobs(ctx: TenantContext, limit = 10): Promise<ImportJobDto[]> {
  assertCan(ctx, "nomenclature.manage");
  const jobs = await db.importJob.findMany({
    where: { organizationId: ctx.organizationId, status: { not: "UPLOADED" } },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: jobSelect,
  });
  return jobs.map((j) => toJobDto(j, false));
}

/** The import in progress, if any: the nomenclature page shows a banner linking to it. */
export async function findActiveImport(ctx: TenantContext): Promise<ImportJobDto | null> {
  if (!ctx.permissions.has("nomenclature.manage")) return null;
  const job = await db.importJob.findFirst({
    where: { organizationId: ctx.organizationId, status: { in: ["QUEUED", "RUNNING"] } },
    orderBy: { createdAt: "desc" },
    select: jobSelect,
  });
  return job ? toJobDto(job, true) : null;
}
