import { audit } from "@/lib/audit/log";
import { fiscalDriveKey, putCashboxKey } from "@/lib/db/lookups";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TReplaceFiscalDriveInput } from "./card-schemas";
import { usesFiscalDrive } from "./catalog";
import { lockCashbox } from "./lock-cashbox";
import { changesOf, hasChanges, REREGISTRATION_KINDS } from "@/lib/registration/requisites";

/**
 * «Заменить ФН»: closes the current drive, installs the new one and, for a registered cashbox,
 * opens a REREGISTRATION_FN case (DRAFT) that the registration wizard completes; an earlier
 * unsent re-registration draft is cancelled by it (its pending requisites move to the new case). A cashbox that is not registered yet just
 * gets the new drive: its registration will declare it.
 */
export async function replaceFiscalDrive(ctx: TenantContext, input: TReplaceFiscalDriveInput) {
  assertCan(ctx, "cashbox.manage");
  if (!usesFiscalDrive(ctx.country))
    throw new AppError("CONFLICT", { messageKey: "cashbox.errors.noFiscalDrive" });
  return db.$transaction(async (tx) => {
    const cashbox = await lockCashbox(tx, ctx.organizationId, input.cashboxId);
    if (cashbox.registrationStatus === "DEREGISTERED") {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.deregistered" });
    }
    const submitted = await tx.registrationCase.count({
      where: { organizationId: ctx.organizationId, cashboxId: cashbox.id, status: "SUBMITTED" },
    });
    if (cashbox.registrationStatus === "SUBMITTED" || submitted > 0) {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.caseSubmitted" });
    }
    const current = await tx.fiscalDrive.findFirst({
      where: { organizationId: ctx.organizationId, cashboxId: cashbox.id, closedAt: null },
      select: { id: true, number: true },
    });
    if (current?.number === input.number) {
      throw new AppError("VALIDATION_FAILED", { field: "number", messageKey: "cashbox.v.fnSame" });
    }
    const now = new Date();
    if (current) {
      await tx.fiscalDrive.updateMany({
        where: { organizationId: ctx.organizationId, id: current.id },
        data: { closedAt: now },
      });
    }
    const drive = await tx.fiscalDrive.create({
      data: {
        organizationId: ctx.organizationId,
        cashboxId: cashbox.id,
        number: input.number,
        model: input.model,
        validityMonths: input.validityMonths,
        installedAt: now,
      },
      select: { id: true },
    });
    await putCashboxKey(tx, fiscalDriveKey(input.number), ctx.organizationId, cashbox.id);
    await tx.cashbox.updateMany({
      where: { organizationId: ctx.organizationId, id: cashbox.id },
      data: {
        fiscalDriveNumber: input.number,
        fiscalDriveModel: input.model,
        fiscalDriveMonths: input.validityMonths,
        fiscalDriveInstalledAt: now,
      },
    });
    let caseId: string | null = null;
    if (cashbox.registrationStatus === "REGISTERED") {
      // an unsent re-registration of requisites joins the ФН case: one application per cashbox
      const drafts = await tx.registrationCase.findMany({
        where: {
          organizationId: ctx.organizationId,
          cashboxId: cashbox.id,
          kind: { in: [...REREGISTRATION_KINDS] },
          status: "DRAFT",
        },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { changes: true },
      });
      const carried = Object.assign({}, ...drafts.map((d) => changesOf(d.changes)));
      await tx.registrationCase.updateMany({
        where: {
          organizationId: ctx.organizationId,
          cashboxId: cashbox.id,
          kind: { in: [...REREGISTRATION_KINDS] },
          status: "DRAFT",
        },
        data: { status: "CANCELLED" },
      });
      const opened = await tx.registrationCase.create({
        data: {
          organizationId: ctx.organizationId,
          cashboxId: cashbox.id,
          kind: "REREGISTRATION_FN",
          status: "DRAFT",
          fiscalDriveId: drive.id,
          createdById: ctx.userId,
          ...(hasChanges(carried) ? { changes: carried } : {}),
        },
        select: { id: true },
      });
      caseId = opened.id;
    }
    await audit(tx, ctx, {
      action: "fiscalDrive.replace",
      objectType: "cashbox",
      objectId: cashbox.id,
      details: {
        from: current?.number ?? null,
        to: input.number,
        model: input.model,
        validityMonths: input.validityMonths,
        caseId,
      },
    });
    return { fiscalDriveId: drive.id, caseId };
  });
}
