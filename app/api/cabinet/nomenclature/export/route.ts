// GET /api/cabinet/nomenclature/export?q=&status=&section= – «Выгрузить в Excel», streamed.
// Without parameters (or status=all): the whole nomenclature; with the table's filter: that filter.
import { getLocale } from "next-intl/server";
import { withTenant } from "@/lib/http/with-tenant";
import { exportFileName, exportItems } from "@/lib/nomenclature/excel/export-items";
import { ZFindItemsQuery } from "@/lib/nomenclature/schemas";
import { localDate } from "@/lib/locale/zone";
import { streamedXlsxResponse } from "../xlsx-response";

export const GET = withTenant(
  async (req, ctx) => {
    const params = Object.fromEntries(new URL(req.url).searchParams);
    const query = ZFindItemsQuery.parse({ status: "all", ...params });
    const locale = await getLocale();
    return streamedXlsxResponse(exportFileName(locale, localDate(new Date(), ctx.timezone)), (out) =>
      exportItems(ctx, query, locale, out),
    );
  },
  { permission: "nomenclature.read" },
);
