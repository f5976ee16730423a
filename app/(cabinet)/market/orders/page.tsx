import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/locale/dates";
import { findOrders } from "@/lib/market/find-orders";
import { formatMoney } from "@/lib/locale/money";
import { ORDER_STATUSES, ZOrderListQuery } from "@/lib/market/schemas";
import { cn } from "@/lib/cn";
import { orderStatusTone } from "./status-tone";

export default async function OrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireTenant("market.read");
  const sp = await searchParams;
  const q = ZOrderListQuery.parse(sp);
  const [{ rows, total, pages }, t, locale] = await Promise.all([
    findOrders(ctx, q),
    getTranslations("market"),
    getLocale().then(toLocale),
  ]);
  const filters = [
    { value: undefined, label: t("orders.all") },
    ...ORDER_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
  ];
  return (
    <div className="space-y-4">
      <nav aria-label={t("orders.filter")} className="flex flex-wrap gap-2">
        {filters.map((f) => (
          <Link
            key={f.label}
            href={f.value ? `/market/orders?status=${f.value}` : "/market/orders"}
            aria-current={q.status === f.value ? "page" : undefined}
            className={cn(
              "rounded-full border px-3 py-1 text-sm",
              q.status === f.value
                ? "border-brand-600 bg-brand-50 text-brand-700"
                : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
            )}
          >
            {f.label}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={t("orders.empty")} text={t("orders.emptyText")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[40rem] text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-3 py-2 font-medium">{t("orders.col.number")}</th>
                <th className="px-3 py-2 font-medium">{t("orders.col.date")}</th>
                <th className="px-3 py-2 font-medium">{t("orders.col.items")}</th>
                <th className="px-3 py-2 text-right font-medium">{t("orders.col.total")}</th>
                <th className="px-3 py-2 font-medium">{t("orders.col.method")}</th>
                <th className="px-3 py-2 font-medium">{t("orders.col.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {rows.map((o) => (
                <tr key={o.id} className="hover:bg-slate-50">
                  <td className="px-3 py-2">
                    <Link href={`/market/orders/${o.id}`} className="font-medium text-brand-700 underline">
                      {o.number}
                    </Link>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    {formatDate(o.createdAt, locale, ctx.timezone)}
                  </td>
                  <td className="px-3 py-2">
                    {o.lines
                      .slice(0, 2)
                      .map((l) => `${l.productName} × ${l.quantity}`)
                      .join("; ")}
                    {o.lines.length > 2 ? ` ${t("orders.more", { count: o.lines.length - 2 })}` : ""}
                  </td>
                  <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                    {formatMoney(o.total, o.currency, locale)}
                  </td>
                  <td className="px-3 py-2">{t(`method.${o.paymentMethod}`)}</td>
                  <td className="px-3 py-2">
                    <Badge tone={orderStatusTone(o.status)}>{t(`status.${o.status}`)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        path="/market/orders"
        params={{ status: q.status }}
        page={q.page}
        pages={pages}
        total={total}
      />
    </div>
  );
}
