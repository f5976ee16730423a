import { audit, diff } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { openRequisitesChange, type RequisiteChanges } from "@/lib/registration/requisites";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TUpdateCashboxSettingsInput } from "./card-schemas";
import { TAXATION_CODES } from "./catalog";
import { lockCashbox } from "./lock-cashbox";

/**
 * «Реквизиты → Настройки»: name, trade point, automatic shift closing, receipt footer, taxation.
 * On a REGISTERED cashbox the trade point and the taxation are registered requisites: a change of
 * them opens a re-registration case (lib/registration/requisites.ts) and the cashbox keeps them
 * until the case is accepted; the other settings are saved at once.
 */
export async function updateCashboxSettings(ctx: TenantContext, input: TUpdateCashboxSettingsInput) {
  assertCan(ctx, "cashbox.manage");
  if (input.taxation && !TAXATION_CODES[ctx.country].includes(input.taxation)) {
    throw new AppError("VALIDATION_FAILED", { field: "taxation", messageKey: "cashbox.v.taxation" });
  }
  return db.$transaction(async (tx) => {
    await lockCashbox(tx, ctx.organizationId, input.cashboxId);
    const tradePoint = await tx.tradePoint.findFirst({
      where: { organizationId: ctx.organizationId, id: input.tradePointId },
      select: { id: true, archivedAt: true, name: true, address: true },
    });
    const before = await tx.cashbox.findFirstOrThrow({
      where: { organizationId: ctx.organizationId, id: input.cashboxId },
      select: {
        name: true,
        tradePointId: true,
        autoCloseTime: true,
        receiptFooter: true,
        taxation: true,
        registrationStatus: true,
        ofd: true,
      },
    });
    // An archived point may stay where it is, but no cashbox moves to one.
    if (!tradePoint || (tradePoint.archivedAt && tradePoint.id !== before.tradePointId)) {
      throw new AppError("VALIDATION_FAILED", { field: "tradePointId", messageKey: "cashbox.v.tradePoint" });
    }
    const registered = before.registrationStatus === "REGISTERED";
    const rereg: RequisiteChanges = {};
    if (registered && tradePoint.id !== before.tradePointId)
      rereg.tradePoint = { id: tradePoint.id, name: tradePoint.name, address: tradePoint.address };
    if (registered && input.taxation !== before.taxation) rereg.taxation = input.taxation;
    const after = {
      name: input.name,
      tradePointId: registered ? before.tradePointId : tradePoint.id,
      autoCloseTime: input.autoCloseTime || null,
      receiptFooter: input.receiptFooter,
      taxation: registered ? before.taxation : input.taxation,
    };
    const { registrationStatus: _s, ofd: _o, ...plain } = before;
    const changes = diff(plain, after);
    const caseId =
      registered && Object.keys(rereg).length > 0
        ? await openRequisitesChange(tx, ctx, input.cashboxId, rereg, before)
        : null;
    if (Object.keys(changes).length === 0) return caseId ? { changed: true, caseId } : { changed: false };
    await tx.cashbox.updateMany({
      where: { organizationId: ctx.organizationId, id: input.cashboxId },
      data: after,
    });
    await audit(tx, ctx, {
      action: "cashbox.settings.update",
      objectType: "cashbox",
      objectId: input.cashboxId,
      details: changes as Record<string, [string | null, string | null]>,
    });
    return caseId ? { changed: true, caseId } : { changed: true };
  });
}
