import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";

/**
 * «Документооборот»: the cashbox's registration, re-registration and deregistration cases,
 * newest first, each with its documents' metadata (the bytes are served by the document route).
 */
export async function listRegistrationCases(ctx: TenantContext, cashboxId: string) {
  assertCan(ctx, "cashbox.read");
  if (!isUuid(cashboxId)) throw new AppError("NOT_FOUND");
  const exists = await db.cashbox.count({ where: { organizationId: ctx.organizationId, id: cashboxId } });
  if (!exists) throw new AppError("NOT_FOUND");
  return db.registrationCase.findMany({
    where: { organizationId: ctx.organizationId, cashboxId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: {
      id: true,
      kind: true,
      status: true,
      reason: true,
      refusalReason: true,
      createdAt: true,
      submittedAt: true,
      answeredAt: true,
      createdBy: { select: { name: true } },
      fiscalDrive: { select: { number: true, model: true, validityMonths: true } },
      documents: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, kind: true, fileName: true, mimeType: true, createdAt: true },
      },
    },
  });
}
export type RegistrationCaseRow = Awaited<ReturnType<typeof listRegistrationCases>>[number];
