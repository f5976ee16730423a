import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TRequestDeregistrationInput } from "./card-schemas";
import { lockCashbox } from "./lock-cashbox";

/**
 * «Снять с учёта»: opens a DEREGISTRATION case (DRAFT) with the owner's reason; the registration
 * wizard signs and sends it. The cashbox stays registered until the tax authority answers.
 */
export async function requestDeregistration(ctx: TenantContext, input: TRequestDeregistrationInput) {
  assertCan(ctx, "cashbox.manage");
  return db.$transaction(async (tx) => {
    const cashbox = await lockCashbox(tx, ctx.organizationId, input.cashboxId);
    if (cashbox.registrationStatus !== "REGISTERED") {
      throw new AppError("CONFLICT", { messageKey: "cashbox.errors.notRegistered" });
    }
    const open = await tx.registrationCase.findFirst({
      where: {
        organizationId: ctx.organizationId,
        cashboxId: cashbox.id,
        OR: [{ status: "SUBMITTED" }, { status: "DRAFT", kind: "DEREGISTRATION" }],
      },
      select: { kind: true, status: true },
    });
    if (open) {
      throw new AppError("CONFLICT", {
        messageKey:
          open.status === "SUBMITTED" ? "cashbox.errors.caseSubmitted" : "cashbox.errors.deregistrationOpen",
      });
    }
    const opened = await tx.registrationCase.create({
      data: {
        organizationId: ctx.organizationId,
        cashboxId: cashbox.id,
        kind: "DEREGISTRATION",
        status: "DRAFT",
        reason: input.reason,
        createdById: ctx.userId,
      },
      select: { id: true },
    });
    await audit(tx, ctx, {
      action: "registrationCase.create",
      objectType: "cashbox",
      objectId: cashbox.id,
      details: { caseId: opened.id, kind: "DEREGISTRATION", reason: input.reason },
    });
    return { caseId: opened.id };
  });
}
