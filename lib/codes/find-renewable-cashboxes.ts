import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

export const CASHBOX_PICKER_LIMIT = 20;

/**
 * «Применить к кассе»: the organization's cashboxes matching `q` (name, serial or registration
 * number), the ones whose service ends soonest first. Deregistered cashboxes cannot be renewed.
 */
export async function findRenewableCashboxes(ctx: TenantContext, q: string) {
  assertCan(ctx, "cashbox.renew");
  const query = q.trim().slice(0, 100);
  return db.cashbox.findMany({
    where: {
      organizationId: ctx.organizationId,
      registrationStatus: { not: "DEREGISTERED" },
      ...(query
        ? {
            OR: [
              { name: { contains: query, mode: "insensitive" as const } },
              { serialNumber: { contains: query, mode: "insensitive" as const } },
              { registrationNumber: { contains: query } },
            ],
          }
        : {}),
    },
    orderBy: [{ paidUntil: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
    take: CASHBOX_PICKER_LIMIT,
    select: {
      id: true,
      name: true,
      registrationStatus: true,
      registrationNumber: true,
      paidUntil: true,
      tradePoint: { select: { name: true } },
    },
  });
}
