// Scheduled job (daily): payment reminders of docs/product.md §6 for every tenant — «expiring in 30
// days», «in 7 days», «not paid» — in the bell and by mail, each once per cashbox and paidUntil
// (a renewal starts a new cycle). A plain function of `now`: tests call it directly; the job
// queue (lib/jobs) only schedules it.
// Two periods, two sets of kinds: the tariff («Тариф оплачен до», paidUntil, every cashbox) —
// PAYMENT_*; a third-party ОФД's period («ОФД оплачен до», ofdPaidUntil, entered by the owner) —
// OFD_PAYMENT_*, with their own dedupe keys "<cashboxId>:<ofdPaidUntil>".
import { crossTenant } from "@/lib/db/fan-out";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { notify } from "@/lib/notifications/notify";
import type { NotificationKind } from "@/lib/notifications/kinds";
import { adminQuery, sql } from "@/lib/db/sql";

const BATCH = 500;
/** «Not paid» reminders go out for services that ran out within this many days (not for years-old ones). */
export const UNPAID_LOOKBACK_DAYS = 60;

interface Due {
  organizationId: string;
  id: string;
  name: string;
  paidUntil: string;
  daysLeft: number;
  kind: NotificationKind;
}

const PERIODS = [
  {
    column: Prisma.raw(`c."paidUntil"`),
    only: Prisma.empty,
    kinds: { unpaid: "PAYMENT_UNPAID", in7: "PAYMENT_EXPIRING_7", in30: "PAYMENT_EXPIRING_30" },
    param: "paidUntil",
  },
  {
    column: Prisma.raw(`c."ofdPaidUntil"`),
    only: Prisma.sql`AND c.ofd <> 'OWN'`,
    kinds: { unpaid: "OFD_PAYMENT_UNPAID", in7: "OFD_PAYMENT_EXPIRING_7", in30: "OFD_PAYMENT_EXPIRING_30" },
    param: "ofdPaidUntil",
  },
] as const satisfies readonly {
  column: Prisma.Sql;
  only: Prisma.Sql;
  kinds: Record<"unpaid" | "in7" | "in30", NotificationKind>;
  param: string;
}[];

async function runPaymentRemindersUnscoped(now = new Date()): Promise<{ sent: number }> {
  let sent = 0;
  for (const period of PERIODS) sent += await remindOf(period, now);
  return { sent };
}

async function remindOf(period: (typeof PERIODS)[number], now: Date): Promise<number> {
  let sent = 0;
  const col = period.column;
  let after = { org: "00000000-0000-0000-0000-000000000000", id: "00000000-0000-0000-0000-000000000000" };
  for (;;) {
    // paidUntil's range is a coarse, index-friendly bound (±1 day covers every time zone); the
    // exact local day count comes from each organization's time zone.
    const rows = await adminQuery<Due[]>(
      db,
      sql`
      WITH due AS (
        SELECT c."organizationId", c.id, c.name, ${col} AS "paidUntil",
               (${col} - (${now}::timestamptz AT TIME ZONE o.timezone)::date) AS days_left
          FROM "Cashbox" c JOIN "Organization" o ON o.id = c."organizationId"
         WHERE c."registrationStatus" = 'REGISTERED' ${period.only}
           AND ${col} BETWEEN (${now}::timestamptz)::date - ${UNPAID_LOOKBACK_DAYS + 1}::int
                          AND (${now}::timestamptz)::date + 31
           AND (c."organizationId", c.id) > (${after.org}::uuid, ${after.id}::uuid)
      ), kinded AS (
        SELECT d.*, CASE WHEN d.days_left < 0 THEN ${period.kinds.unpaid}::text
                         WHEN d.days_left <= 7 THEN ${period.kinds.in7}::text
                         WHEN d.days_left <= 30 THEN ${period.kinds.in30}::text END AS kind
          FROM due d
      )
      SELECT k."organizationId"::text AS "organizationId", k.id::text AS id, k.name,
             to_char(k."paidUntil", 'YYYY-MM-DD') AS "paidUntil", k.days_left AS "daysLeft", k.kind
        FROM kinded k
       WHERE k.kind IS NOT NULL AND k.days_left >= -${UNPAID_LOOKBACK_DAYS}::int
         AND NOT EXISTS (SELECT 1 FROM "Notification" n
                          WHERE n."organizationId" = k."organizationId" AND n.kind = k.kind
                            AND n."dedupeKey" = k.id::text || ':' || to_char(k."paidUntil", 'YYYY-MM-DD'))
       ORDER BY k."organizationId", k.id
       LIMIT ${BATCH}`,
    );
    for (const r of rows) {
      const isNew = await db.$transaction((tx) =>
        notify(tx, {
          organizationId: r.organizationId,
          kind: r.kind,
          cashboxId: r.id,
          dedupeKey: `${r.id}:${r.paidUntil}`,
          params: { cashbox: r.name, [period.param]: r.paidUntil, days: Math.abs(Number(r.daysLeft)) },
        }),
      );
      if (isNew) sent++;
    }
    if (rows.length < BATCH) break;
    const last = rows[rows.length - 1];
    after = { org: last.organizationId, id: last.id };
  }
  return sent;
}

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const runPaymentReminders: typeof runPaymentRemindersUnscoped = (...args) =>
  crossTenant("billing.payment-reminders", () => runPaymentRemindersUnscoped(...args));
