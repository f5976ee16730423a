// The notifications of a cashbox's life that follow from the clock (issue 20.2, docs/product.md §6
// «Notifications»): offline for 24 h and for 72 h, the signing certificate and the ФН expiring (30
// and 7 days), a shift open longer than 24 h. Run by the scheduled job "notifications-scan" for
// every organization: the loop over organizations is named cross-tenant work ("notifications.scan"
// in lib/db/fan-out.ts); each organization's scan runs single-tenant, every query keyed by its
// organizationId (one shard on Citus). Each notification happens once per cause (its dedupeKey):
// per cashbox and offline episode (the last online contact), per certificate and per drive and
// threshold, per shift. Plain functions of `now`, idempotent: tests call them directly.
import { crossTenant, singleTenant } from "@/lib/db/fan-out";
import { db } from "@/lib/db/client";
import { fiscalDriveExpiry } from "@/lib/cashboxes/status";
import { OFFLINE_MAX_MS, SHIFT_MAX_MS } from "@/lib/fiscal/shift-rules";
import { localDate } from "@/lib/locale/zone";
import type { NotificationKind, NotificationParams } from "./kinds";
import { notify } from "./notify";
import { sql, tenantQuery } from "@/lib/db/sql";
import { type OrganizationId, unsafeOrganizationId } from "@/lib/tenant/context";

const DAY_MS = 86_400_000;
export const OFFLINE_24H_MS = 24 * 60 * 60 * 1000;
/** The 72-hour offline rule of the device API (lib/fiscal/shift-rules.ts OFFLINE_MAX_MS). */
export const OFFLINE_72H_MS = OFFLINE_MAX_MS;
/** A cashbox silent for longer than this is a stored device, not news: no offline notice. */
export const OFFLINE_LOOKBACK_DAYS = 30;
/** Certificates and drives: notices this many days before the end (the second one supersedes). */
export const EXPIRY_THRESHOLDS = [30, 7] as const;
/** At most this many candidates of one sort per organization and run (the rest come next run). */
const BATCH = 500;

interface Candidate {
  kind: NotificationKind;
  cashboxId: string | null;
  dedupeKey: string;
  params: NotificationParams;
}

/** Days left until `end`, rounded up (as «Сертификаты» shows them). */
const daysLeft = (end: Date, now: Date) => Math.ceil((end.getTime() - now.getTime()) / DAY_MS);

/** Notifies the candidates not notified before (one look-up per kind); returns how many were new. */
async function notifyFresh(organizationId: OrganizationId, candidates: Candidate[]): Promise<number> {
  let created = 0;
  const kinds = [...new Set(candidates.map((c) => c.kind))];
  for (const kind of kinds) {
    const ofKind = candidates.filter((c) => c.kind === kind);
    const done = new Set(
      (
        await db.notification.findMany({
          where: { organizationId, kind, dedupeKey: { in: ofKind.map((c) => c.dedupeKey) } },
          select: { dedupeKey: true },
        })
      ).map((n) => n.dedupeKey),
    );
    for (const c of ofKind) {
      if (done.has(c.dedupeKey)) continue;
      // the bell row and its mails in one transaction; a racing run inserts nothing (unique key)
      if (await db.$transaction((tx) => notify(tx, { organizationId, ...c }))) created++;
    }
  }
  return created;
}

/** Cashboxes without an online contact for 24 h / 72 h: one notice per threshold and episode. */
async function offlineCandidates(
  organizationId: OrganizationId,
  timeZone: string,
  now: Date,
): Promise<Candidate[]> {
  const rows = await tenantQuery<{ id: string; name: string; contact: Date }[]>(
    db,
    organizationId,
    sql`
    SELECT c.id::text AS id, c.name, COALESCE(c."onlineAt", c."lastSeenAt") AS contact
      FROM "Cashbox" c
     WHERE c."organizationId" = ${organizationId}::uuid
       AND c."registrationStatus" = 'REGISTERED'
       AND COALESCE(c."onlineAt", c."lastSeenAt") < ${new Date(now.getTime() - OFFLINE_24H_MS)}
       AND COALESCE(c."onlineAt", c."lastSeenAt") >= ${new Date(now.getTime() - OFFLINE_LOOKBACK_DAYS * DAY_MS)}
     ORDER BY contact, c.id
     LIMIT ${BATCH}`,
  );
  return rows.map((r) => {
    const since = r.contact.toISOString();
    const hours = Math.floor((now.getTime() - r.contact.getTime()) / 3_600_000);
    return {
      // past 72 h the 24-hour notice is not sent any more: the later one says it all
      kind: now.getTime() - r.contact.getTime() > OFFLINE_72H_MS ? "OFFLINE_72H" : "OFFLINE_24H",
      cashboxId: r.id,
      dedupeKey: `${r.id}:${since}`,
      params: { cashbox: r.name, since, lastDay: localDate(r.contact, timeZone), hours },
    };
  });
}

/**
 * Signing certificates ending within 30 / 7 days: only the latest certificate of each holder (a
 * renewed one, already used, makes the old one's end no news).
 */
async function certificateCandidates(
  organizationId: OrganizationId,
  timeZone: string,
  now: Date,
): Promise<Candidate[]> {
  const rows = await tenantQuery<{ id: string; subject: string; taxId: string; notAfter: Date }[]>(
    db,
    organizationId,
    sql`
    SELECT c.id::text AS id, c.subject, c."taxId", c."notAfter"
      FROM "Certificate" c
     WHERE c."organizationId" = ${organizationId}::uuid
       AND c."notAfter" > ${now} AND c."notAfter" <= ${new Date(now.getTime() + EXPIRY_THRESHOLDS[0] * DAY_MS)}
       AND NOT EXISTS (SELECT 1 FROM "Certificate" l
                        WHERE l."organizationId" = c."organizationId" AND l."taxId" = c."taxId" AND l."notAfter" > c."notAfter")
     ORDER BY c."notAfter", c.id
     LIMIT ${BATCH}`,
  );
  return rows.map((r) => {
    const days = daysLeft(r.notAfter, now);
    return {
      kind: days <= EXPIRY_THRESHOLDS[1] ? "CERTIFICATE_EXPIRING_7" : "CERTIFICATE_EXPIRING_30",
      cashboxId: null,
      dedupeKey: r.id,
      params: {
        subject: r.subject,
        taxId: r.taxId,
        until: localDate(r.notAfter, timeZone),
        notAfterAt: r.notAfter.toISOString(),
        days,
      },
    };
  });
}

/**
 * Fiscal drives (RU) ending within 30 / 7 days: the end is the installation date plus the drive's
 * life (13, 15 or 36 months; lib/cashboxes/status.ts fiscalDriveExpiry), of the current drive of a
 * registered cashbox (the Cashbox.fiscalDrive* mirror of the open FiscalDrive row).
 */
async function fiscalDriveCandidates(
  organizationId: OrganizationId,
  timeZone: string,
  now: Date,
): Promise<Candidate[]> {
  // a coarse SQL bound (UTC month arithmetic, ±1 day), the exact end from fiscalDriveExpiry
  const rows = await tenantQuery<
    { id: string; name: string; number: string; installedAt: Date; months: number }[]
  >(
    db,
    organizationId,
    sql`
    SELECT c.id::text AS id, c.name, c."fiscalDriveNumber" AS number, c."fiscalDriveInstalledAt" AS "installedAt",
           c."fiscalDriveMonths" AS months
      FROM "Cashbox" c
     WHERE c."organizationId" = ${organizationId}::uuid
       AND c."registrationStatus" = 'REGISTERED'
       AND c."fiscalDriveNumber" IS NOT NULL AND c."fiscalDriveInstalledAt" IS NOT NULL AND c."fiscalDriveMonths" IS NOT NULL
       AND (c."fiscalDriveInstalledAt" AT TIME ZONE 'UTC') + make_interval(months => c."fiscalDriveMonths")
           BETWEEN (${now}::timestamptz AT TIME ZONE 'UTC') - interval '1 day'
               AND (${now}::timestamptz AT TIME ZONE 'UTC') + make_interval(days => ${EXPIRY_THRESHOLDS[0] + 1}::int)
     ORDER BY c.id
     LIMIT ${BATCH}`,
  );
  const out: Candidate[] = [];
  for (const r of rows) {
    const end = fiscalDriveExpiry(r.installedAt, r.months);
    if (!end) continue;
    const days = daysLeft(end, now);
    if (days <= 0 || days > EXPIRY_THRESHOLDS[0]) continue;
    out.push({
      kind: days <= EXPIRY_THRESHOLDS[1] ? "FN_EXPIRING_7" : "FN_EXPIRING_30",
      cashboxId: r.id,
      dedupeKey: `${r.id}:${r.number}`,
      params: {
        cashbox: r.name,
        fnNumber: r.number,
        until: localDate(end, timeZone),
        days,
        months: r.months,
      },
    });
  }
  return out;
}

/**
 * Shifts still open 24 h after opening (the scheduled Z-report at the limit did not happen: the
 * cashbox's document failed, or the job was down). Shifts the job closed at the limit are
 * notified by lib/device/maintenance.ts when it closes them (notifyShiftOpen24h).
 */
async function openShiftCandidates(organizationId: OrganizationId, now: Date): Promise<Candidate[]> {
  const rows = await tenantQuery<{ cashboxId: string; name: string; shiftId: string; number: number }[]>(
    db,
    organizationId,
    sql`
    SELECT j."cashboxId"::text AS "cashboxId", c.name, s.id::text AS "shiftId", s.number
      FROM "CashboxJournal" j
      JOIN "Cashbox" c ON c."organizationId" = j."organizationId" AND c.id = j."cashboxId"
      JOIN "Shift" s ON s."organizationId" = j."organizationId" AND s.id = j."currentShiftId"
     WHERE j."organizationId" = ${organizationId}::uuid
       AND j."currentShiftOpenedAt" <= ${new Date(now.getTime() - SHIFT_MAX_MS)}
     ORDER BY j."currentShiftOpenedAt", j."cashboxId"
     LIMIT ${BATCH}`,
  );
  return rows.map((r) => ({
    kind: "SHIFT_OPEN_24H",
    cashboxId: r.cashboxId,
    dedupeKey: r.shiftId,
    params: { cashbox: r.name, shift: r.number, closed: "no" },
  }));
}

/** One organization's scan (single-tenant); returns how many notifications were new. */
export async function scanOrganizationNotifications(
  organizationId: OrganizationId,
  now = new Date(),
): Promise<number> {
  const org = await db.organization.findUnique({
    where: { id: organizationId },
    select: { timezone: true, country: true },
  });
  if (!org) return 0;
  const candidates = [
    ...(await offlineCandidates(organizationId, org.timezone, now)),
    ...(await certificateCandidates(organizationId, org.timezone, now)),
    ...(org.country === "RU" ? await fiscalDriveCandidates(organizationId, org.timezone, now) : []),
    ...(await openShiftCandidates(organizationId, now)),
  ];
  return candidates.length === 0 ? 0 : notifyFresh(organizationId, candidates);
}

/**
 * SHIFT_OPEN_24H for a shift the scheduled job has just closed at the 24-hour limit (the cashier
 * did not close it): once per shift, whoever notices first (this or the scan).
 */
export async function notifyShiftOpen24h(organizationId: OrganizationId, cashboxId: string, shiftId: string) {
  const shift = await db.shift.findFirst({
    where: { organizationId, id: shiftId, cashboxId },
    select: { number: true, cashbox: { select: { name: true } } },
  });
  if (!shift) return false;
  return db.$transaction((tx) =>
    notify(tx, {
      organizationId,
      kind: "SHIFT_OPEN_24H",
      cashboxId,
      dedupeKey: shiftId,
      params: { cashbox: shift.cashbox.name, shift: shift.number, closed: "yes" },
    }),
  );
}

const ORG_PAGE = 500;

async function runNotificationScanUnscoped(now = new Date()): Promise<{ created: number }> {
  let created = 0;
  let after = "00000000-0000-0000-0000-000000000000";
  for (;;) {
    const orgs = await db.organization.findMany({
      where: { id: { gt: after }, kind: { not: "PLATFORM" } },
      orderBy: { id: "asc" },
      select: { id: true },
      take: ORG_PAGE,
    });
    for (const o of orgs)
      created += await singleTenant(() => scanOrganizationNotifications(unsafeOrganizationId(o.id), now));
    if (orgs.length < ORG_PAGE) return { created };
    after = orgs[orgs.length - 1].id;
  }
}

/** Cross-tenant work (lib/db/fan-out.ts): the loop over organizations; each scan is single-tenant. */
export const runNotificationScan: typeof runNotificationScanUnscoped = (...args) =>
  crossTenant("notifications.scan", () => runNotificationScanUnscoped(...args));

export const NOTIFICATION_JOBS = [
  {
    name: "notifications-scan",
    /** hourly: the thresholds are hours (offline) and days (certificates, drives) */
    cron: "25 * * * *",
    run: (now: Date) => runNotificationScan(now),
  },
] as const;
