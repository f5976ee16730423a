import { db } from "@/lib/db/client";
import { assertOwnTradePoint } from "./list-trade-points";
import type { MeasureUnit } from "@/lib/nomenclature/units";
import { localDate } from "@/lib/locale/zone";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TMovementReportQuery } from "./schemas";
import { tenantQueryText } from "@/lib/db/sql";

export interface MovementReportRow {
  itemId: string;
  name: string;
  article: string | null;
  unit: MeasureUnit;
  /** numeric text, 3 decimals */
  opening: string;
  in: string;
  out: string;
  closing: string;
  /** closing value at cost, minor units */
  closingValue: number;
}

export interface MovementReport {
  from: string;
  to: string;
  tradePointId: string | null;
  rows: MovementReportRow[];
  total: number;
  page: number;
  pages: number;
}

/** Period of the report: local dates, inclusive; defaults to the current month up to today. */
export function reportPeriod(q: Pick<TMovementReportQuery, "from" | "to">, timezone: string) {
  const today = localDate(new Date(), timezone);
  const to = q.to ?? today;
  const from = q.from ?? `${to.slice(0, 8)}01`;
  return from <= to ? { from, to } : { from: to, to: from };
}

/**
 * «Отчёт по движению товаров»: per item, the stock at the start of `from`, what came in and went
 * out during the period, and the stock at the end of `to` (local days of the organization). The
 * balances are the rollup of every movement, so opening = balance − movements since `from` and
 * closing = balance − movements after `to`: only the movements since `from` are read
 * (index on ("organizationId", at)). `page: 0` returns every row (the .xlsx export).
 */
export async function movementReport(
  ctx: TenantContext,
  query: TMovementReportQuery & { all?: boolean },
): Promise<MovementReport> {
  assertCan(ctx, "stock.read");
  const { from, to } = reportPeriod(query, ctx.timezone);
  const args: unknown[] = [ctx.organizationId, from, to, ctx.timezone];
  let tp = "";
  if (query.tp) {
    await assertOwnTradePoint(ctx, query.tp);
    args.push(query.tp);
    tp = ` AND "tradePointId" = $${args.length}::uuid`;
  }
  let search = "";
  const q = query.q?.trim();
  if (q) {
    args.push(`%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    search = ` AND (i.name ILIKE $${args.length} OR i.article ILIKE $${args.length})`;
  }
  const limit = query.all ? "" : `LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`;
  const rows = await tenantQueryText<
    {
      itemId: string;
      name: string;
      article: string | null;
      unit: MeasureUnit;
      opening: string;
      qin: string;
      qout: string;
      closing: string;
      cv: bigint;
      total: number;
    }[]
  >(
    db,
    ctx.organizationId,
    `WITH b AS (
       SELECT "itemId", sum(quantity) AS q, sum(value) AS v FROM "StockBalance"
        WHERE "organizationId" = $1::uuid${tp} GROUP BY "itemId"),
     m AS (
       SELECT "itemId", sum(quantity) AS since_from, COALESCE(sum(quantity) FILTER (WHERE at >= e.t), 0) AS after_to,
              COALESCE(sum(value) FILTER (WHERE at >= e.t), 0) AS after_to_v,
              COALESCE(sum(quantity) FILTER (WHERE at < e.t AND quantity > 0), 0) AS qin,
              COALESCE(-sum(quantity) FILTER (WHERE at < e.t AND quantity < 0), 0) AS qout
         FROM "StockMovement",
              (SELECT (($3::date + 1)::timestamp AT TIME ZONE $4::text) AS t) e
        WHERE "organizationId" = $1::uuid${tp} AND at >= ($2::date::timestamp AT TIME ZONE $4::text)
        GROUP BY "itemId"),
     r AS (
       SELECT COALESCE(m."itemId", b."itemId") AS "itemId",
              COALESCE(b.q, 0) - COALESCE(m.since_from, 0) AS opening, COALESCE(m.qin, 0) AS qin, COALESCE(m.qout, 0) AS qout,
              COALESCE(b.q, 0) - COALESCE(m.after_to, 0) AS closing, COALESCE(b.v, 0) - COALESCE(m.after_to_v, 0) AS cv
         FROM b FULL JOIN m ON m."itemId" = b."itemId")
     SELECT i.id::text AS "itemId", i.name, i.article, i.unit::text AS unit,
            r.opening::numeric(16,3)::text AS opening, r.qin::numeric(16,3)::text AS qin, r.qout::numeric(16,3)::text AS qout,
            r.closing::numeric(16,3)::text AS closing, r.cv::bigint AS cv, (count(*) OVER ())::int AS total
       FROM r JOIN "NomenclatureItem" i ON i."organizationId" = $1::uuid AND i.id = r."itemId"
      WHERE (r.opening <> 0 OR r.qin <> 0 OR r.qout <> 0 OR r.closing <> 0)${search}
      ORDER BY i.name, i.id ${limit}`,
    ...args,
  );
  const total = rows[0]?.total ?? 0;
  return {
    from,
    to,
    tradePointId: query.tp ?? null,
    rows: rows.map((r) => ({
      itemId: r.itemId,
      name: r.name,
      article: r.article,
      unit: r.unit,
      opening: r.opening,
      in: r.qin,
      out: r.qout,
      closing: r.closing,
      closingValue: Number(r.cv),
    })),
    total,
    page: query.page,
    pages: Math.max(1, Math.ceil(total / query.pageSize)),
  };
}
