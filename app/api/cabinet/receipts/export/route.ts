// GET /api/cabinet/receipts/export?from=&to=&number=&min=&max=&cashbox=&pay=&type=&item= – «Чеки» →
// «Выгрузить в Excel»: every receipt of the page's search as .xlsx, streamed (lib/receipts/export-xlsx.ts).
// The period is required (at most 31 days) and the file holds at most EXPORT_MAX_ROWS receipts:
// both are checked before streaming and answered 400 VALIDATION_FAILED with the message's key
// (receipts.export.errors.*). `&check=1` answers that check alone ({ ok: true }), for the button.
import { NextResponse } from "next/server";
import { getLocale } from "next-intl/server";
import { withTenant } from "@/lib/http/with-tenant";
import { parseReceiptSearch } from "@/lib/receipts/params";
import {
  assertReceiptsExportable,
  exportPeriod,
  exportReceiptsXlsx,
  receiptsFileName,
} from "@/lib/receipts/export-xlsx";
import { streamedXlsxResponse } from "../../nomenclature/xlsx-response";

export const GET = withTenant(
  async (req, ctx) => {
    const url = new URL(req.url);
    const params = parseReceiptSearch(Object.fromEntries(url.searchParams));
    // a foreign cashbox id selects nothing (every statement names the organization): an empty file
    await assertReceiptsExportable(ctx, params);
    if (url.searchParams.get("check") === "1")
      return NextResponse.json({ ok: true }, { headers: { "Cache-Control": "private, no-store" } });
    const locale = await getLocale();
    return streamedXlsxResponse(receiptsFileName(locale, exportPeriod(ctx, params)), async (out) => {
      await exportReceiptsXlsx(ctx, params, out, { locale });
    });
  },
  { permission: "receipts.read" },
);
