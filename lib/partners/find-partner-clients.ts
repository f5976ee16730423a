import { crossTenant } from "@/lib/db/fan-out";
import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { linkedClientWhere } from "./grant";
import { adminQuery, sql } from "@/lib/db/sql";

export const CLIENTS_PAGE_SIZE = 20;

/**
 * Client organizations that linked the caller's partner organization, with how many of their
 * registered cashboxes are expiring or unpaid (what a partner needs to call them about).
 */
async function findPartnerClientsUnscoped(ctx: TenantContext, page: number, now = new Date()) {
  assertCan(ctx, "partner.cabinet");
  const where = linkedClientWhere(ctx);
  const [total, rows] = await Promise.all([
    db.organization.count({ where }),
    db.organization.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * CLIENTS_PAGE_SIZE,
      take: CLIENTS_PAGE_SIZE,
      select: { id: true, name: true, country: true, taxId: true, phone: true, email: true, timezone: true },
    }),
  ]);
  const ids = rows.map((r) => r.id);
  // Counted in SQL, scoped by the same grant (the PartnerLink join).
  const stats = ids.length
    ? await adminQuery<{ organizationId: string; cashboxes: bigint; expiring: bigint; unpaid: bigint }[]>(
        db,
        sql`
        SELECT c."organizationId"::text AS "organizationId", count(*) AS cashboxes,
               count(*) FILTER (WHERE c."registrationStatus" = 'REGISTERED' AND c."paidUntil" IS NOT NULL
                 AND c."paidUntil" - (${now}::timestamptz AT TIME ZONE o.timezone)::date BETWEEN 0 AND 30) AS expiring,
               count(*) FILTER (WHERE c."registrationStatus" = 'REGISTERED' AND (c."paidUntil" IS NULL
                 OR c."paidUntil" < (${now}::timestamptz AT TIME ZONE o.timezone)::date)) AS unpaid
          FROM "Cashbox" c
          JOIN "Organization" o ON o.id = c."organizationId"
          JOIN "PartnerLink" pl ON pl."organizationId" = c."organizationId"
                               AND pl."partnerOrganizationId" = ${ctx.organizationId}::uuid
         WHERE c."organizationId" = ANY(${ids}::uuid[])
         GROUP BY c."organizationId"`,
      )
    : [];
  const byOrg = new Map(stats.map((s) => [s.organizationId, s]));
  return {
    total,
    pages: Math.max(1, Math.ceil(total / CLIENTS_PAGE_SIZE)),
    rows: rows.map((r) => {
      const s = byOrg.get(r.id);
      return {
        ...r,
        cashboxes: Number(s?.cashboxes ?? 0),
        expiring: Number(s?.expiring ?? 0),
        unpaid: Number(s?.unpaid ?? 0),
      };
    }),
  };
}
export type PartnerClientRow = Awaited<ReturnType<typeof findPartnerClients>>["rows"][number];

export const CLIENT_OPTIONS_LIMIT = 500;

/** Linked clients for a picker («Передать клиенту»), by name. */
async function findPartnerClientOptionsUnscoped(ctx: TenantContext) {
  assertCan(ctx, "partner.cabinet");
  return db.organization.findMany({
    where: linkedClientWhere(ctx),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: CLIENT_OPTIONS_LIMIT,
    select: { id: true, name: true },
  });
}

/** The partner's own tax id: what a client types in «Настройки → Партнёр» to link it. */
export async function getPartnerTaxId(ctx: TenantContext): Promise<string> {
  assertCan(ctx, "partner.cabinet");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: ctx.organizationId },
    select: { taxId: true },
  });
  return org.taxId;
}

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const findPartnerClients: typeof findPartnerClientsUnscoped = (...args) =>
  crossTenant("partners.clients", () => findPartnerClientsUnscoped(...args));

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const findPartnerClientOptions: typeof findPartnerClientOptionsUnscoped = (...args) =>
  crossTenant("partners.clients", () => findPartnerClientOptionsUnscoped(...args));
