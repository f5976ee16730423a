// «Отчёт по движению товаров» as .xlsx through exceljs's streaming writer (as the other reports):
// a header block (report, organization, period, trade point), an empty row, the column titles,
// one row per item. Quantities are numbers with three decimals, the value in major units.
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { translatorFor } from "@/lib/i18n/translator";
import type { TenantContext } from "@/lib/tenant/context";
import { movementReport } from "./movement-report";
import type { TMovementReportQuery } from "./schemas";

/** Rows before the column titles: 4 header lines and an empty row. */
export const STOCK_XLSX_HEADER_ROWS = 5;
const COLUMNS = ["name", "article", "unit", "opening", "in", "out", "closing", "closingValue"] as const;
const dmy = (day: string) => day.split("-").reverse().join(".");

export function stockReportFileName(locale: string, from: string, to: string) {
  const t = translatorFor(locale) as unknown as (k: string, p?: Record<string, string>) => string;
  return `${t("stock.report.file", { from, to })}.xlsx`;
}

export async function writeStockReportXlsx(
  ctx: TenantContext,
  query: TMovementReportQuery,
  locale: string,
  out: Writable,
) {
  const t = translatorFor(locale) as unknown as (k: string, p?: Record<string, string>) => string;
  const report = await movementReport(ctx, { ...query, all: true });
  const [org, tp] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: ctx.organizationId },
      select: { name: true, taxId: true },
    }),
    query.tp
      ? db.tradePoint.findFirst({
          where: { organizationId: ctx.organizationId, id: query.tp },
          select: { name: true },
        })
      : null,
  ]);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(t("stock.report.sheet"));
  ws.columns = COLUMNS.map((key) => ({
    key,
    width: key === "name" ? 40 : 16,
    style:
      key === "closingValue"
        ? { numFmt: "#,##0.00" }
        : ["opening", "in", "out", "closing"].includes(key)
          ? { numFmt: "#,##0.000" }
          : {},
  }));
  const header = [
    t("stock.report.title"),
    `${org.name}, ${org.taxId}`,
    t("stock.report.period", { from: dmy(report.from), to: dmy(report.to) }),
    tp ? t("stock.report.scope", { name: tp.name }) : t("stock.report.allScope"),
  ];
  header.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    row.values = [line];
    row.getCell(1).numFmt = "@";
    row.font = i === 0 ? { bold: true, size: 14 } : {};
    row.commit();
  });
  ws.getRow(STOCK_XLSX_HEADER_ROWS).commit();
  const titles = ws.addRow(COLUMNS.map((c) => t(`stock.report.col.${c}`)));
  titles.font = { bold: true };
  titles.commit();
  const unit = (u: string) => t(`nomenclature.unit.${u}`);
  for (const r of report.rows)
    ws.addRow([
      r.name,
      r.article ?? "",
      unit(r.unit),
      Number(r.opening),
      Number(r.in),
      Number(r.out),
      Number(r.closing),
      r.closingValue / 100,
    ]).commit();
  ws.commit();
  await wb.commit();
}
