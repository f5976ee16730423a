// GET /api/cabinet/nomenclature/imports/[importJobId]/errors – the failed rows of an import as
// .xlsx: the file's columns, the row number and an «Ошибка» column.
import { getLocale } from "next-intl/server";
import { withTenant } from "@/lib/http/with-tenant";
import { getErrorReportInfo, writeErrorReport } from "@/lib/nomenclature/excel/error-report";
import { streamedXlsxResponse } from "../../../xlsx-response";

export const GET = withTenant<{ importJobId: string }>(
  async (_req, ctx, { importJobId }) => {
    const locale = await getLocale();
    const { fileName } = await getErrorReportInfo(ctx, importJobId, locale);
    return streamedXlsxResponse(fileName, (out) => writeErrorReport(ctx, importJobId, locale, out));
  },
  { permission: "nomenclature.manage" },
);
