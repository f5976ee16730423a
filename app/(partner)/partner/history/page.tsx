import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
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
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[48rem] text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-3 py-2 font-medium">{t("col.date")}</th>
                <th className="px-3 py-2 font-medium">{t("col.event")}</th>
                <th className="px-3 py-2 font-medium">{t("col.code")}</th>
                <th className="px-3 py-2 font-medium">{t("col.product")}</th>
                <th className="px-3 py-2 font-medium">{t("col.client")}</th>
                <th className="px-3 py-2 font-medium">{t("col.cashbox")}</th>
                <th className="px-3 py-2 font-medium">{t("col.paidUntil")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((r) => (
                <tr key={r.id}>
                  <td className="px-3 py-2 whitespace-nowrap">{r.at ? when(r.at) : "—"}</td>
                  <td className="px-3 py-2">
                    <Badge tone={r.status === "REDEEMED" ? "green" : "blue"}>
                      {t(`event.${r.status as "REDEEMED" | "HANDED_TO_CLIENT"}`)}
                    </Badge>
                  </td>
                  <td className="px-3 py-2 font-mono whitespace-nowrap">{formatCode(r.code)}</td>
                  <td className="px-3 py-2">{productName(r.product, locale)}</td>
                  <td className="px-3 py-2">{r.clientName ?? "—"}</td>
                  <td className="px-3 py-2">{r.cashboxName ?? "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{r.paidUntil ? dateOnly(r.paidUntil) : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination path="/partner/history" params={{}} page={page} pages={pages} total={total} />
    </div>
  );
}
