// GET /api/cabinet/stock/report?from=&to=&tp=&q= – «Отчёт по движению товаров» as .xlsx, streamed.
import { getLocale } from "next-intl/server";
import { withTenant } from "@/lib/http/with-tenant";
import { assertOwnTradePoint } from "@/lib/stock/list-trade-points";
import { reportPeriod } from "@/lib/stock/movement-report";
import { stockReportFileName, writeStockReportXlsx } from "@/lib/stock/export-report";
import { ZMovementReportQuery } from "@/lib/stock/schemas";
import { streamedXlsxResponse } from "../../nomenclature/xlsx-response";

export const GET = withTenant(
  async (req, ctx) => {
    const query = ZMovementReportQuery.parse(Object.fromEntries(new URL(req.url).searchParams));
    // another organization's trade point answers 404 here: once streaming, the status is 200
    if (query.tp) await assertOwnTradePoint(ctx, query.tp);
    const { from, to } = reportPeriod(query, ctx.timezone);
    const locale = await getLocale();
    return streamedXlsxResponse(stockReportFileName(locale, from, to), (out) =>
      writeStockReportXlsx(ctx, { ...query, from, to }, locale, out),
    );
  },
  { permission: "stock.read" },
);
