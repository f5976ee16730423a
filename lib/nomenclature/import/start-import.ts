import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/validation/uuid";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { mappingToRemember, type ColumnMapping } from "./fields";
import { jobSelect, toJobDto, type ImportJobDto } from "./jobs";
import type { FileLayout } from "./read-file";

/**
 * Step 4: queues the import with the confirmed mapping and remembers the mapping for the
 * organization's next files. The caller then runs runImportJob(job.id) in the background.
 */
export async function startImport(
  ctx: TenantContext,
  id: string,
  mapping: ColumnMapping,
): Promise<ImportJobDto> {
  assertCan(ctx, "nomenclature.manage");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  return db.$transaction(async (tx) => {
    const job = await tx.importJob.findFirst({
      where: { organizationId: ctx.organizationId, id },
      select: { status: true, headers: true, fileName: true, totalRows: true },
    });
    if (!job) throw new AppError("NOT_FOUND");
    const queued = await tx.importJob.updateMany({
      where: { organizationId: ctx.organizationId, id, status: "UPLOADED", fileData: { not: null } },
      data: { status: "QUEUED", mapping, queuedAt: new Date() },
    });
    if (queued.count === 0) throw new AppError("CONFLICT", { messageKey: "nomenclature.import.notStarted" });
    const remember = mappingToRemember((job.headers as unknown as FileLayout).cells ?? [], mapping);
    await tx.nomenclatureImportMapping.upsert({
      where: { organizationId: ctx.organizationId },
      create: { organizationId: ctx.organizationId, mapping: remember },
      update: { mapping: remember },
    });
    await audit(tx, ctx, {
      action: "nomenclature.import.start",
      objectType: "importJob",
      objectId: id,
      details: { fileName: job.fileName, rows: job.totalRows },
    });
    const fresh = await tx.importJob.findFirstOrThrow({
      where: { organizationId: ctx.organizationId, id },
      select: jobSelect,
    });
    return toJobDto(fresh, true);
  });
}
