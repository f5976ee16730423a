import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { linkedClientRowWhere, linkedClientWhere } from "./grant";

export const CLIENT_CASHBOXES_PAGE_SIZE = 25;

/**
 * One linked client's cashboxes, for the partner: only what renewal needs — name, trade point,
 * registration number, statuses, paidUntil (and ofdPaidUntil on a third-party ОФД). No receipts, tokens, keys or fiscal data.
 * An unlinked (or unknown) client answers NOT_FOUND.
 */
export async function findClientCashboxes(ctx: TenantContext, clientOrganizationId: string, page: number) {
  assertCan(ctx, "partner.cabinet");
  if (!isUuid(clientOrganizationId)) throw new AppError("NOT_FOUND");
  const client = await db.organization.findFirst({
    where: { id: clientOrganizationId, ...linkedClientWhere(ctx) },
    select: { id: true, name: true, country: true, timezone: true, taxId: true },
  });
  if (!client) throw new AppError("NOT_FOUND");
  const where = linkedClientRowWhere(ctx, client.id);
  const [total, rows] = await Promise.all([
    db.cashbox.count({ where }),
    db.cashbox.findMany({
      where,
      orderBy: [{ paidUntil: { sort: "asc", nulls: "last" } }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * CLIENT_CASHBOXES_PAGE_SIZE,
      take: CLIENT_CASHBOXES_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        registrationNumber: true,
        registrationStatus: true,
        operationalState: true,
        operationalReason: true,
        paidUntil: true,
        // a KZ cashbox on a third-party ОФД: the partner's codes renew its tariff (paidUntil);
        // the ОФД's own date is shown for reference
        ofd: true,
        ofdPaidUntil: true,
        tradePoint: { select: { name: true } },
      },
    }),
  ]);
  return { client, total, pages: Math.max(1, Math.ceil(total / CLIENT_CASHBOXES_PAGE_SIZE)), rows };
}
