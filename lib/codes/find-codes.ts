import { db } from "@/lib/db/client";
import { crossTenant } from "@/lib/db/fan-out";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TCodeListQuery } from "./schemas";

export const CODES_PAGE_SIZE = 25;

/**
 * «Мои коды»: codes the organization owns (bought in the «Маркет») and codes a partner handed to
 * it. The second half reads another tenant's rows, but only those whose handedToOrganizationId is
 * the caller: the hand-over is the grant.
 */
export function myCodesWhere(ctx: TenantContext) {
  return {
    OR: [{ organizationId: ctx.organizationId }, { handedToOrganizationId: ctx.organizationId }],
  };
}

async function findCodesUnscoped(ctx: TenantContext, q: TCodeListQuery) {
  assertCan(ctx, "market.read");
  // For the client, «Доступен» means usable by it: its own available codes and codes a partner
  // handed to it (status HANDED_TO_CLIENT from the owner's point of view).
  const where = {
    AND: [myCodesWhere(ctx), q.status === "AVAILABLE" ? usableBy(ctx) : q.status ? { status: q.status } : {}],
  };
  const [total, rows, available] = await Promise.all([
    db.activationCode.count({ where }),
    db.activationCode.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (q.page - 1) * CODES_PAGE_SIZE,
      take: CODES_PAGE_SIZE,
      select: {
        id: true,
        organizationId: true,
        code: true,
        months: true,
        status: true,
        createdAt: true,
        handedAt: true,
        redeemedAt: true,
        redeemedCashboxId: true,
        redeemedByOrganizationId: true,
        redeemedPaidUntil: true,
        product: { select: { nameRu: true, nameKk: true, nameEn: true } },
        batch: { select: { order: { select: { id: true, number: true } } } },
      },
    }),
    db.activationCode.count({ where: { AND: [myCodesWhere(ctx), usableBy(ctx)] } }),
  ]);
  // Names of the cashboxes the codes went to, read inside the caller's tenant only.
  const cashboxIds = rows
    .filter((r) => r.redeemedByOrganizationId === ctx.organizationId && r.redeemedCashboxId)
    .map((r) => r.redeemedCashboxId!);
  const cashboxes = cashboxIds.length
    ? await db.cashbox.findMany({
        where: { organizationId: ctx.organizationId, id: { in: cashboxIds } },
        select: { id: true, name: true },
      })
    : [];
  const names = new Map(cashboxes.map((c) => [c.id, c.name]));
  // The partner's name for codes it handed over (the client linked that partner: its name is known).
  const partnerIds = [
    ...new Set(rows.filter((r) => r.organizationId !== ctx.organizationId).map((r) => r.organizationId)),
  ];
  const partners = partnerIds.length
    ? await db.organization.findMany({ where: { id: { in: partnerIds } }, select: { id: true, name: true } })
    : [];
  const partnerNames = new Map(partners.map((p) => [p.id, p.name]));
  return {
    total,
    available,
    pages: Math.max(1, Math.ceil(total / CODES_PAGE_SIZE)),
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      months: r.months,
      status: r.status,
      product: r.product,
      createdAt: r.createdAt,
      redeemedAt: r.redeemedAt,
      redeemedPaidUntil: r.redeemedPaidUntil,
      cashboxId: r.redeemedByOrganizationId === ctx.organizationId ? r.redeemedCashboxId : null,
      cashboxName: r.redeemedCashboxId ? (names.get(r.redeemedCashboxId) ?? null) : null,
      order: r.batch.order,
      fromPartner:
        r.organizationId !== ctx.organizationId ? (partnerNames.get(r.organizationId) ?? "") : null,
      usable:
        r.organizationId === ctx.organizationId ? r.status === "AVAILABLE" : r.status === "HANDED_TO_CLIENT",
    })),
  };
}
export type MyCodeRow = Awaited<ReturnType<typeof findCodes>>["rows"][number];

/** Codes the caller may redeem right now: own AVAILABLE ones, or HANDED_TO_CLIENT to it. */
export function usableBy(ctx: TenantContext) {
  return {
    OR: [
      { organizationId: ctx.organizationId, status: "AVAILABLE" as const },
      { handedToOrganizationId: ctx.organizationId, status: "HANDED_TO_CLIENT" as const },
    ],
  };
}

/** Cross-tenant read (lib/db/fan-out.ts): codes handed by a partner are rows of the partner's tenant. */
export const findCodes: typeof findCodesUnscoped = (...args) =>
  crossTenant("codes.handed-to-client", () => findCodesUnscoped(...args));
