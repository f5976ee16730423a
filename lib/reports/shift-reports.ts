// X-report (now) and Z-reports (per closed shift of the period). The X-report is computed exactly
// as the device's (lib/device/engine.ts): the open shift's documents through aggregateShift, with
// the cashbox's non-nullable totals from its journal. Z-reports are the figures stored at closing.
import { db } from "@/lib/db/client";
import type { DocumentKind } from "@/lib/fiscal/content";
import { aggregateShift, type ShiftReport } from "@/lib/fiscal/z-report";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { ReportParams } from "./params";
import { reportScope } from "./scope";
import type { Cell, ReportColumn, ReportTable } from "./table";
import { totalsOf } from "./table";
import { sql, tenantQuery } from "@/lib/db/sql";

export const SHIFT_COLUMNS: ReportColumn[] = [
  { key: "cashbox", label: "cashbox", kind: "text" },
  { key: "shift", label: "shift", kind: "int" },
  { key: "openedAt", label: "openedAt", kind: "datetime" },
  { key: "closedAt", label: "closedAt", kind: "datetime" },
  { key: "documents", label: "documents", kind: "int" },
  { key: "salesCount", label: "salesCount", kind: "int" },
  { key: "sales", label: "sales", kind: "money" },
  { key: "salesCash", label: "salesCash", kind: "money" },
  { key: "salesCard", label: "salesCard", kind: "money" },
  { key: "returnsCount", label: "returnsCount", kind: "int" },
  { key: "returns", label: "returns", kind: "money" },
  { key: "purchases", label: "purchases", kind: "money" },
  { key: "purchaseReturns", label: "purchaseReturns", kind: "money" },
  { key: "deposits", label: "deposits", kind: "money" },
  { key: "withdrawals", label: "withdrawals", kind: "money" },
  { key: "cashInDrawer", label: "cashInDrawer", kind: "money" },
];

/** On screen at most this many rows; the export has them all. */
export const SCREEN_ROWS = 1000;

export function shiftRow(cashbox: string, r: ShiftReport): Record<string, Cell> {
  return {
    cashbox,
    shift: r.shiftNumber,
    openedAt: new Date(r.openedAt),
    closedAt: r.closedAt ? new Date(r.closedAt) : null,
    documents: r.documentCount,
    salesCount: r.byType.sale.count,
    sales: BigInt(r.byType.sale.total),
    salesCash: BigInt(r.byType.sale.cash),
    salesCard: BigInt(r.byType.sale.card),
    returnsCount: r.byType.sale_return.count,
    returns: BigInt(r.byType.sale_return.total),
    purchases: BigInt(r.byType.purchase.total),
    purchaseReturns: BigInt(r.byType.purchase_return.total),
    deposits: BigInt(r.deposits),
    withdrawals: BigInt(r.withdrawals),
    cashInDrawer: BigInt(r.cashInDrawer),
  };
}

/** The X-report of every cashbox (of the filter) with an open shift, as of now. */
export async function xReports(
  ctx: TenantContext,
  p: Pick<ReportParams, "cashbox" | "tp">,
): Promise<{ cashboxId: string; cashboxName: string; report: ShiftReport }[]> {
  assertCan(ctx, "reports.read");
  const scope = reportScope(ctx, { from: "2000-01-01", to: "2000-01-01", ...p });
  const open = await tenantQuery<
    {
      cashboxId: string;
      name: string;
      shiftId: string;
      number: number;
      openedAt: Date;
      openingCash: bigint;
      totalSale: bigint;
      totalSaleReturn: bigint;
      totalPurchase: bigint;
      totalPurchaseReturn: bigint;
    }[]
  >(
    db,
    ctx.organizationId,
    sql`SELECT j."cashboxId"::text AS "cashboxId", c.name, s.id::text AS "shiftId", s.number, s."openedAt", s."openingCash",
           j."totalSale", j."totalSaleReturn", j."totalPurchase", j."totalPurchaseReturn"
      FROM "CashboxJournal" j
      JOIN "Cashbox" c ON c."organizationId" = j."organizationId" AND c.id = j."cashboxId"
      JOIN "Shift" s ON s."organizationId" = j."organizationId" AND s.id = j."currentShiftId"
     WHERE j."organizationId" = ${ctx.organizationId}::uuid AND j."currentShiftId" IS NOT NULL ${scope.cashboxSql("j")}
     ORDER BY c.name, c.id`,
  );
  const out = [];
  for (const o of open) {
    const docs = await tenantQuery<
      {
        type: string;
        total: bigint;
        cash: bigint;
        card: bigint;
        change: bigint;
        discount: bigint;
        vat: { rate: string; amount: number }[];
      }[]
    >(
      db,
      ctx.organizationId,
      sql`SELECT type::text, total, cash, card, change, discount, vat FROM "FiscalDocument"
       WHERE "organizationId" = ${ctx.organizationId}::uuid AND "shiftId" = ${o.shiftId}::uuid ORDER BY number`,
    );
    const report = aggregateShift({
      shiftNumber: o.number,
      openedAt: o.openedAt,
      closedAt: null,
      openingCash: o.openingCash,
      docs: docs.map((d) => ({ ...d, type: d.type.toLowerCase() as DocumentKind })),
      nonNullableEnd: {
        sale: o.totalSale,
        sale_return: o.totalSaleReturn,
        purchase: o.totalPurchase,
        purchase_return: o.totalPurchaseReturn,
      },
    });
    out.push({ cashboxId: o.cashboxId, cashboxName: o.name, report });
  }
  return out;
}

export async function xReportTable(ctx: TenantContext, p: ReportParams): Promise<ReportTable> {
  const rows = (await xReports(ctx, p)).map((x) => shiftRow(x.cashboxName, x.report));
  return { columns: SHIFT_COLUMNS, rows, totals: rows.length ? shiftTotals(rows) : null };
}

function shiftTotals(rows: Record<string, Cell>[]) {
  const t = totalsOf(SHIFT_COLUMNS, rows);
  // a shift number or a drawer balance does not add up across shifts
  return { ...t, shift: null, cashInDrawer: null };
}

/** Z-reports of the shifts closed within the period, oldest first. */
export async function zReportTable(ctx: TenantContext, p: ReportParams): Promise<ReportTable> {
  assertCan(ctx, "reports.read");
  const scope = reportScope(ctx, p);
  const shifts = await tenantQuery<{ name: string; zReport: ShiftReport }[]>(
    db,
    ctx.organizationId,
    sql`
    SELECT c.name, s."zReport" FROM "Shift" s
      JOIN "Cashbox" c ON c."organizationId" = s."organizationId" AND c.id = s."cashboxId"
     WHERE s."organizationId" = ${ctx.organizationId}::uuid AND s."closedAt" >= ${scope.from} AND s."closedAt" < ${scope.to}
       AND s."zReport" IS NOT NULL ${scope.cashboxSql("s")}
     ORDER BY s."closedAt", c.name, s.number`,
  );
  const rows = shifts.map((s) => shiftRow(s.name, s.zReport));
  return { columns: SHIFT_COLUMNS, rows, totals: rows.length ? shiftTotals(rows) : null };
}
