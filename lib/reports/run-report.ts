// One entry for the page and the export: the report of the parameters as a ReportTable.
import type { TenantContext } from "@/lib/tenant/context";
import type { ReportParams } from "./params";
import { cashMovements, salesByCashier, salesByGoods } from "./sales-reports";
import { SCREEN_ROWS, xReportTable, zReportTable } from "./shift-reports";
import type { ReportTable } from "./table";

export async function runReport(
  ctx: TenantContext,
  p: ReportParams,
  opts: { screen?: boolean } = {},
): Promise<ReportTable> {
  let table: ReportTable;
  switch (p.report) {
    case "x":
      table = await xReportTable(ctx, p);
      break;
    case "z":
      table = await zReportTable(ctx, p);
      break;
    case "goods":
      table = await salesByGoods(ctx, p);
      break;
    case "cash":
      table = await cashMovements(ctx, p);
      break;
    case "cashiers":
      table = await salesByCashier(ctx, p);
      break;
  }
  if (opts.screen && table.rows.length > SCREEN_ROWS)
    return { ...table, rows: table.rows.slice(0, SCREEN_ROWS), truncated: true };
  return table;
}
