// What the scheduled job does for the device API (docs/product.md §6): close shifts at the cashbox's
// automatic closing time or at the 24-hour limit with a server-made Z-report, and mark
// OFFLINE_TOO_LONG the cashboxes whose undelivered documents are over 72 hours old. Plain
// functions of `now`, idempotent: tests call them directly; lib/jobs schedules them.
import { crossTenant, singleTenant } from "@/lib/db/fan-out";
import { db } from "@/lib/db/client";
import { autoCloseDue, OFFLINE_MAX_MS } from "@/lib/fiscal/shift-rules";
import { requestHashOf } from "@/lib/fiscal/sign";
import { notifyShiftOpen24h } from "@/lib/notifications/scan";
import { loadDeviceCashbox } from "./context";
import { execute, type Command } from "./engine";
import { loadVatRates } from "./vat-rates";
import { adminQuery, sql } from "@/lib/db/sql";
import { type OrganizationId, unsafeOrganizationId } from "@/lib/tenant/context";

const PAGE = 500;

/** Z-report by the server for one open shift; false when the shift was closed meanwhile. */
export async function autoCloseShift(
  organizationId: OrganizationId,
  cashboxId: string,
  shiftId: string,
  now: Date,
): Promise<boolean> {
  const cb = await loadDeviceCashbox(cashboxId, organizationId);
  if (!cb) return false;
  const cmd: Command = {
    op: "z_report",
    clientDocId: `auto-z:${shiftId}`,
    requestHash: requestHashOf({ op: "auto-z", shiftId }),
    createdAt: now,
    deviceSeq: null,
    prevHash: null,
    offline: false,
    autonomousSign: null,
    cashier: null,
    serverMade: { autoClosed: true },
    expectShiftId: shiftId,
  };
  const out = await execute(cb, cmd, { now, vatRates: await loadVatRates(now.getTime()) });
  if (out.ok) return !out.outcome.replayed;
  if (out.error.code === "SHIFT_NOT_OPEN") return false;
  throw out.error;
}

async function closeDueShiftsUnscoped(now = new Date()): Promise<number> {
  let closed = 0;
  let after: { openedAt: Date; cashboxId: string } | null = null;
  for (;;) {
    const cursor: { openedAt: Date; cashboxId: string } | null = after;
    const rows: {
      organizationId: string;
      cashboxId: string;
      shiftId: string;
      openedAt: Date;
      autoCloseTime: string | null;
      timezone: string;
    }[] = await adminQuery(
      db,
      sql`
      SELECT j."organizationId"::text AS "organizationId", j."cashboxId"::text AS "cashboxId", j."currentShiftId"::text AS "shiftId", j."currentShiftOpenedAt" AS "openedAt",
             c."autoCloseTime", o.timezone
        FROM "CashboxJournal" j
        JOIN "Cashbox" c ON c."organizationId" = j."organizationId" AND c.id = j."cashboxId"
        JOIN "Organization" o ON o.id = j."organizationId"
       WHERE j."currentShiftOpenedAt" IS NOT NULL AND j."currentShiftOpenedAt" <= ${now}
         AND (${cursor?.openedAt ?? null}::timestamptz IS NULL
              OR (j."currentShiftOpenedAt", j."cashboxId") > (${cursor?.openedAt ?? null}::timestamptz, ${cursor?.cashboxId ?? null}::uuid))
       ORDER BY j."currentShiftOpenedAt", j."cashboxId"
       LIMIT ${PAGE}`,
    );
    for (const r of rows) {
      const due = autoCloseDue(
        { openedAt: r.openedAt },
        { autoCloseTime: r.autoCloseTime, timeZone: r.timezone },
        now,
      );
      if (due) {
        // the Z-report itself is the tenant's own work: single-shard, guarded like a request
        if (
          await singleTenant(() =>
            autoCloseShift(unsafeOrganizationId(r.organizationId), r.cashboxId, r.shiftId, now),
          )
        ) {
          closed++;
          // closed at the 24-hour limit, not at the cashbox's closing time: SHIFT_OPEN_24H (issue 20.2)
          if (due.reason === "LIMIT_24H")
            await singleTenant(() =>
              notifyShiftOpen24h(unsafeOrganizationId(r.organizationId), r.cashboxId, r.shiftId),
            );
        }
      }
    }
    if (rows.length < PAGE) return closed;
    after = { openedAt: rows[rows.length - 1].openedAt, cashboxId: rows[rows.length - 1].cashboxId };
  }
}

/**
 * OFFLINE_TOO_LONG (docs/device-api.md §6): the device reported undelivered documents older than 72 h,
 * or (inferred from the last contact) it fell silent more than 72 h ago in the middle of a shift
 * that the job then had to close. Only ACTIVE, registered cashboxes change; each change is logged.
 */
async function markOfflineTooLongUnscoped(now = new Date()): Promise<number> {
  const limit = new Date(now.getTime() - OFFLINE_MAX_MS);
  const rows = await adminQuery<{ id: string }[]>(
    db,
    sql`
    WITH marked AS (
      UPDATE "Cashbox" c SET "operationalState" = 'OFFLINE_TOO_LONG', "operationalReason" = NULL, "updatedAt" = now()
        FROM "CashboxJournal" j
       WHERE j."organizationId" = c."organizationId" AND j."cashboxId" = c.id
         AND c."operationalState" = 'ACTIVE' AND c."registrationStatus" = 'REGISTERED'
         AND (
           (j."pendingCount" > 0 AND j."pendingOldestAt" < ${limit})
           OR (c."lastSeenAt" < ${limit} AND EXISTS (
                 SELECT 1 FROM "Shift" s
                  WHERE s."organizationId" = j."organizationId" AND s."cashboxId" = j."cashboxId" AND s.number = j."lastShiftNumber"
                    AND s."autoClosed" AND s."closedAt" > c."lastSeenAt"))
         )
      RETURNING c.id, c."organizationId"
    ), logged AS (
      INSERT INTO "AuditLog" ("organizationId", action, "objectType", "objectId", details)
      SELECT "organizationId", 'cashbox.offlineTooLong', 'cashbox', id::text, '{"source":"job"}'::jsonb FROM marked
    )
    SELECT id::text FROM marked`,
  );
  return rows.length;
}

export async function runDeviceMaintenance(now = new Date()) {
  const closedShifts = await closeDueShifts(now);
  const offlineTooLong = await markOfflineTooLong(now);
  return { closedShifts, offlineTooLong };
}

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const closeDueShifts: typeof closeDueShiftsUnscoped = (...args) =>
  crossTenant("device.auto-close-shifts", () => closeDueShiftsUnscoped(...args));

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const markOfflineTooLong: typeof markOfflineTooLongUnscoped = (...args) =>
  crossTenant("device.offline-watch", () => markOfflineTooLongUnscoped(...args));
