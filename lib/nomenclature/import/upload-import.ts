import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { guessMapping } from "./fields";
import { jobSelect, toJobDto, type ImportJobDto } from "./jobs";
import { detectFormat, MAX_IMPORT_BYTES, readLayout } from "./read-file";
import { withBulkConnection, writeJobFileBytes } from "./sql";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Step 1 of «Загрузить из Excel»: checks the file (format, readable, a header row), stores it with
 * a guessed column mapping (the organization's remembered one first). Writes no nomenclature.
 */
export async function uploadImport(
  ctx: TenantContext,
  file: { name: string; bytes: Uint8Array },
): Promise<ImportJobDto> {
  assertCan(ctx, "nomenclature.manage");
  if (file.bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError("VALIDATION_FAILED", {
      messageKey: "nomenclature.fileErrors.tooLarge",
      field: "file",
      params: { mb: MAX_IMPORT_BYTES / 1024 / 1024 },
    });
  }
  const format = detectFormat(file.bytes, file.name);
  const layout = await readLayout(file.bytes, format);
  const remembered = await db.nomenclatureImportMapping.findUnique({
    where: { organizationId: ctx.organizationId },
    select: { mapping: true },
  });
  const mapping = guessMapping(layout.cells, (remembered?.mapping ?? {}) as Record<string, string>);

  // Files of abandoned wizards are not kept for long.
  await db.importJob.updateMany({
    where: {
      organizationId: ctx.organizationId,
      status: "UPLOADED",
      createdAt: { lt: new Date(Date.now() - DAY_MS) },
    },
    data: { status: "FAILED", fileData: null, errorMessage: "nomenclature.import.fileGone" },
  });
  const job = await db.importJob.create({
    data: {
      organizationId: ctx.organizationId,
      fileName: file.name.slice(0, 255) || "file",
      fileFormat: format,
      fileSize: file.bytes.length,
      headers: { row: layout.row, cells: layout.cells, sample: layout.sample },
      mapping,
      createdById: ctx.userId,
    },
    select: jobSelect,
  });
  // The bytes go through pg (see sql.ts); until they are there the job cannot be started.
  try {
    await withBulkConnection(ctx.organizationId, (sql) =>
      writeJobFileBytes(sql, ctx.organizationId, job.id, file.bytes),
    );
  } catch (e) {
    await db.importJob
      .deleteMany({ where: { organizationId: ctx.organizationId, id: job.id } })
      .catch(() => {});
    throw e;
  }
  return toJobDto(job, true);
}
