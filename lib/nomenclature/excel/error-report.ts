import type { Writable } from "node:stream";
import ExcelJS from "exceljs";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/validation/uuid";
import { translatorFor } from "@/lib/i18n/translator";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { FileLayout } from "../import/read-file";
import type { RowMessage } from "../import/row-validator";
import { styleHeader } from "./columns";

const PAGE = 2000;

/** Checks the job and returns its file name; NOT_FOUND for another organization's job. */
export async function getErrorReportInfo(ctx: TenantContext, jobId: string, locale: string) {
  assertCan(ctx, "nomenclature.manage");
  if (!isUuid(jobId)) throw new AppError("NOT_FOUND");
  const job = await db.importJob.findFirst({
    where: { organizationId: ctx.organizationId, id: jobId },
    select: { fileName: true, headers: true },
  });
  if (!job) throw new AppError("NOT_FOUND");
  const base = job.fileName.replace(/\.(xlsx|csv|txt)$/i, "");
  const t = translatorFor(locale);
  return {
    fileName: `${t("nomenclature.report.file", { name: base })}.xlsx`,
    layout: job.headers as unknown as FileLayout,
  };
}

/**
 * The failed rows of an import as .xlsx: the file's own columns, the row number and an error
 * column, streamed (an import of 100,000 bad rows does not build a workbook in memory).
 */
export async function writeErrorReport(ctx: TenantContext, jobId: string, locale: string, out: Writable) {
  const { layout } = await getErrorReportInfo(ctx, jobId, locale);
  const t = translatorFor(locale);
  const tKey = t as unknown as (key: string, params?: Record<string, string | number>) => string;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = wb.addWorksheet(t("nomenclature.report.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = [{ width: 10 }, ...layout.cells.map(() => ({ width: 20 })), { width: 60 }];
  const header = sheet.addRow([
    t("nomenclature.report.row"),
    ...layout.cells,
    t("nomenclature.report.error"),
  ]);
  styleHeader(header);
  header.commit();
  let after = 0;
  for (;;) {
    const rows = await db.importJobError.findMany({
      where: { organizationId: ctx.organizationId, jobId, rowNumber: { gt: after } },
      orderBy: { rowNumber: "asc" },
      take: PAGE,
      select: { rowNumber: true, cells: true, messages: true },
    });
    for (const r of rows) {
      const cells = r.cells as string[];
      const text = (r.messages as unknown as RowMessage[])
        .map((m) => tKey(`nomenclature.${m.key}`, m.params ?? {}))
        .join("; ");
      const padded = layout.cells.map((_, i) => cells[i] ?? "");
      const row = sheet.addRow([r.rowNumber, ...padded, text]);
      row.getCell(padded.length + 2).font = { color: { argb: "FFC00000" } };
      row.commit();
    }
    if (rows.length < PAGE) break;
    after = rows[rows.length - 1].rowNumber;
  }
  sheet.commit();
  await wb.commit();
}
