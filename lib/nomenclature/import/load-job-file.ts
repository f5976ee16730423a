import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/validation/uuid";
import type { FileLayout, FileFormat } from "./read-file";
import { readJobFileBytes, withBulkConnection } from "./sql";
import type { OrganizationId } from "@/lib/tenant/context";

/** The stored file of a job of the organization (NOT_FOUND; a finished job's file is gone). */
export async function loadJobFile(organizationId: OrganizationId, id: string) {
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const job = await db.importJob.findFirst({
    where: { organizationId, id },
    select: { status: true, fileFormat: true, headers: true },
  });
  if (!job) throw new AppError("NOT_FOUND");
  const bytes = await withBulkConnection(organizationId, (sql) => readJobFileBytes(sql, organizationId, id));
  if (!bytes) throw new AppError("CONFLICT", { messageKey: "nomenclature.import.fileGone" });
  return {
    status: job.status,
    format: job.fileFormat as FileFormat,
    bytes,
    layout: job.headers as unknown as FileLayout,
  };
}
