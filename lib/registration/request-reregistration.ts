// «Перерегистрация» card of a registered cashbox (docs/registration.md «Перерегистрация:
// реквизиты»): the owner chooses the trade point, the taxation and (KZ) the ОФД the cashbox should
// be registered with; the difference opens (or updates) the cashbox's re-registration draft that
// the registration wizard completes. Nothing of the cashbox changes until the case is accepted.
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { lockCashbox } from "@/lib/cashboxes/lock-cashbox";
import { TAXATION_CODES } from "@/lib/cashboxes/catalog";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { parse } from "./activate-ofd";
import { openRequisitesChange, type OfdValue, type RequisiteChanges } from "./requisites";
import { ZRequestReregistrationInput, type TRequestReregistrationInput } from "./reregistration-schemas";

export async function requestReregistration(ctx: TenantContext, raw: TRequestReregistrationInput) {
  assertCan(ctx, "cashbox.manage");
  const input = parse(ZRequestReregistrationInput, raw);
  if (input.taxation && !TAXATION_CODES[ctx.country].includes(input.taxation))
    throw new AppError("VALIDATION_FAILED", { field: "taxation", messageKey: "cashbox.v.taxation" });
  if (input.ofd && ctx.country !== "KZ")
    throw new AppError("VALIDATION_FAILED", { field: "ofd", messageKey: "cashbox.v.ofd" });
  return db.$transaction(async (tx) => {
    const locked = await lockCashbox(tx, ctx.organizationId, input.cashboxId);
    if (locked.registrationStatus !== "REGISTERED")
      throw new AppError("CONFLICT", { messageKey: "reregistration.errors.notRegistered" });
    const cb = await tx.cashbox.findFirstOrThrow({
      where: { organizationId: ctx.organizationId, id: locked.id },
      select: { tradePointId: true, taxation: true, ofd: true },
    });
    const tp = await tx.tradePoint.findFirst({
      where: { organizationId: ctx.organizationId, id: input.tradePointId },
      select: { id: true, name: true, address: true, archivedAt: true },
    });
    if (!tp || (tp.archivedAt && tp.id !== cb.tradePointId))
      throw new AppError("VALIDATION_FAILED", { field: "tradePointId", messageKey: "cashbox.v.tradePoint" });
    // every field the card shows is stated: equal to the registered value means «no change»
    const add: RequisiteChanges = {
      tradePoint: { id: tp.id, name: tp.name, address: tp.address },
      taxation: input.taxation,
      ...(input.ofd ? { ofd: input.ofd as OfdValue } : {}),
    };
    const caseId = await openRequisitesChange(tx, ctx, locked.id, add, cb);
    return { caseId };
  });
}
