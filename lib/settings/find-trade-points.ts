import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { PAGE_SIZE, ZTradePointFilters } from "./schemas";

/** A page of the organization's trade points (active or archived), searchable by name or address. */
export async function findTradePoints(ctx: TenantContext, rawFilters: Record<string, unknown> = {}) {
  assertCan(ctx, "tradePoint.read");
  const f = ZTradePointFilters.parse(rawFilters);
  const where: Prisma.TradePointWhereInput = {
    organizationId: ctx.organizationId,
    archivedAt: f.archived ? { not: null } : null,
    ...(f.q
      ? {
          OR: [
            { name: { contains: f.q, mode: "insensitive" } },
            { address: { contains: f.q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const [total, rows] = await Promise.all([
    db.tradePoint.count({ where }),
    db.tradePoint.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (f.page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        name: true,
        address: true,
        archivedAt: true,
        _count: { select: { cashboxes: true } },
      },
    }),
  ]);
  return {
    items: rows.map(({ _count, ...r }) => ({ ...r, cashboxCount: _count.cashboxes })),
    total,
    page: f.page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    filters: f,
  };
}
