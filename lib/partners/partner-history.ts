import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

export const HISTORY_PAGE_SIZE = 25;

/**
 * «История»: the partner's codes that went to clients (handed over or redeemed), newest first.
 * Client names come from the partner's own records; a cashbox name is shown only while that
 * client is still linked (unlinking removes access to its cashboxes).
 */
export async function findPartnerHistory(ctx: TenantContext, page: number) {
  assertCan(ctx, "partner.cabinet");
  const where = {
    organizationId: ctx.organizationId,
    status: { in: ["HANDED_TO_CLIENT" as const, "REDEEMED" as const] },
  };
  const [total, rows] = await Promise.all([
    db.activationCode.count({ where }),
    db.activationCode.findMany({
      where,
      orderBy: [{ redeemedAt: { sort: "desc", nulls: "last" } }, { handedAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * HISTORY_PAGE_SIZE,
      take: HISTORY_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        status: true,
        months: true,
        handedAt: true,
        handedToOrganizationId: true,
        redeemedAt: true,
        redeemedByOrganizationId: true,
        redeemedCashboxId: true,
        redeemedPaidUntil: true,
        product: { select: { nameRu: true, nameKk: true, nameEn: true } },
      },
    }),
  ]);
  const orgIds = [
    ...new Set(
      rows
        .flatMap((r) => [r.redeemedByOrganizationId, r.handedToOrganizationId])
        .filter((x): x is string => !!x),
    ),
  ];
  const orgs = orgIds.length
    ? await db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })
    : [];
  const orgNames = new Map(orgs.map((o) => [o.id, o.name]));
  // Cashbox names through the grant: rows of clients that unlinked simply do not match.
  const cashboxes = await db.cashbox.findMany({
    where: {
      OR: rows
        .filter((r) => r.redeemedCashboxId && r.redeemedByOrganizationId)
        .map((r) => ({ organizationId: r.redeemedByOrganizationId!, id: r.redeemedCashboxId! })),
      organization: { partnerLink: { is: { partnerOrganizationId: ctx.organizationId } } },
    },
    select: { id: true, name: true },
  });
  const cashboxNames = new Map(cashboxes.map((c) => [c.id, c.name]));
  return {
    total,
    pages: Math.max(1, Math.ceil(total / HISTORY_PAGE_SIZE)),
    rows: rows.map((r) => ({
      id: r.id,
      code: r.code,
      status: r.status,
      months: r.months,
      product: r.product,
      at: r.redeemedAt ?? r.handedAt,
      clientName: orgNames.get(r.redeemedByOrganizationId ?? r.handedToOrganizationId ?? "") ?? null,
      cashboxName: r.redeemedCashboxId ? (cashboxNames.get(r.redeemedCashboxId) ?? null) : null,
      paidUntil: r.redeemedPaidUntil,
    })),
  };
}
