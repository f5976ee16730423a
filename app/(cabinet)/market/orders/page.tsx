import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
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
      <DataTable
        label={t("orders.title")}
        empty={<EmptyState title={t("orders.empty")} text={t("orders.emptyText")} />}
        columns={[
          { id: "number", header: t("orders.col.number"), card: "title" },
          { id: "date", header: t("orders.col.date") },
          { id: "items", header: t("orders.col.items"), wrap: true },
          { id: "total", header: t("orders.col.total"), align: "right" },
          { id: "method", header: t("orders.col.method") },
          { id: "status", header: t("orders.col.status") },
        ]}
        rows={rows.map((o) => ({
          id: o.id,
          cells: {
            number: (
              <Link href={`/market/orders/${o.id}`} className="font-medium text-brand-700 underline">
                {o.number}
              </Link>
            ),
            date: formatDate(o.createdAt, locale, ctx.timezone),
            items:
              o.lines
                .slice(0, 2)
                .map((l) => `${l.productName} × ${l.quantity}`)
                .join("; ") +
              (o.lines.length > 2 ? ` ${t("orders.more", { count: o.lines.length - 2 })}` : ""),
            total: formatMoney(o.total, o.currency, locale),
            method: t(`method.${o.paymentMethod}`),
            status: <Badge tone={orderStatusTone(o.status)}>{t(`status.${o.status}`)}</Badge>,
          },
        }))}
        pagination={{ path: "/market/orders", params: { status: q.status }, page: q.page, pages, total }}
      />
    </div>
  );
}
