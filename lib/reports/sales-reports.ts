// Sales by goods, cash movements and sales by cashier for a period: documents by their time (local
// days of the organization), scoped to the organization and the cashbox / trade point filter. The
// goods report reads the goods rollups (whole months and days), the cashier report the day rollup,
// cash movements the cash operation documents (a partial index of their own).
// Their totals equal the Z-reports of the same shifts (tests/integration/receipts-reports.test.ts).
import { splitMonths } from "@/lib/analytics/period";
import { db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { isCalendarDay } from "@/lib/receipts/params";
import { unitLabelOfCode } from "@/lib/nomenclature/units";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { ReportParams } from "./params";
import { reportScope } from "./scope";
import { totalsOf, type ReportColumn, type ReportTable } from "./table";
import { sql, tenantQuery } from "@/lib/db/sql";

export const GOODS_COLUMNS: ReportColumn[] = [
  { key: "name", label: "item", kind: "text" },
  { key: "unit", label: "unit", kind: "text" },
  { key: "soldQty", label: "soldQty", kind: "qty" },
  { key: "sold", label: "sold", kind: "money" },
  { key: "returnedQty", label: "returnedQty", kind: "qty" },
  { key: "returned", label: "returned", kind: "money" },
  { key: "net", label: "net", kind: "money" },
];

/**
 * «Продажи по товарам» from the goods rollups (docs/analytics.md «The goods report»), never the
 * receipt lines: whole local months of the period from AnalyticsItemMonth, the days around them
 * from AnalyticsItemDay. The period is whole local days of the organization (ReportParams.from / to
 * are calendar days; reportScope's instants are their local midnights), and the rollups are keyed
 * by those same local days (the document's time in the organization's timezone), so the figures
 * equal those of the receipts of the period: sold = SALE lines, returned = SALE_RETURN lines
 * (reverse documents of «cancel last» included), one row per item key (the nomenclature item, or
 * the name and unit of a free-text line), named by its smallest name.
 */
export async function salesByGoods(ctx: TenantContext, p: ReportParams): Promise<ReportTable> {
  assertCan(ctx, "reports.read");
  if (!isCalendarDay(p.from) || !isCalendarDay(p.to)) throw new Error("report period: local days expected");
  const s = reportScope(ctx, p);
  const org = ctx.organizationId;
  const { months, days } = splitMonths(p.from, p.to);
  const parts: Prisma.Sql[] = [];
  if (months)
    parts.push(sql`SELECT r."itemKey", r.name, r."unitCode", r."soldQuantity", r."soldAmount", r."returnedQuantity", r."returnedAmount"
      FROM "AnalyticsItemMonth" r
     WHERE r."organizationId" = ${org}::uuid AND r.month BETWEEN ${months[0]}::date AND ${months[1]}::date ${s.cashboxSql("r")}`);
  for (const [from, to] of days)
    parts.push(sql`SELECT r."itemKey", r.name, r."unitCode", r."soldQuantity", r."soldAmount", r."returnedQuantity", r."returnedAmount"
      FROM "AnalyticsItemDay" r
     WHERE r."organizationId" = ${org}::uuid AND r.day BETWEEN ${from}::date AND ${to}::date ${s.cashboxSql("r")}`);
  const rows = await tenantQuery<
    {
      itemKey: string;
      name: string;
      unitCode: string;
      soldQty: string;
      sold: bigint;
      returnedQty: string;
      returned: bigint;
    }[]
  >(
    db,
    org,
    sql`SELECT x."itemKey", min(x.name) AS name, min(x."unitCode") AS "unitCode",
           sum(x."soldQuantity")::text AS "soldQty", sum(x."soldAmount")::bigint AS sold,
           sum(x."returnedQuantity")::text AS "returnedQty", sum(x."returnedAmount")::bigint AS returned
      FROM (${Prisma.join(parts, " UNION ALL ")}) x
     GROUP BY x."itemKey"
     ORDER BY sum(x."soldAmount") - sum(x."returnedAmount") DESC, 2, 3, 1`,
  );
  const out = rows.map(({ unitCode, itemKey: _key, ...r }) => ({
    ...r,
    unit: unitLabelOfCode(unitCode, ctx.country),
    net: r.sold - r.returned,
  }));
  if (!out.length) return { columns: GOODS_COLUMNS, rows: out, totals: null };
  const totals = totalsOf(GOODS_COLUMNS, out);
  // Kilograms and pieces do not add up (issue 15.18): quantities are totalled only in one unit.
  const units = new Set(out.map((r) => r.unit));
  if (units.size > 1) {
    totals.soldQty = null;
    totals.returnedQty = null;
  } else totals.unit = out[0].unit;
  return { columns: GOODS_COLUMNS, rows: out, totals };
}

export const CASH_COLUMNS: ReportColumn[] = [
  { key: "createdAt", label: "time", kind: "datetime" },
  { key: "cashbox", label: "cashbox", kind: "text" },
  { key: "shift", label: "shift", kind: "int" },
  { key: "number", label: "documentNumber", kind: "int" },
  { key: "cashier", label: "cashier", kind: "text" },
  { key: "deposit", label: "deposit", kind: "money" },
  { key: "withdrawal", label: "withdrawal", kind: "money" },
];

/**
 * Внесения и изъятия наличных, in time order: the period's CASH_DEPOSIT / CASH_WITHDRAWAL documents,
 * found by the partial index "FiscalDocument_organizationId_createdAt_cash_idx" (migration
 * 20261208100000; its WHERE is this query's type condition, word for word) instead of walking every
 * document of the period.
 */
export async function cashMovements(ctx: TenantContext, p: ReportParams): Promise<ReportTable> {
  assertCan(ctx, "reports.read");
  const s = reportScope(ctx, p);
  const rows = await tenantQuery<
    {
      createdAt: Date;
      cashbox: string;
      shift: number | null;
      number: number;
      cashier: string;
      deposit: bigint;
      withdrawal: bigint;
    }[]
  >(
    db,
    ctx.organizationId,
    // the period's cash operations first, through their partial index, then their cashboxes and
    // shifts: joined the other way round the planner probed the whole year once per cashbox (every
    // table names the organization, so on Citus the statement stays one router query)
    sql`WITH d AS MATERIALIZED (
      SELECT d."organizationId", d."cashboxId", d."shiftId", d."createdAt", d.number, d."cashierName", d.type, d.total
        FROM "FiscalDocument" d
       WHERE d."organizationId" = ${ctx.organizationId}::uuid AND d."createdAt" >= ${s.from} AND d."createdAt" < ${s.to}
         AND d.type IN ('CASH_DEPOSIT', 'CASH_WITHDRAWAL') ${s.cashboxSql("d")})
    SELECT d."createdAt", c.name AS cashbox, s.number AS shift, d.number, d."cashierName" AS cashier,
           CASE WHEN d.type = 'CASH_DEPOSIT' THEN d.total ELSE 0 END::bigint AS deposit,
           CASE WHEN d.type = 'CASH_WITHDRAWAL' THEN d.total ELSE 0 END::bigint AS withdrawal
      FROM d
      JOIN "Cashbox" c ON c."organizationId" = ${ctx.organizationId}::uuid AND c.id = d."cashboxId"
      LEFT JOIN "Shift" s ON s."organizationId" = ${ctx.organizationId}::uuid AND s.id = d."shiftId"
     WHERE c."organizationId" = ${ctx.organizationId}::uuid
     ORDER BY d."createdAt", c.name, d.number`,
  );
  const totals = rows.length ? { ...totalsOf(CASH_COLUMNS, rows), shift: null, number: null } : null;
  return { columns: CASH_COLUMNS, rows, totals };
}

export const CASHIER_COLUMNS: ReportColumn[] = [
  { key: "cashier", label: "cashier", kind: "text" },
  { key: "salesCount", label: "salesCount", kind: "int" },
  { key: "sales", label: "sales", kind: "money" },
  { key: "salesCash", label: "salesCash", kind: "money" },
  { key: "salesCard", label: "salesCard", kind: "money" },
  { key: "returnsCount", label: "returnsCount", kind: "int" },
  { key: "returns", label: "returns", kind: "money" },
  { key: "net", label: "net", kind: "money" },
  { key: "average", label: "average", kind: "money" },
];

/**
 * «Продажи по кассирам» from the day rollup AnalyticsDay (docs/analytics.md «The cashier report»),
 * never the documents: its rows are keyed by local day, cashbox, document type, reversal and the
 * cashier's name the document snapshotted, so the period's SALE / SALE_RETURN rows grouped by that
 * name equal the documents grouped by it. Sales = SALE documents, returns = SALE_RETURN documents,
 * reverse documents of «cancel last» included either way (a cancelled sale is a sale and a return,
 * as the Z-report counts it); revenue = sales − returns; average = sales / their count.
 */
export async function salesByCashier(ctx: TenantContext, p: ReportParams): Promise<ReportTable> {
  assertCan(ctx, "reports.read");
  if (!isCalendarDay(p.from) || !isCalendarDay(p.to)) throw new Error("report period: local days expected");
  const s = reportScope(ctx, p);
  const rows = await tenantQuery<
    {
      cashier: string;
      salesCount: bigint;
      sales: bigint;
      salesCash: bigint;
      salesCard: bigint;
      returnsCount: bigint;
      returns: bigint;
    }[]
  >(
    db,
    ctx.organizationId,
    sql`SELECT r."cashierName" AS cashier,
           COALESCE(SUM(r.count) FILTER (WHERE r.type = 'SALE'), 0)::bigint AS "salesCount",
           COALESCE(SUM(r.total) FILTER (WHERE r.type = 'SALE'), 0)::bigint AS sales,
           COALESCE(SUM(r.cash) FILTER (WHERE r.type = 'SALE'), 0)::bigint AS "salesCash",
           COALESCE(SUM(r.card) FILTER (WHERE r.type = 'SALE'), 0)::bigint AS "salesCard",
           COALESCE(SUM(r.count) FILTER (WHERE r.type = 'SALE_RETURN'), 0)::bigint AS "returnsCount",
           COALESCE(SUM(r.total) FILTER (WHERE r.type = 'SALE_RETURN'), 0)::bigint AS returns
      FROM "AnalyticsDay" r
     WHERE r."organizationId" = ${ctx.organizationId}::uuid AND r.day BETWEEN ${p.from}::date AND ${p.to}::date
       AND r.type IN ('SALE', 'SALE_RETURN') ${s.cashboxSql("r")}
     GROUP BY r."cashierName"
     ORDER BY 3 DESC, 1`,
  );
  const out = rows.map((r) => ({
    ...r,
    salesCount: Number(r.salesCount),
    returnsCount: Number(r.returnsCount),
    net: r.sales - r.returns,
    average: r.salesCount > 0n ? (r.sales * 2n + r.salesCount) / (2n * r.salesCount) : 0n,
  }));
  const totals = out.length ? totalsOf(CASHIER_COLUMNS, out) : null;
  if (totals) {
    const n = BigInt(totals.salesCount as bigint);
    totals.average = n > 0n ? ((totals.sales as bigint) * 2n + n) / (2n * n) : 0n;
  }
  return { columns: CASHIER_COLUMNS, rows: out, totals };
}
