// GET /api/cabinet/reports/{x|z|goods|cash|cashiers}?from=&to=&cashbox=&tp= – a report as .xlsx,
// streamed; the same parameters and figures as the «Отчёты» page.
import { getLocale } from "next-intl/server";
import { AppError } from "@/lib/errors/app-error";
import { withTenant } from "@/lib/http/with-tenant";
import { localDate } from "@/lib/locale/zone";
import { reportFileName, writeReportXlsx } from "@/lib/reports/export-xlsx";
import { parseReportParams, REPORT_KINDS, type ReportKind } from "@/lib/reports/params";
import { streamedXlsxResponse } from "../../nomenclature/xlsx-response";

export const GET = withTenant<{ report: string }>(
  async (req, ctx, { report }) => {
    if (!REPORT_KINDS.includes(report as ReportKind)) throw new AppError("NOT_FOUND");
    const raw = Object.fromEntries(new URL(req.url).searchParams);
    const params = parseReportParams({ ...raw, report }, localDate(new Date(), ctx.timezone));
    const locale = await getLocale();
    return streamedXlsxResponse(reportFileName(locale, params.report, params), (out) =>
      writeReportXlsx(ctx, params, locale, out),
    );
  },
  { permission: "reports.read" },
);
