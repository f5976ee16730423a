import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

export const PROFILE_SELECT = {
  name: true,
  country: true,
  legalForm: true,
  taxId: true,
  kpp: true,
  legalAddress: true,
  phone: true,
  email: true,
  bankName: true,
  bankAccount: true,
  bankCode: true,
  timezone: true,
} as const;

/** The current organization's profile and requisites. */
export async function getOrganizationProfile(ctx: TenantContext) {
  assertCan(ctx, "org.read");
  const org = await db.organization.findFirst({ where: { id: ctx.organizationId }, select: PROFILE_SELECT });
  if (!org) throw new AppError("NOT_FOUND");
  return org;
}
export type OrganizationProfile = Awaited<ReturnType<typeof getOrganizationProfile>>;
