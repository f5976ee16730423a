import { db } from "@/lib/db/client";
import type { TCodeListQuery } from "@/lib/codes/schemas";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

export const PARTNER_CODES_PAGE_SIZE = 25;

type StatusCounts = Partial<Record<"AVAILABLE" | "HANDED_TO_CLIENT" | "REDEEMED" | "REVOKED", number>>;

/** The partner's code inventory: counts by batch and product, and the codes themselves, paged. */
export async function findPartnerCodes(ctx: TenantContext, q: TCodeListQuery) {
  assertCan(ctx, "partner.cabinet");
  const own = { organizationId: ctx.organizationId };
  const where = {
    ...own,
    ...(q.status ? { status: q.status } : {}),
    ...(q.batchId ? { batchId: q.batchId } : {}),
  };
  const [batches, counts, total, rows] = await Promise.all([
    db.activationCodeBatch.findMany({
      where: own,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      take: 100,
      select: {
        id: true,
        quantity: true,
        note: true,
        createdAt: true,
        product: { select: { nameRu: true, nameKk: true, nameEn: true } },
      },
    }),
    db.activationCode.groupBy({ by: ["batchId", "status"], where: own, _count: { _all: true } }),
    db.activationCode.count({ where }),
    db.activationCode.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { code: "asc" }],
      skip: (q.page - 1) * PARTNER_CODES_PAGE_SIZE,
      take: PARTNER_CODES_PAGE_SIZE,
      select: {
        id: true,
        code: true,
        months: true,
        status: true,
        batchId: true,
        handedToOrganizationId: true,
        handedAt: true,
        redeemedAt: true,
        redeemedByOrganizationId: true,
        product: { select: { nameRu: true, nameKk: true, nameEn: true } },
      },
    }),
  ]);
  const totals: StatusCounts = {};
  const byBatch = new Map<string, StatusCounts>();
  for (const c of counts) {
    totals[c.status] = (totals[c.status] ?? 0) + c._count._all;
    const b = byBatch.get(c.batchId) ?? {};
    b[c.status] = c._count._all;
    byBatch.set(c.batchId, b);
  }
  // Client names for the codes on this page: only organizations this partner handed codes to or renewed.
  const orgIds = [
    ...new Set(
      rows
        .flatMap((r) => [r.handedToOrganizationId, r.redeemedByOrganizationId])
        .filter((x): x is string => !!x),
    ),
  ];
  const orgs = orgIds.length
    ? await db.organization.findMany({ where: { id: { in: orgIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map(orgs.map((o) => [o.id, o.name]));
  return {
    totals,
    batches: batches.map((b) => ({ ...b, byStatus: byBatch.get(b.id) ?? {} })),
    total,
    pages: Math.max(1, Math.ceil(total / PARTNER_CODES_PAGE_SIZE)),
    rows: rows.map((r) => ({
      ...r,
      clientName: names.get(r.redeemedByOrganizationId ?? r.handedToOrganizationId ?? "") ?? null,
    })),
  };
}
export type PartnerCodeRow = Awaited<ReturnType<typeof findPartnerCodes>>["rows"][number];

/** The partner's AVAILABLE codes (for «Продлить» and «Передать клиенту»), plus codes already handed to `clientId`. */
export async function findPartnerUsableCodes(ctx: TenantContext, clientId?: string) {
  assertCan(ctx, "partner.cabinet");
  const rows = await db.activationCode.findMany({
    where: {
      organizationId: ctx.organizationId,
      OR: [
        { status: "AVAILABLE" },
        ...(clientId ? [{ status: "HANDED_TO_CLIENT" as const, handedToOrganizationId: clientId }] : []),
      ],
    },
    orderBy: [{ months: "asc" }, { createdAt: "asc" }],
    take: 50,
    select: {
      id: true,
      code: true,
      months: true,
      product: { select: { nameRu: true, nameKk: true, nameEn: true } },
    },
  });
  return rows.map((c) => ({ id: c.id, code: c.code, months: c.months, ...c.product }));
}
