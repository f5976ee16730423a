// The renewal dialog of a KZ cashbox on a third-party ОФД (docs/registration.md «Сторонний ОФД»).
import { audit, diff } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { conflict, iso, loadKzCashbox, parse } from "./activate-ofd";
import { isThirdPartyOfd, ZOfdPaidUntilInput, type TOfdPaidUntilInput } from "./ofd";

/**
 * «ОФД оплачен до» of a third-party ОФД cashbox (the renewal dialog): the owner's date, as is. It
 * moves only the ОФД period (ofdPaidUntil); the tariff period (paidUntil) is codes' and the
 * «Маркет»'s, and an unpaid block (which follows the tariff) is not lifted by it.
 */
export async function updateOfdPaidUntil(ctx: TenantContext, raw: TOfdPaidUntilInput) {
  assertCan(ctx, "cashbox.renew");
  const input = parse(ZOfdPaidUntilInput, raw);
  return db.$transaction(async (tx) => {
    const cb = await loadKzCashbox(tx, ctx.organizationId, input.cashboxId);
    if (cb.organization.country !== "KZ" || !isThirdPartyOfd(cb.ofd)) throw conflict("notThirdParty");
    if (cb.registrationStatus === "DEREGISTERED") throw conflict("deregistered");
    const changes = diff({ ofdPaidUntil: iso(cb.ofdPaidUntil) }, { ofdPaidUntil: input.paidUntil });
    if (Object.keys(changes).length === 0) return { changed: false, paidUntil: input.paidUntil };
    await tx.cashbox.updateMany({
      where: { organizationId: ctx.organizationId, id: cb.id },
      data: { ofdPaidUntil: new Date(`${input.paidUntil}T00:00:00Z`) },
    });
    await audit(tx, ctx, {
      action: "cashbox.ofdPaidUntil.update",
      objectType: "cashbox",
      objectId: cb.id,
      details: { ofd: cb.ofd, ...changes },
    });
    return { changed: true, paidUntil: input.paidUntil };
  });
}
