// A report as .xlsx, written through exceljs's streaming WorkbookWriter into `out` (row by row,
// committed as written). Row 1 holds the column titles, then the rows, then «Итого». Money is a
// number in major units (₽ / ₸) with two decimals, quantities three; times are the organization's
// local wall clock as text (Excel has no time zones).
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { localParts } from "@/lib/fiscal/time";
import { translatorFor } from "@/lib/i18n/translator";
import type { TenantContext } from "@/lib/tenant/context";
import type { ReportKind, ReportParams } from "./params";
import { runReport } from "./run-report";
import { qtyThousandths, type Cell, type ReportColumn } from "./table";

export function localDateTime(d: Date, timeZone: string): string {
  const p = localParts(d, timeZone);
  return `${p.day}.${p.month}.${p.year} ${p.hour}:${p.minute}`;
}

/** The value a cell has in the workbook (also what the export test expects back). */
export function xlsxValue(c: ReportColumn, v: Cell, timeZone: string): string | number | null {
  if (v === null || v === undefined) return null;
  switch (c.kind) {
    case "money":
      return Number(BigInt(v as bigint | number)) / 100;
    case "int":
      return Number(v);
    case "qty":
      return Number(qtyThousandths(String(v))) / 1000;
    case "datetime":
      return localDateTime(v as Date, timeZone);
    default:
      return String(v);
  }
}

/** Dynamic keys of the `reports` namespace (column labels, report names). */
const translate = (locale: string) => translatorFor(locale) as unknown as (key: string) => string;

export function reportFileName(locale: string, kind: ReportKind, p: Pick<ReportParams, "from" | "to">) {
  const t = translate(locale);
  const period = kind === "x" ? "" : p.from === p.to ? ` ${p.from}` : ` ${p.from} — ${p.to}`;
  return `${t(`reports.file.${kind}`)}${period}.xlsx`;
}

export async function writeReportXlsx(ctx: TenantContext, p: ReportParams, locale: string, out: Writable) {
  const t = translate(locale);
  const table = await runReport(ctx, p);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(t(`reports.sheet.${p.report}`));
  ws.columns = table.columns.map((c) => ({
    key: c.key,
    width: c.kind === "text" ? 28 : c.kind === "datetime" ? 18 : 14,
    style: c.kind === "money" ? { numFmt: "#,##0.00" } : c.kind === "qty" ? { numFmt: "#,##0.000" } : {},
  }));
  const header = ws.addRow(table.columns.map((c) => t(`reports.columns.${c.label}`)));
  header.font = { bold: true };
  header.commit();
  for (const r of table.rows) {
    ws.addRow(table.columns.map((c) => xlsxValue(c, r[c.key], ctx.timezone))).commit();
  }
  if (table.totals) {
    const totals = table.totals;
    const firstText = table.columns.findIndex((c) => c.kind === "text" || c.kind === "datetime");
    const row = ws.addRow(
      table.columns.map((c, i) =>
        i === firstText ? t("reports.total") : xlsxValue(c, totals[c.key], ctx.timezone),
      ),
    );
    row.font = { bold: true };
    row.commit();
  }
  ws.commit();
  await wb.commit();
}
