// «Настройки → Партнёр»: the client links or unlinks its partner (reseller). The link is the
// partner's only grant to the client's data (lib/partners/grant.ts).
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TLinkPartnerInput } from "./schemas";
import { unsafeFindPartnerByTaxId } from "./unsafe-find-partner-by-tax-id";

/** The current partner with its contacts, or null. */
export async function getPartnerLink(ctx: TenantContext) {
  assertCan(ctx, "org.read");
  const link = await db.partnerLink.findUnique({
    where: { organizationId: ctx.organizationId },
    select: { partnerOrganizationId: true, linkedAt: true },
  });
  if (!link) return null;
  const partner = await db.organization.findFirst({
    where: { id: link.partnerOrganizationId, kind: "PARTNER" },
    select: { name: true, taxId: true, phone: true, email: true, country: true },
  });
  return partner ? { ...partner, linkedAt: link.linkedAt } : null;
}

export async function linkPartner(ctx: TenantContext, input: TLinkPartnerInput) {
  assertCan(ctx, "partner.link");
  await db.$transaction(async (tx) => {
    const partner = await unsafeFindPartnerByTaxId(tx, input.taxId);
    if (!partner) throw new AppError("NOT_FOUND", { messageKey: "partner.link.notFound", field: "taxId" });
    if (partner.id === ctx.organizationId)
      throw new AppError("VALIDATION_FAILED", { messageKey: "partner.link.self", field: "taxId" });
    const before = await tx.partnerLink.findUnique({
      where: { organizationId: ctx.organizationId },
      select: { partnerOrganizationId: true },
    });
    if (before?.partnerOrganizationId === partner.id)
      throw new AppError("CONFLICT", { messageKey: "partner.link.already", field: "taxId" });
    await tx.partnerLink.upsert({
      where: { organizationId: ctx.organizationId },
      create: { organizationId: ctx.organizationId, partnerOrganizationId: partner.id },
      update: { partnerOrganizationId: partner.id, linkedAt: new Date() },
    });
    await audit(tx, ctx, {
      action: "partner.link",
      objectType: "organization",
      objectId: ctx.organizationId,
      details: { partner: partner.name, taxId: input.taxId, replaced: before ? true : false },
    });
  });
}

/** Unlinking takes the partner's access away at once: every partner query joins PartnerLink. */
export async function unlinkPartner(ctx: TenantContext) {
  assertCan(ctx, "partner.link");
  await db.$transaction(async (tx) => {
    const link = await tx.partnerLink.findUnique({
      where: { organizationId: ctx.organizationId },
      select: { partnerOrganizationId: true },
    });
    if (!link) throw new AppError("CONFLICT", { messageKey: "partner.link.none" });
    const partner = await tx.organization.findFirst({
      where: { id: link.partnerOrganizationId },
      select: { name: true },
    });
    await tx.partnerLink.deleteMany({ where: { organizationId: ctx.organizationId } });
    await audit(tx, ctx, {
      action: "partner.unlink",
      objectType: "organization",
      objectId: ctx.organizationId,
      details: { partner: partner?.name ?? null },
    });
  });
}
