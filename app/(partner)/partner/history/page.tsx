import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import { formatCode } from "@/lib/codes/format";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime, formatLocalDay } from "@/lib/locale/dates";
import { productName } from "@/lib/market/product-name";
import { findPartnerHistory } from "@/lib/partners/partner-history";
import { ZPageQuery } from "@/lib/partners/schemas";

/** «Партнёрам → История»: codes handed to clients and redeemed for their cashboxes. */
export default async function PartnerHistoryPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireTenant("partner.cabinet");
  const { page } = ZPageQuery.parse(await searchParams);
  const [{ rows, total, pages }, t, locale] = await Promise.all([
    findPartnerHistory(ctx, page),
    getTranslations("partner.history"),
    getLocale().then(toLocale),
  ]);
  const when = (d: Date) => formatDateTime(d, locale, ctx.timezone);
  const dateOnly = (d: Date) => formatLocalDay(d, locale);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <DataTable
        label={(await getTranslations("partner"))("tabs.history")}
        empty={<EmptyState title={t("empty")} />}
        columns={[
          { id: "date", header: t("col.date"), card: "title" },
          { id: "event", header: t("col.event") },
          { id: "code", header: t("col.code") },
          { id: "product", header: t("col.product"), wrap: true },
          { id: "client", header: t("col.client"), wrap: true },
          { id: "cashbox", header: t("col.cashbox") },
          { id: "paidUntil", header: t("col.paidUntil") },
        ]}
        rows={rows.map((r) => ({
          id: r.id,
          cells: {
            date: r.at ? when(r.at) : "—",
            event: (
              <Badge tone={r.status === "REDEEMED" ? "green" : "blue"}>
                {t(`event.${r.status as "REDEEMED" | "HANDED_TO_CLIENT"}`)}
              </Badge>
            ),
            code: <span className="font-mono">{formatCode(r.code)}</span>,
            product: productName(r.product, locale),
            client: r.clientName ?? "—",
            cashbox: r.cashboxName ?? "—",
            paidUntil: r.paidUntil ? dateOnly(r.paidUntil) : "—",
          },
        }))}
        pagination={{ path: "/partner/history", params: {}, page, pages, total }}
      />
    </div>
  );
}
