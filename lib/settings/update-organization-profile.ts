import type { Prisma } from "@/lib/db/generated/client";
import { audit, diff } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { newChangeGroup, openRequisitesChange } from "@/lib/registration/requisites";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { PROFILE_SELECT } from "./get-organization-profile";
import { lockOrganization } from "./lock";
import type { TOrganizationProfileInput } from "./schemas";

/**
 * Saves the profile and requisites; the country is fixed at creation. Writes nothing (and logs
 * nothing) when no field changed; otherwise one audit row with the diff. The name is a registered
 * requisite of every REGISTERED cashbox: with any, a new name opens one re-registration case per
 * such cashbox (lib/registration/requisites.ts) and the organization keeps its name until every
 * case is accepted; the other fields are saved at once.
 */
export async function updateOrganizationProfile(ctx: TenantContext, input: TOrganizationProfileInput) {
  assertCan(ctx, "org.update");
  if (input.country !== ctx.country) {
    throw new AppError("VALIDATION_FAILED", { field: "country", messageKey: "settings.errors.countryFixed" });
  }
  const { country: _country, ...data } = input;
  return db.$transaction(async (tx) => {
    await lockOrganization(tx, ctx.organizationId);
    const before = await tx.organization.findFirst({
      where: { id: ctx.organizationId },
      select: PROFILE_SELECT,
    });
    if (!before) throw new AppError("NOT_FOUND");
    let reregistered = 0;
    if (data.name !== before.name) {
      const registered = await tx.cashbox.findMany({
        where: { organizationId: ctx.organizationId, registrationStatus: "REGISTERED" },
        select: { id: true, tradePointId: true, taxation: true, ofd: true },
        orderBy: { id: "asc" },
      });
      if (registered.length > 0) {
        const group = newChangeGroup();
        for (const cb of registered)
          if (
            await openRequisitesChange(tx, ctx, cb.id, { organizationName: { value: data.name, group } }, cb)
          )
            reregistered++;
        data.name = before.name;
      }
    }
    const changes = diff(before, data);
    if (Object.keys(changes).length === 0)
      return reregistered > 0 ? { changed: true, reregistered } : { changed: false };
    await tx.organization.updateMany({ where: { id: ctx.organizationId }, data });
    await audit(tx, ctx, {
      action: "organization.update",
      objectType: "organization",
      objectId: ctx.organizationId,
      details: changes as Prisma.InputJsonValue,
    });
    return reregistered > 0 ? { changed: true, reregistered } : { changed: true };
  });
}
