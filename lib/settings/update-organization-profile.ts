import type { Prisma } from "@/lib/db/generated/client";
import { audit, diff } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { PROFILE_SELECT } from "./get-organization-profile";
import { lockOrganization } from "./lock";
import type { TOrganizationProfileInput } from "./schemas";

/**
 * Saves the profile and requisites; the country is fixed at creation. Writes nothing (and logs
 * nothing) when no field changed; otherwise one audit row with the diff.
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
    const changes = diff(before, data);
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx.organization.updateMany({ where: { id: ctx.organizationId }, data });
    await audit(tx, ctx, {
      action: "organization.update",
      objectType: "organization",
      objectId: ctx.organizationId,
      details: changes as Prisma.InputJsonValue,
    });
    return { changed: true };
  });
}
