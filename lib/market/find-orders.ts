import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TOrderListQuery } from "./schemas";

export const ORDERS_PAGE_SIZE = 20;

/** The organization's orders, newest first, paged. */
export async function findOrders(ctx: TenantContext, q: TOrderListQuery) {
  assertCan(ctx, "market.read");
  const where = { organizationId: ctx.organizationId, ...(q.status ? { status: q.status } : {}) };
  const [total, rows] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (q.page - 1) * ORDERS_PAGE_SIZE,
      take: ORDERS_PAGE_SIZE,
      select: {
        id: true,
        number: true,
        status: true,
        paymentMethod: true,
        total: true,
        currency: true,
        invoiceNumber: true,
        createdAt: true,
        paidAt: true,
        lines: { select: { productName: true, quantity: true }, orderBy: { productName: "asc" } },
      },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / ORDERS_PAGE_SIZE)) };
}
