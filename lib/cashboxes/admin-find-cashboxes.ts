// PLATFORM_ADMIN use cases (admin-*.ts) work across tenants by design: each checks
// platform.admin first and writes its audit row under the cashbox's own organization, so the
// owner sees in «Журнал» that the operator looked at or changed their cashbox (docs/product.md §1, §6).
import { crossTenant } from "@/lib/db/fan-out";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { ZAdminCashboxQuery } from "./card-schemas";
import { normalizeSerial } from "./serial";

export const ADMIN_SEARCH_LIMIT = 20;

/**
 * Cashboxes of any organization whose serial or registration number equals `query` (exact match:
 * the operator works from a number a customer or the tax authority gave). Every cashbox shown is
 * logged as viewed.
 */
async function adminFindCashboxesUnscoped(ctx: TenantContext, rawQuery: string) {
  assertCan(ctx, "platform.admin");
  const q = ZAdminCashboxQuery.parse(rawQuery);
  if (!q) return [];
  const serials = await db.cashboxSerial.findMany({
    where: { serialNumber: normalizeSerial(q) },
    select: { cashboxId: true },
    take: ADMIN_SEARCH_LIMIT,
  });
  const rows = await db.cashbox.findMany({
    where: { OR: [{ id: { in: serials.map((s) => s.cashboxId) } }, { registrationNumber: q }] },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: ADMIN_SEARCH_LIMIT,
    select: {
      id: true,
      organizationId: true,
      name: true,
      model: true,
      serialNumber: true,
      registrationNumber: true,
      registrationStatus: true,
      operationalState: true,
      operationalReason: true,
      paidUntil: true,
      lastSeenAt: true,
      tradePoint: { select: { name: true, address: true } },
      organization: { select: { name: true, taxId: true, country: true, timezone: true } },
    },
  });
  if (rows.length) {
    await db.$transaction(async (tx) => {
      for (const r of rows) {
        await audit(
          tx,
          ctx,
          { action: "admin.cashbox.view", objectType: "cashbox", objectId: r.id, details: { query: q } },
          r.organizationId,
        );
      }
    });
  }
  return rows;
}
export type AdminCashboxRow = Awaited<ReturnType<typeof adminFindCashboxes>>[number];

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminFindCashboxes: typeof adminFindCashboxesUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminFindCashboxesUnscoped(...args));
