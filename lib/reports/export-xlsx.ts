// A report as .xlsx, written through exceljs's streaming WorkbookWriter into `out` (row by row,
// committed as written). A header block first (issue 15.19: report, organization with its ИНН/БИН,
// period, cashbox or trade point, when it was made), an empty row, then the column titles, the
// rows and «Итого». Money is a number in major units (₽ / ₸) formatted with two decimals,
// quantities with three; times are real Excel dates holding the organization's local wall clock
// (Excel has no time zones; the zone is named in the header).
import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { localParts } from "@/lib/locale/zone";
import { translatorFor } from "@/lib/i18n/translator";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime, formatLocalDay } from "@/lib/locale/dates";
import type { TenantContext } from "@/lib/tenant/context";
import type { ReportKind, ReportParams } from "./params";
import { runReport } from "./run-report";
import { qtyThousandths, type Cell, type ReportColumn } from "./table";

/** The local wall clock of `d` as a Date whose UTC fields are that clock (how Excel stores times). */
export function excelLocalDate(d: Date, timeZone: string): Date {
  const p = localParts(d, timeZone);
  return new Date(Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +(p.second ?? 0)));
}

/** Rows before the column titles: the header block and one empty row. */
export const XLSX_HEADER_ROWS = 6;
export const XLSX_DATETIME_FORMAT = "dd.mm.yyyy hh:mm";

/** The value a cell has in the workbook (also what the export test expects back). */
export function xlsxValue(c: ReportColumn, v: Cell, timeZone: string): string | number | Date | null {
  if (v === null || v === undefined) return null;
  switch (c.kind) {
    case "money":
      return Number(BigInt(v as bigint | number)) / 100;
    case "int":
      return Number(v);
    case "qty":
      return Number(qtyThousandths(String(v))) / 1000;
    case "datetime":
      return excelLocalDate(v as Date, timeZone);
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

/** The header block's lines (also what the export test expects back). */
export async function reportHeaderLines(
  ctx: TenantContext,
  p: ReportParams,
  locale: string,
  now: Date,
): Promise<string[]> {
  const t = translatorFor(locale) as unknown as (key: string, params?: Record<string, string>) => string;
  const org = await db.organization.findUniqueOrThrow({
    where: { id: ctx.organizationId },
    select: { name: true, taxId: true },
  });
  const [cashbox, tp] = await Promise.all([
    p.cashbox
      ? db.cashbox.findFirst({
          where: { organizationId: ctx.organizationId, id: p.cashbox },
          select: { name: true },
        })
      : null,
    p.tp
      ? db.tradePoint.findFirst({
          where: { organizationId: ctx.organizationId, id: p.tp },
          select: { name: true },
        })
      : null,
  ]);
  const scope = [
    cashbox ? t("reports.xlsx.cashbox", { name: cashbox.name }) : null,
    tp ? t("reports.xlsx.tradePoint", { name: tp.name }) : null,
  ].filter((x): x is string => x !== null);
  return [
    t(`reports.sheet.${p.report}`),
    `${t("reports.xlsx.organization", { name: org.name })}, ${t(ctx.country === "KZ" ? "reports.xlsx.taxIdKZ" : "reports.xlsx.taxIdRU", { taxId: org.taxId })}`,
    p.from === p.to
      ? t("reports.xlsx.day", { day: formatLocalDay(p.from, toLocale(locale)) })
      : t("reports.xlsx.period", {
          from: formatLocalDay(p.from, toLocale(locale)),
          to: formatLocalDay(p.to, toLocale(locale)),
        }),
    scope.length ? scope.join(", ") : t("reports.xlsx.allCashboxes"),
    t("reports.xlsx.generatedAt", {
      at: formatDateTime(now, toLocale(locale), ctx.timezone),
      timeZone: ctx.timezone,
    }),
  ];
}

export async function writeReportXlsx(
  ctx: TenantContext,
  p: ReportParams,
  locale: string,
  out: Writable,
  opts: { now?: Date } = {},
) {
  const t = translate(locale);
  const table = await runReport(ctx, p);
  const headerLines = await reportHeaderLines(ctx, p, locale, opts.now ?? new Date());
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(t(`reports.sheet.${p.report}`));
  ws.columns = table.columns.map((c) => ({
    key: c.key,
    width: c.kind === "text" ? 28 : c.kind === "datetime" ? 18 : 14,
    style:
      c.kind === "money"
        ? { numFmt: "#,##0.00" }
        : c.kind === "qty"
          ? { numFmt: "#,##0.000" }
          : c.kind === "int"
            ? { numFmt: "0" }
            : c.kind === "datetime"
              ? { numFmt: XLSX_DATETIME_FORMAT }
              : {},
  }));
  writeXlsxHeaderBlock(ws, headerLines, XLSX_HEADER_ROWS);
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

/**
 * The header block of a streamed sheet (title, organization, period… as text cells, the first in
 * bold), over the row 1 that `ws.columns` writes, padded with empty rows to `rows`.
 */
export function writeXlsxHeaderBlock(ws: ExcelJS.Worksheet, headerLines: string[], rows: number) {
  headerLines.forEach((line, i) => {
    const row = ws.getRow(i + 1);
    row.values = [line];
    row.getCell(1).numFmt = "@";
    row.font = i === 0 ? { bold: true, size: 14 } : {};
    row.commit();
  });
  for (let i = headerLines.length + 1; i <= rows; i++) ws.getRow(i).commit();
}
