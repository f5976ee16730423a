// Scheduled job (daily): a REGISTERED cashbox whose service ran out more than the grace period
// ago is BLOCKED (docs/product.md §4 «service unpaid for more than the grace period»), with the
// reason shown on its badge; the device API then refuses operations. A renewal lifts exactly this
// block (lib/codes/redeem-activation-code.ts, via Cashbox.unpaidBlockedAt). Only ACTIVE cashboxes
// are blocked: an operator's block or an integrity state is never overwritten. paidUntil is this
// service's tariff («Тариф оплачен до») whatever the ОФД, so a KZ cashbox on a third-party ОФД is
// blocked by it too; its ОФД period (ofdPaidUntil, the owner's date) never blocks — that ОФД
// enforces its own payment, and the reminders only remind of it (docs/product.md §4).
import { crossTenant } from "@/lib/db/fan-out";
import { auditSystem } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { notify } from "@/lib/notifications/notify";
import { adminQuery, sql, tenantExecute } from "@/lib/db/sql";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const BATCH = 500;
export const DEFAULT_UNPAID_GRACE_DAYS = 14;

/** KASSA_UNPAID_GRACE_DAYS (whole days ≥ 0), default 14. */
export function unpaidGraceDays(env: Record<string, string | undefined> = process.env): number {
  const raw = env.KASSA_UNPAID_GRACE_DAYS;
  if (raw === undefined || raw.trim() === "") return DEFAULT_UNPAID_GRACE_DAYS;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`KASSA_UNPAID_GRACE_DAYS must be a whole number ≥ 0, got "${raw}"`);
  return n;
}

/** The reason stored on the cashbox (shown in the badge tooltip and the journal; Russian, like the terminal texts). */
export function unpaidBlockReason(paidUntil: string): string {
  const [y, m, d] = paidUntil.split("-");
  return `Не оплачено обслуживание: срок истёк ${d}.${m}.${y}`;
}

async function blockUnpaidCashboxesUnscoped(
  now = new Date(),
  graceDays = unpaidGraceDays(),
): Promise<{ blocked: number }> {
  let blocked = 0;
  let after = { org: "00000000-0000-0000-0000-000000000000", id: "00000000-0000-0000-0000-000000000000" };
  for (;;) {
    const rows = await adminQuery<{ organizationId: string; id: string; name: string; paidUntil: string }[]>(
      db,
      sql`
      SELECT c."organizationId"::text AS "organizationId", c.id::text AS id, c.name,
             to_char(c."paidUntil", 'YYYY-MM-DD') AS "paidUntil"
        FROM "Cashbox" c JOIN "Organization" o ON o.id = c."organizationId"
       WHERE c."registrationStatus" = 'REGISTERED' AND c."operationalState" = 'ACTIVE'
         AND c."paidUntil" < (${now}::timestamptz)::date - ${graceDays - 1}::int
         AND c."paidUntil" < (${now}::timestamptz AT TIME ZONE o.timezone)::date - ${graceDays}::int
         AND (c."organizationId", c.id) > (${after.org}::uuid, ${after.id}::uuid)
       ORDER BY c."organizationId", c.id
       LIMIT ${BATCH}`,
    );
    for (const r of rows) {
      const done = await db.$transaction(async (tx) => {
        // Conditional: a renewal or an owner's block that committed meanwhile wins.
        const n = await tenantExecute(
          tx,
          unsafeOrganizationId(r.organizationId),
          sql`
          UPDATE "Cashbox"
             SET "operationalState" = 'BLOCKED', "operationalReason" = ${unpaidBlockReason(r.paidUntil)},
                 "unpaidBlockedAt" = ${now}, "updatedAt" = ${now}
           WHERE "organizationId" = ${r.organizationId}::uuid AND id = ${r.id}::uuid
             AND "operationalState" = 'ACTIVE' AND "paidUntil" = ${r.paidUntil}::date`,
        );
        if (n !== 1) return false;
        await auditSystem(tx, r.organizationId, {
          action: "cashbox.blockUnpaid",
          objectType: "cashbox",
          objectId: r.id,
          details: { paidUntil: r.paidUntil, graceDays },
        });
        await notify(tx, {
          organizationId: r.organizationId,
          kind: "CASHBOX_BLOCKED_UNPAID",
          cashboxId: r.id,
          dedupeKey: `${r.id}:${r.paidUntil}`,
          params: { cashbox: r.name, paidUntil: r.paidUntil },
        });
        return true;
      });
      if (done) blocked++;
    }
    if (rows.length < BATCH) break;
    const last = rows[rows.length - 1];
    after = { org: last.organizationId, id: last.id };
  }
  return { blocked };
}

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const blockUnpaidCashboxes: typeof blockUnpaidCashboxesUnscoped = (...args) =>
  crossTenant("billing.block-unpaid", () => blockUnpaidCashboxesUnscoped(...args));
