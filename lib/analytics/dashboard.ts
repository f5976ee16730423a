// «Аналитика»: the dashboard's figures for a period, read from the rollups only (never the raw
// receipts): KPIs against the previous period of equal length, revenue by day, the hour × weekday
// heat map, revenue by cashbox, top goods and the payment mix. Scoped by the caller's organization.
import { tenantPoolQuery } from "@/lib/db/pool";
import { findUnit } from "@/lib/fiscal/units";
import { assertCan, type TenantContext, type OrganizationId } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { localDate } from "@/lib/locale/zone";
import { addDays, resolvePeriod, splitMonths, type Period, type PeriodError } from "./period";

export interface DashboardQuery {
  period?: string;
  from?: string;
  to?: string;
  /** trade point id */
  tp?: string;
  /** cashbox id */
  cb?: string;
}

export interface Kpi {
  /** minor units */
  revenue: number;
  receipts: number;
  /** minor units, rounded; null without receipts */
  average: number | null;
  /** minor units of sale returns (not counting cancelled sales) */
  returns: number;
  returnsCount: number;
  /** cash and card of the sales net of returns, minor units */
  cash: number;
  card: number;
}

export interface DashboardData {
  period: Period;
  periodError: PeriodError | null;
  filters: { tradePointId: string | null; cashboxId: string | null };
  options: {
    tradePoints: { id: string; name: string }[];
    cashboxes: { id: string; name: string; tradePointId: string }[];
  };
  country: "RU" | "KZ";
  current: Kpi;
  previous: Kpi;
  byDay: { day: string; revenue: number; receipts: number }[];
  /** [isoWeekday 1..7 − 1][hour 0..23] */
  heat: { revenue: number[][]; receipts: number[][] };
  byCashbox: { id: string; name: string; revenue: number; receipts: number }[];
  topGoods: { key: string; name: string; unit: string; quantity: string; revenue: number }[];
  payments: { cashOnly: number; cardOnly: number; mixed: number };
  /** any document in the period at all (else the empty state) */
  hasData: boolean;
}

const emptyKpi = (): Kpi => ({
  revenue: 0,
  receipts: 0,
  average: null,
  returns: 0,
  returnsCount: 0,
  cash: 0,
  card: 0,
});

/** the cashbox filter of every query: $4 is null (all) or an array of cashbox ids */
const CB = `($4::uuid[] IS NULL OR "cashboxId" = ANY($4::uuid[]))`;

interface Scope {
  org: OrganizationId;
  cashboxes: string[] | null;
}

const REVENUE = `CASE WHEN type = 'SALE' THEN total ELSE -total END`;
const RECEIPTS = `CASE WHEN type = 'SALE' AND NOT reversal THEN count WHEN type = 'SALE_RETURN' AND reversal THEN -count ELSE 0 END`;

/**
 * KPIs of both periods, revenue by day and by cashbox: one scan of AnalyticsDay over the previous
 * and the current period, three grouping sets (g = GROUPING(day, cashbox, type): 6 the KPI rows,
 * 3 the days, 5 the cashboxes; by day and by cashbox count the current period only).
 */
async function daySummary(s: Scope, p: Period) {
  const rows = await tenantPoolQuery<{
    g: number;
    day: string | null;
    cb: string | null;
    name: string | null;
    cur: boolean | null;
    type: string | null;
    reversal: boolean | null;
    n: bigint;
    total: bigint;
    cash: bigint;
    card: bigint;
    co: bigint;
    ca: bigint;
    mx: bigint;
    revenue: bigint | null;
    receipts: bigint | null;
  }>(
    s.org,
    `WITH a AS (
       SELECT GROUPING(day, "cashboxId", type)::int AS g, day::text AS day, "cashboxId" AS cb, (day >= $2::date) AS cur,
              type::text AS type, reversal, sum(count)::bigint AS n, sum(total)::bigint AS total,
              sum(cash)::bigint AS cash, sum(card)::bigint AS card, sum("cashOnly")::bigint AS co,
              sum("cardOnly")::bigint AS ca, sum(mixed)::bigint AS mx,
              (sum(${REVENUE}) FILTER (WHERE day >= $2::date))::bigint AS revenue,
              (sum(${RECEIPTS}) FILTER (WHERE day >= $2::date))::bigint AS receipts
         FROM "AnalyticsDay"
        WHERE "organizationId" = $1::uuid AND day BETWEEN $3::date AND $5::date
          -- the comparison period need not end right before the current one («Этот месяц»): skip the days between
          AND (day <= $6::date OR day >= $2::date) AND type IN ('SALE', 'SALE_RETURN') AND ${CB}
        GROUP BY GROUPING SETS (((day >= $2::date), type, reversal), (day), ("cashboxId")))
     SELECT a.g, a.day, a.cb::text AS cb, c.name, a.cur, a.type, a.reversal, a.n, a.total, a.cash, a.card, a.co, a.ca, a.mx,
            a.revenue, a.receipts
       FROM a LEFT JOIN "Cashbox" c ON c."organizationId" = $1::uuid AND c.id = a.cb`,
    [s.org, p.from, p.prevFrom, s.cashboxes, p.to, p.prevTo],
  );
  const current = emptyKpi();
  const previous = emptyKpi();
  const payments = { cashOnly: 0, cardOnly: 0, mixed: 0 };
  const gross = { cur: 0, prev: 0 };
  const days = new Map<string, { revenue: number; receipts: number }>();
  const boxes: DashboardData["byCashbox"] = [];
  for (const r of rows) {
    if (r.g === 3) {
      if (r.day && r.day >= p.from)
        days.set(r.day, { revenue: Number(r.revenue ?? 0), receipts: Number(r.receipts ?? 0) });
      continue;
    }
    if (r.g === 5) {
      if (r.cb && r.revenue !== null)
        boxes.push({
          id: r.cb,
          name: r.name ?? "",
          revenue: Number(r.revenue),
          receipts: Number(r.receipts ?? 0),
        });
      continue;
    }
    const k = r.cur ? current : previous;
    const sign = r.type === "SALE" ? 1 : -1;
    k.revenue += sign * Number(r.total);
    k.cash += sign * Number(r.cash);
    k.card += sign * Number(r.card);
    if (r.type === "SALE" && !r.reversal) {
      k.receipts += Number(r.n);
      if (r.cur) gross.cur += Number(r.total);
      else gross.prev += Number(r.total);
      if (r.cur) {
        payments.cashOnly += Number(r.co);
        payments.cardOnly += Number(r.ca);
        payments.mixed += Number(r.mx);
      }
    } else if (r.type === "SALE_RETURN" && r.reversal) {
      // a cancelled sale: neither a receipt nor a return
      k.receipts -= Number(r.n);
      if (r.cur) gross.cur -= Number(r.total);
      else gross.prev -= Number(r.total);
      if (r.cur) {
        payments.cashOnly -= Number(r.co);
        payments.cardOnly -= Number(r.ca);
        payments.mixed -= Number(r.mx);
      }
    } else if (r.type === "SALE_RETURN") {
      k.returns += Number(r.total);
      k.returnsCount += Number(r.n);
    } else {
      // a cancelled return (a SALE reversal)
      k.returns -= Number(r.total);
      k.returnsCount -= Number(r.n);
    }
  }
  current.average = current.receipts > 0 ? Math.round(gross.cur / current.receipts) : null;
  previous.average = previous.receipts > 0 ? Math.round(gross.prev / previous.receipts) : null;
  const byDay: DashboardData["byDay"] = [];
  for (let d = p.from; d <= p.to; d = addDays(d, 1)) {
    const r = days.get(d);
    byDay.push({ day: d, revenue: r?.revenue ?? 0, receipts: r?.receipts ?? 0 });
  }
  boxes.sort((x, y) => y.revenue - x.revenue || x.name.localeCompare(y.name) || (x.id < y.id ? -1 : 1));
  return { current, previous, payments, byDay, byCashbox: boxes };
}

async function heat(s: Scope, p: Period) {
  // whole months from the month table (one row per cashbox-month), the days around them from the
  // day table: slot (dow − 1) × 24 + hour + 1 of the month arrays, hour + 1 of the day arrays
  const { months, days } = splitMonths(p.from, p.to);
  const none: [string, string] = [addDays(p.to, 1), p.to];
  const [d1, d2] = [days[0] ?? none, days[1] ?? none];
  const m = months ?? none;
  const rows = await tenantPoolQuery<{ slot: number; r: bigint; v: bigint }>(
    s.org,
    `SELECT slot, sum(r)::bigint AS r, sum(v)::bigint AS v FROM (
       SELECT u.n::int AS slot, u.r, u.v FROM "AnalyticsWeekHours" w, unnest(w.receipts, w.revenue) WITH ORDINALITY AS u(r, v, n)
        WHERE w."organizationId" = $1::uuid AND w.month BETWEEN $2::date AND $3::date AND ${CB}
       UNION ALL
       SELECT ((extract(isodow FROM h.day)::int - 1) * 24 + u.n)::int, u.r, u.v
         FROM "AnalyticsHours" h, unnest(h.receipts, h.revenue) WITH ORDINALITY AS u(r, v, n)
        WHERE h."organizationId" = $1::uuid AND (h.day BETWEEN $5::date AND $6::date OR h.day BETWEEN $7::date AND $8::date) AND ${CB}
     ) x GROUP BY slot`,
    [s.org, m[0], m[1], s.cashboxes, d1[0], d1[1], d2[0], d2[1]],
  );
  const revenue = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const receipts = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const r of rows) {
    const i = Number(r.slot) - 1;
    revenue[Math.floor(i / 24)][i % 24] = Number(r.v);
    receipts[Math.floor(i / 24)][i % 24] = Number(r.r);
  }
  return { revenue, receipts };
}

async function topGoods(s: Scope, p: Period, country: "RU" | "KZ", limit = 10) {
  // whole months from the month table, the days around them from the day table
  const { months, days } = splitMonths(p.from, p.to);
  const none: [string, string] = [addDays(p.to, 1), p.to];
  const [d1, d2] = [days[0] ?? none, days[1] ?? none];
  const m = months ?? none;
  const rows = await tenantPoolQuery<{
    key: string;
    name: string;
    unit: string;
    quantity: string;
    revenue: bigint;
  }>(
    s.org,
    `SELECT "itemKey" AS key, min(name) AS name, min("unitCode") AS unit, sum(quantity)::text AS quantity, sum(revenue)::bigint AS revenue
       FROM (
         SELECT "itemKey", name, "unitCode", quantity, revenue FROM "AnalyticsItemMonth"
          WHERE "organizationId" = $1::uuid AND month BETWEEN $2::date AND $3::date AND ${CB}
         UNION ALL
         SELECT "itemKey", name, "unitCode", quantity, revenue FROM "AnalyticsItemDay"
          WHERE "organizationId" = $1::uuid AND (day BETWEEN $5::date AND $6::date OR day BETWEEN $7::date AND $8::date) AND ${CB}
       ) x
      GROUP BY "itemKey"
      ORDER BY 5 DESC, 1
      LIMIT ${limit}`,
    [s.org, m[0], m[1], s.cashboxes, d1[0], d1[1], d2[0], d2[1]],
  );
  return rows
    .filter((r) => r.revenue !== 0n || Number(r.quantity) !== 0)
    .map((r) => ({
      key: r.key,
      name: r.name,
      unit: findUnit(country, r.unit)?.label ?? "",
      quantity: r.quantity.replace(/\.?0+$/, "") || "0",
      revenue: Number(r.revenue),
    }));
}

export type DashboardScope = Awaited<ReturnType<typeof findDashboardScope>>;

/** The filter options and the cashboxes the filters select (null = all). Foreign or unknown ids select nothing. */
export async function findDashboardScope(ctx: TenantContext, q: DashboardQuery) {
  assertCan(ctx, "analytics.read");
  const [tradePoints, cashboxes] = await Promise.all([
    tenantPoolQuery<{ id: string; name: string }>(
      ctx.organizationId,
      `SELECT id::text, name FROM "TradePoint" WHERE "organizationId" = $1::uuid ORDER BY name, id LIMIT 500`,
      [ctx.organizationId],
    ),
    tenantPoolQuery<{ id: string; name: string; tradePointId: string }>(
      ctx.organizationId,
      `SELECT id::text, name, "tradePointId"::text AS "tradePointId" FROM "Cashbox" WHERE "organizationId" = $1::uuid ORDER BY name, id LIMIT 2000`,
      [ctx.organizationId],
    ),
  ]);
  const tp = q.tp && isUuid(q.tp) ? q.tp : null;
  const cb = q.cb && isUuid(q.cb) ? q.cb : null;
  let ids: string[] | null = null;
  if (tp || cb) {
    const rows = await tenantPoolQuery<{ id: string }>(
      ctx.organizationId,
      `SELECT id::text FROM "Cashbox" WHERE "organizationId" = $1::uuid
          AND ($2::uuid IS NULL OR "tradePointId" = $2::uuid) AND ($3::uuid IS NULL OR id = $3::uuid)`,
      [ctx.organizationId, tp, cb],
    );
    ids = rows.map((r) => r.id);
  }
  return {
    filters: { tradePointId: tp, cashboxId: cb },
    options: { tradePoints, cashboxes },
    cashboxes: ids,
  };
}

export async function findDashboard(
  ctx: TenantContext,
  q: DashboardQuery,
  now: Date = new Date(),
  known?: DashboardScope,
): Promise<DashboardData> {
  assertCan(ctx, "analytics.read");
  const { period, error } = resolvePeriod(q, localDate(now, ctx.timezone));
  const scope = known ?? (await findDashboardScope(ctx, q));
  const data = await dashboardFigures(ctx.organizationId, scope.cashboxes, period, ctx.country);
  return {
    ...data,
    period,
    periodError: error,
    filters: scope.filters,
    options: scope.options,
    country: ctx.country,
  };
}

/**
 * The figures alone, for an organization id the caller has already checked (findDashboard; the
 * bench measures this function). `cashboxes`: null for all, else the ids to include.
 */
export async function dashboardFigures(
  organizationId: OrganizationId,
  cashboxes: string[] | null,
  period: Period,
  country: "RU" | "KZ",
) {
  const s: Scope = { org: organizationId, cashboxes };
  const [k, h, goods] = await Promise.all([
    daySummary(s, period),
    heat(s, period),
    topGoods(s, period, country),
  ]);
  return {
    current: k.current,
    previous: k.previous,
    payments: k.payments,
    byDay: k.byDay,
    byCashbox: k.byCashbox,
    heat: h,
    topGoods: goods,
    hasData: k.byCashbox.length > 0 || k.current.receipts !== 0 || k.current.returnsCount !== 0,
  };
}
