import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { crossTenant } from "@/lib/db/fan-out";
import { usableBy } from "./find-codes";

export const RENEW_OPTIONS_LIMIT = 50;

export interface RenewOptions {
  /** the organization's own usable codes (bought, or handed over by its partner), oldest first */
  codes: { id: string; code: string; months: number; nameRu: string; nameKk: string; nameEn: string }[];
  /** the linked partner's contacts: whom to ask for a code */
  partner: { name: string; phone: string; email: string } | null;
  canBuy: boolean;
}

/** What the «Продлить» dialog offers besides typing a code. */
async function getRenewOptionsUnscoped(ctx: TenantContext): Promise<RenewOptions> {
  assertCan(ctx, "cashbox.renew");
  const [codes, link] = await Promise.all([
    db.activationCode.findMany({
      where: usableBy(ctx),
      orderBy: [{ months: "asc" }, { createdAt: "asc" }],
      take: RENEW_OPTIONS_LIMIT,
      select: {
        id: true,
        code: true,
        months: true,
        product: { select: { nameRu: true, nameKk: true, nameEn: true } },
      },
    }),
    db.partnerLink.findUnique({
      where: { organizationId: ctx.organizationId },
      select: { partnerOrganizationId: true },
    }),
  ]);
  // Only the contacts of the partner this organization itself linked.
  const partner = link
    ? await db.organization.findFirst({
        where: { id: link.partnerOrganizationId, kind: "PARTNER" },
        select: { name: true, phone: true, email: true },
      })
    : null;
  return {
    codes: codes.map((c) => ({ id: c.id, code: c.code, months: c.months, ...c.product })),
    partner,
    canBuy: ctx.permissions.has("market.buy"),
  };
}

/** Cross-tenant read (lib/db/fan-out.ts): codes handed by a partner are rows of the partner's tenant. */
export const getRenewOptions: typeof getRenewOptionsUnscoped = (...args) =>
  crossTenant("codes.handed-to-client", () => getRenewOptionsUnscoped(...args));
