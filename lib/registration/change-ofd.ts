// «Реквизиты → ОФД кассы» (docs/registration.md «Сторонний ОФД»).
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { conflict, loadKzCashbox, parse } from "./activate-ofd";
import { ZChangeOfdInput, type TChangeOfdInput } from "./ofd";
import { openRequisitesChange } from "./requisites";

/**
 * «Реквизиты → ОФД» of a KZ cashbox while it is a DRAFT. Refused once an ОФД period is on the
 * cashbox (`paidUntil` on OWN, where the tariff includes the ОФД; `ofdPaidUntil`, the owner's date,
 * on a third-party ОФД), so a paid ОФД period cannot silently change meaning.
 * On a REGISTERED cashbox the ОФД is a registered requisite: the change opens a re-registration
 * case (lib/registration/requisites.ts) and applies when it is accepted.
 */
export async function changeCashboxOfd(ctx: TenantContext, raw: TChangeOfdInput) {
  assertCan(ctx, "cashbox.manage");
  const input = parse(ZChangeOfdInput, raw);
  return db.$transaction(async (tx) => {
    const cb = await loadKzCashbox(tx, ctx.organizationId, input.cashboxId);
    if (cb.organization.country !== "KZ") throw conflict("ofdKzOnly");
    if (cb.registrationStatus === "REGISTERED") {
      const full = await tx.cashbox.findFirstOrThrow({
        where: { organizationId: ctx.organizationId, id: cb.id },
        select: { tradePointId: true, taxation: true, ofd: true },
      });
      const caseId = await openRequisitesChange(tx, ctx, cb.id, { ofd: input.ofd }, full);
      return caseId ? { changed: true, caseId } : { changed: false };
    }
    if (cb.ofd === input.ofd) return { changed: false };
    if (cb.registrationStatus !== "DRAFT") throw conflict("ofdNotDraft");
    if (cb.ofd === "OWN" ? cb.paidUntil : cb.ofdPaidUntil) throw conflict("ofdPaid");
    const pending = await tx.registrationCase.count({
      where: { organizationId: ctx.organizationId, cashboxId: cb.id, status: "SUBMITTED" },
    });
    if (pending) throw conflict("ofdNotDraft");
    await tx.cashbox.updateMany({
      where: { organizationId: ctx.organizationId, id: cb.id },
      data: { ofd: input.ofd },
    });
    await audit(tx, ctx, {
      action: "cashbox.ofd.change",
      objectType: "cashbox",
      objectId: cb.id,
      details: { ofd: [cb.ofd, input.ofd] },
    });
    return { changed: true };
  });
}
