import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { assertCan, type OrganizationId, type TenantContext } from "@/lib/tenant/context";
import { CASHBOX_PAGE_SIZE, parseListParams, type CashboxListParams, type SortDir } from "./list-params";
import {
  EXPIRING_WITHIN_DAYS,
  addDays,
  cashboxStatus,
  fiscalDriveExpiry,
  type CashboxStatusModel,
  type OperationalState,
  type PrimaryBadgeKind,
  type RegistrationStatus,
} from "./status";
import { localDate } from "@/lib/locale/zone";
import { todayRevenueColumn } from "./today-revenue";
import { tenantQuery } from "@/lib/db/sql";

export interface CashboxListRow {
  id: string;
  name: string;
  tradePoint: { id: string; name: string };
  model: string;
  serialNumber: string;
  registrationNumber: string | null;
  inkOfd: string | null;
  fiscalDrive: { number: string; expiresAt: string | null } | null;
  status: CashboxStatusModel;
  /** "YYYY-MM-DD": «Тариф оплачен до» */
  paidUntil: string | null;
  /** "YYYY-MM-DD": «ОФД оплачен до» (third-party ОФД only) */
  ofdPaidUntil: string | null;
  /** ISO timestamp */
  lastSeenAt: string | null;
  /** today's revenue in minor units (string: bigint does not cross to the client); null = no data */
  todayRevenue: string | null;
}

export interface CashboxListPage {
  rows: CashboxListRow[];
  total: number;
  /** the page actually shown (a page past the end shows the last one) */
  page: number;
  pages: number;
  pageSize: number;
  params: CashboxListParams;
  /** the organization's local date the payment statuses were computed for */
  today: string;
}

interface RawRow {
  id: string;
  name: string;
  model: string;
  serialNumber: string;
  registrationNumber: string | null;
  inkOfd: string | null;
  ofd: "OWN" | "TRANSTELECOM" | "KAZAKHTELECOM";
  registrationStatus: RegistrationStatus;
  operationalState: OperationalState;
  operationalReason: string | null;
  fiscalDriveNumber: string | null;
  fiscalDriveMonths: number | null;
  fiscalDriveInstalledAt: Date | null;
  paidUntil: string | null;
  ofdPaidUntil: string | null;
  lastSeenAt: Date | null;
  tradePointId: string;
  tradePointName: string;
  todayRevenue: string | null;
}

/**
 * «Кассы»: one page of the organization's cashboxes, filtered, searched and sorted in SQL.
 * Every status filter is a condition on registrationStatus and paidUntil (and, for a third-party
 * ОФД, ofdPaidUntil) against the organization's local today (mirrors paymentBadge() in status.ts),
 * so it is index-backed.
 */
export async function findCashboxes(
  ctx: TenantContext,
  input: Partial<CashboxListParams> | URLSearchParams = {},
  opts: { now?: Date } = {},
): Promise<CashboxListPage> {
  assertCan(ctx, "cashbox.read");
  const params =
    input instanceof URLSearchParams ? parseListParams(input) : { ...parseListParams({}), ...input };
  const now = opts.now ?? new Date();
  const today = localDate(now, ctx.timezone);

  const org = ctx.organizationId;
  let page = params.page;
  let total: number;
  let raw: RawRow[];
  if (page === 1) {
    const q = cashboxListQueries(org, params, today, { offset: 0, limit: CASHBOX_PAGE_SIZE });
    const [countRows, rows] = await Promise.all([
      tenantQuery<{ total: number }[]>(db, org, q.count),
      tenantQuery<RawRow[]>(db, org, q.page),
    ]);
    total = countRows[0]?.total ?? 0;
    raw = rows;
  } else {
    // Count first: a page past the end shows the last page, and a page in the second half is
    // read backwards from the end (reversed order, small offset) instead of skipping most rows.
    total =
      (await tenantQuery<{ total: number }[]>(db, org, cashboxListQueries(org, params, today).count))[0]
        ?.total ?? 0;
    page = Math.min(page, Math.max(1, Math.ceil(total / CASHBOX_PAGE_SIZE)));
    const offset = (page - 1) * CASHBOX_PAGE_SIZE;
    const size = Math.max(0, Math.min(CASHBOX_PAGE_SIZE, total - offset));
    if (size === 0) raw = [];
    else if (offset > total / 2) {
      const q = cashboxListQueries(org, params, today, {
        offset: total - offset - size,
        limit: size,
        reverse: true,
      });
      raw = (await tenantQuery<RawRow[]>(db, org, q.page)).reverse();
    } else {
      raw = await tenantQuery<RawRow[]>(
        db,
        org,
        cashboxListQueries(org, params, today, { offset, limit: size }).page,
      );
    }
  }
  const pages = Math.max(1, Math.ceil(total / CASHBOX_PAGE_SIZE));

  const rows = raw.map((r): CashboxListRow => {
    const expires = fiscalDriveExpiry(r.fiscalDriveInstalledAt, r.fiscalDriveMonths);
    return {
      id: r.id,
      name: r.name,
      tradePoint: { id: r.tradePointId, name: r.tradePointName },
      model: r.model,
      serialNumber: r.serialNumber,
      registrationNumber: r.registrationNumber,
      inkOfd: r.inkOfd,
      fiscalDrive: r.fiscalDriveNumber
        ? { number: r.fiscalDriveNumber, expiresAt: expires ? expires.toISOString() : null }
        : null,
      status: cashboxStatus(r, { now, timeZone: ctx.timezone, country: ctx.country }),
      paidUntil: r.paidUntil,
      ofdPaidUntil: r.ofd === "OWN" ? null : r.ofdPaidUntil,
      lastSeenAt: r.lastSeenAt ? r.lastSeenAt.toISOString() : null,
      todayRevenue: r.todayRevenue,
    };
  });
  return { rows, total, page, pages, pageSize: CASHBOX_PAGE_SIZE, params: { ...params, page }, today };
}

const COLUMNS = Prisma.sql`c."id"::text AS "id", c."name", c."model", c."serialNumber", c."registrationNumber", c."inkOfd", c.ofd::text AS ofd,
  c."registrationStatus"::text AS "registrationStatus", c."operationalState"::text AS "operationalState", c."operationalReason",
  c."fiscalDriveNumber", c."fiscalDriveMonths", c."fiscalDriveInstalledAt",
  to_char(c."paidUntil", 'YYYY-MM-DD') AS "paidUntil", to_char(c."ofdPaidUntil", 'YYYY-MM-DD') AS "ofdPaidUntil", c."lastSeenAt",
  c."tradePointId"::text AS "tradePointId", t."name" AS "tradePointName"`;
const columns = (organizationId: OrganizationId, today: string) =>
  Prisma.sql`${COLUMNS}, ${todayRevenueColumn(organizationId, today)}`;
const FROM = Prisma.sql`FROM "Cashbox" c JOIN "TradePoint" t ON t."organizationId" = c."organizationId" AND t."id" = c."tradePointId"`;

/** `%term%` for LIKE with the term's own wildcards escaped. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

/**
 * A cashbox on a third-party ОФД whose ОФД period ends before its tariff: its payment badge speaks
 * of the ОФД (paymentBadge() in status.ts; never paid counts as the earliest, a tie goes to the tariff).
 */
const OFD_FIRST = Prisma.sql`(c.ofd <> 'OWN' AND c."paidUntil" IS NOT NULL
  AND (c."ofdPaidUntil" IS NULL OR c."ofdPaidUntil" < c."paidUntil"))`;

function statusCondition(kind: PrimaryBadgeKind, today: string): Prisma.Sql {
  const last = addDays(today, EXPIRING_WITHIN_DAYS);
  switch (kind) {
    case "DEREGISTERED":
    case "REFUSED":
    case "SUBMITTED":
    case "DRAFT":
      return Prisma.sql`c."registrationStatus" = ${kind}::"RegistrationStatus"`;
    case "UNPAID":
      return Prisma.sql`(c."registrationStatus" = 'REGISTERED' AND (c."paidUntil" IS NULL OR c."paidUntil" < ${today}::date)
        AND NOT ${OFD_FIRST})`;
    case "EXPIRING":
      return Prisma.sql`(c."registrationStatus" = 'REGISTERED' AND c."paidUntil" >= ${today}::date AND c."paidUntil" <= ${last}::date
        AND NOT ${OFD_FIRST})`;
    case "OFD_UNPAID":
      return Prisma.sql`(c."registrationStatus" = 'REGISTERED' AND ${OFD_FIRST}
        AND (c."ofdPaidUntil" IS NULL OR c."ofdPaidUntil" < ${today}::date))`;
    case "OFD_EXPIRING":
      return Prisma.sql`(c."registrationStatus" = 'REGISTERED' AND ${OFD_FIRST}
        AND c."ofdPaidUntil" >= ${today}::date AND c."ofdPaidUntil" <= ${last}::date)`;
    case "CONNECTED":
      return Prisma.sql`(c."registrationStatus" = 'REGISTERED' AND c."paidUntil" > ${last}::date
        AND (c.ofd = 'OWN' OR c."ofdPaidUntil" > ${last}::date))`;
  }
}

function orderBy(sort: Exclude<CashboxListParams["sort"], "status">, dir: SortDir): Prisma.Sql {
  const d = Prisma.raw(dir === "desc" ? "DESC" : "ASC");
  // NULLs follow PostgreSQL's default (last ascending, first descending) so that every order is
  // a plain forward or backward scan of one index (migration 20261123110000).
  switch (sort) {
    case "name":
      return Prisma.sql`c."name" ${d}, c."id" ${d}`;
    case "tradePoint":
      return Prisma.sql`t."name" ${d}, c."name" ${d}, c."id" ${d}`;
    case "model":
      return Prisma.sql`c."model" ${d}, c."name" ${d}, c."id" ${d}`;
    case "serialNumber":
      return Prisma.sql`c."serialNumber" ${d}, c."id" ${d}`;
    case "registrationNumber":
      return Prisma.sql`c."registrationNumber" ${d}, c."id" ${d}`;
    case "fiscalDrive":
      return Prisma.sql`c."fiscalDriveNumber" ${d}, c."id" ${d}`;
    case "paidUntil":
      return Prisma.sql`c."paidUntil" ${d}, c."id" ${d}`;
    case "lastSeenAt":
      return Prisma.sql`c."lastSeenAt" ${d}, c."id" ${d}`;
  }
}

/**
 * The status order is the badge precedence (Снята с учета … Подключена). Within REGISTERED the
 * payment badges follow paidUntil (never paid, past, ≤30 days, later; a third-party ОФД cashbox is
 * placed by its tariff date there, whichever period its badge speaks of), so the order is
 * (registration status rank, paidUntil, id). A CASE rank cannot use an index, so each status is
 * its own index-ordered branch, and only the first offset+limit rows of each are merged.
 */
function statusSortedPage(
  organizationId: OrganizationId,
  where: Prisma.Sql,
  dir: SortDir,
  limit: number,
  offset: number,
  today: string,
): Prisma.Sql {
  const d = Prisma.raw(dir === "desc" ? "DESC" : "ASC");
  const branches: Prisma.Sql[] = [
    Prisma.sql`c."registrationStatus" = 'DEREGISTERED'`,
    Prisma.sql`c."registrationStatus" = 'REFUSED'`,
    Prisma.sql`c."registrationStatus" = 'SUBMITTED'`,
    Prisma.sql`c."registrationStatus" = 'DRAFT'`,
    Prisma.sql`c."registrationStatus" = 'REGISTERED' AND c."paidUntil" IS NULL`,
    Prisma.sql`c."registrationStatus" = 'REGISTERED' AND c."paidUntil" IS NOT NULL`,
  ];
  if (dir === "desc") branches.reverse();
  const take = offset + limit;
  const parts = branches.map(
    (cond, rank) =>
      Prisma.sql`(SELECT ${rank}::int AS "rk", c."paidUntil" AS "pu", ${columns(organizationId, today)} ${FROM} WHERE ${where} AND ${cond}
        ORDER BY c."paidUntil" ${d}, c."id" ${d} LIMIT ${take})`,
  );
  return Prisma.sql`SELECT * FROM (${Prisma.join(parts, " UNION ALL ")}) u
    ORDER BY u."rk", u."pu" ${d}, u."id"::uuid ${d} LIMIT ${limit} OFFSET ${offset}`;
}

const DEFERRED_JOIN_FROM = 1_000;

/** Past this many rows the per-status branches cost more than one sort of the whole filtered set. */
const STATUS_MERGE_MAX = 5_000;

/** The same order as statusSortedPage() as one expression (for deep pages). */
function statusRank(dir: SortDir): Prisma.Sql {
  const d = Prisma.raw(dir === "desc" ? "DESC" : "ASC");
  return Prisma.sql`CASE c."registrationStatus" WHEN 'DEREGISTERED' THEN 0 WHEN 'REFUSED' THEN 1 WHEN 'SUBMITTED' THEN 2
    WHEN 'DRAFT' THEN 3 ELSE (CASE WHEN c."paidUntil" IS NULL THEN 4 ELSE 5 END) END ${d}, c."paidUntil" ${d}, c."id" ${d}`;
}

/**
 * The count and page queries of the list (exported for the benchmark, which times the bare SQL
 * next to the whole page). Always scoped by the organization.
 */
export function cashboxListQueries(
  organizationId: OrganizationId,
  p: CashboxListParams,
  today: string,
  window: { offset: number; limit: number; reverse?: boolean } = {
    offset: (p.page - 1) * CASHBOX_PAGE_SIZE,
    limit: CASHBOX_PAGE_SIZE,
  },
) {
  const conds: Prisma.Sql[] = [Prisma.sql`c."organizationId" = ${organizationId}::uuid`];
  if (p.tp) conds.push(Prisma.sql`c."tradePointId" = ${p.tp}::uuid`);
  if (p.q) {
    const text = likePattern(p.q);
    // numbers are often typed or pasted with spaces: «0000 1234 5678 9012»
    const digits = likePattern(p.q.replace(/\s+/g, ""));
    conds.push(
      Prisma.sql`(c."name" ILIKE ${text} OR c."serialNumber" ILIKE ${digits} OR c."registrationNumber" ILIKE ${digits}
        OR c."fiscalDriveNumber" ILIKE ${digits} OR c."inkOfd" ILIKE ${digits})`,
    );
  }
  if (p.status.length)
    conds.push(
      Prisma.sql`(${Prisma.join(
        p.status.map((k) => statusCondition(k, today)),
        " OR ",
      )})`,
    );
  if (p.state.length) {
    conds.push(
      Prisma.sql`c."operationalState" IN (${Prisma.join(p.state.map((s) => Prisma.sql`${s}::"OperationalState"`))})`,
    );
  }
  const where = Prisma.join(conds, " AND ");
  const { offset, limit } = window;
  // Every order is total (id breaks ties) and its NULL placement flips with the direction, so
  // the reversed order is exactly the forward one read from the end.
  const dir: SortDir = window.reverse ? (p.dir === "asc" ? "desc" : "asc") : p.dir;
  const count = Prisma.sql`SELECT count(*)::int AS "total" FROM "Cashbox" c WHERE ${where}`;
  const page =
    p.sort === "status"
      ? offset + limit <= STATUS_MERGE_MAX
        ? statusSortedPage(organizationId, where, dir, limit, offset, today)
        : // sort narrow (id, status, paidUntil) tuples, then fetch and join only the page's rows
          Prisma.sql`SELECT ${columns(organizationId, today)} ${FROM} JOIN (SELECT c."id" FROM "Cashbox" c WHERE ${where}
            ORDER BY ${statusRank(dir)} LIMIT ${limit} OFFSET ${offset}) k ON k."id" = c."id"
            WHERE c."organizationId" = ${organizationId}::uuid ORDER BY ${statusRank(dir)}`
      : offset < DEFERRED_JOIN_FROM
        ? Prisma.sql`SELECT ${columns(organizationId, today)} ${FROM} WHERE ${where} ORDER BY ${orderBy(p.sort, dir)} LIMIT ${limit} OFFSET ${offset}`
        : // deep page: skip over narrow rows, fetch the page's rows only
          Prisma.sql`SELECT ${columns(organizationId, today)} ${FROM} JOIN (SELECT c."id" ${p.sort === "tradePoint" ? FROM : Prisma.sql`FROM "Cashbox" c`}
            WHERE ${where} ORDER BY ${orderBy(p.sort, dir)} LIMIT ${limit} OFFSET ${offset}) k ON k."id" = c."id"
            WHERE c."organizationId" = ${organizationId}::uuid ORDER BY ${orderBy(p.sort, dir)}`;
  return { count, page };
}
