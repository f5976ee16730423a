import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/locale/money";
import { PageHeader } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import {
  exportPeriodProblem,
  minorToInput,
  parseReceiptSearch,
  receiptSearchToQuery,
} from "@/lib/receipts/params";
import { findReceiptCashboxOptions, searchReceipts } from "@/lib/receipts/search";
import { ReceiptExportButton } from "../_components/export-button";
import { ReceiptListView } from "../_components/receipt-list-view";
import type { ReceiptViewRow } from "../_components/types";

export async function generateMetadata() {
  return { title: (await getTranslations("receipts"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

// GET /receipts – «Чеки»: the search; its whole state is in the URL.
export default async function ReceiptsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireTenant("receipts.read");
  const params = parseReceiptSearch(await searchParams);
  const [list, cashboxes, t, locale] = await Promise.all([
    searchReceipts(ctx, params),
    findReceiptCashboxOptions(ctx, params.cashbox),
    getTranslations("receipts"),
    getLocale().then(toLocale),
  ]);
  // Formatted here, in the organization's time zone, with the server's full ICU data.
  const money = (minor: bigint) => formatMoney(minor, ctx.country, locale);
  const rows: ReceiptViewRow[] = list.rows.map((r) => ({
    id: r.id,
    number: r.number,
    type: r.type,
    date: formatDateTime(r.createdAt, locale, ctx.timezone),
    cashbox: r.cashboxName,
    shift: r.shiftNumber,
    total: `${r.type === "sale_return" || r.type === "purchase" ? "−" : ""}${money(r.total)}`,
    outgoing: r.type === "sale_return" || r.type === "purchase",
    payment: [
      r.cash > 0n ? `${t("pay.cash")} ${money(r.cash)}` : null,
      r.card > 0n ? `${t("pay.card")} ${money(r.card)}` : null,
    ]
      .filter(Boolean)
      .join(" · "),
    cashier: r.cashierName,
    offline: r.offline,
  }));
  const query = receiptSearchToQuery({ ...params, page: 1 }).toString();
  return (
    <div>
      <PageHeader title={t("title")}>
        <ReceiptExportButton
          href={`/api/cabinet/receipts/export?${query}`}
          problem={exportPeriodProblem(params)}
        />
      </PageHeader>
      <ReceiptListView
        key={query}
        rows={rows}
        page={list.page}
        hasNext={list.hasNext}
        query={query}
        values={{
          number: params.number === null ? "" : String(params.number),
          from: params.from ?? "",
          to: params.to ?? "",
          min: params.min === null ? "" : minorToInput(params.min),
          max: params.max === null ? "" : minorToInput(params.max),
          cashbox: params.cashbox ?? "",
          pay: params.pay ?? "",
          type: params.type ?? "",
          item: params.item,
        }}
        cashboxes={cashboxes}
      />
    </div>
  );
}
