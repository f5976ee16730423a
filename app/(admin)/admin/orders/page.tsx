import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { cn } from "@/lib/cn";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { adminFindOrders } from "@/lib/market/admin-orders";
import { formatMoney } from "@/lib/locale/money";
import { ORDER_STATUSES, ZAdminOrderQuery } from "@/lib/market/schemas";
import { AdminOrderActions } from "./order-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("market"))("admin.ordersTitle") };
}

/** /admin/orders: every customer's orders; confirm an invoice payment (test bank), mark goods shipped. */
export default async function AdminOrdersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireTenant("platform.admin");
  const q = ZAdminOrderQuery.parse(await searchParams);
  const [{ rows, total, pages }, t, locale] = await Promise.all([
    adminFindOrders(ctx, q),
    getTranslations("market"),
    getLocale().then(toLocale),
  ]);
  const day = (d: Date) => formatDateTime(d, locale, ctx.timezone);
  const chip = (active: boolean) =>
    cn(
      "rounded-full border px-3 py-1 text-sm",
      active
        ? "border-brand-600 bg-brand-50 text-brand-700"
        : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
    );
  return (
    <div className="max-w-6xl space-y-4">
      <PageHeader title={t("admin.ordersTitle")} />
      <nav aria-label={t("orders.filter")} className="flex flex-wrap gap-2">
        <Link href="/admin/orders" className={chip(!q.status)} aria-current={!q.status ? "page" : undefined}>
          {t("orders.all")}
        </Link>
        {ORDER_STATUSES.map((s) => (
          <Link
            key={s}
            href={`/admin/orders?status=${s}`}
            className={chip(q.status === s)}
            aria-current={q.status === s ? "page" : undefined}
          >
            {t(`status.${s}`)}
          </Link>
        ))}
      </nav>
      {rows.length === 0 ? (
        <EmptyState title={t("admin.ordersEmpty")} />
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full min-w-[56rem] text-sm">
            <thead className="bg-slate-50 text-left text-slate-600">
              <tr>
                <th className="px-3 py-2 font-medium">{t("admin.col.number")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.col.date")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.col.client")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.col.items")}</th>
                <th className="px-3 py-2 text-right font-medium">{t("admin.col.total")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.col.method")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.col.status")}</th>
                <th className="px-3 py-2 font-medium">{t("admin.col.actions")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 align-top">
              {rows.map((o) => (
                <tr key={o.id} data-order={o.number}>
                  <td className="px-3 py-2">{o.number}</td>
                  <td className="px-3 py-2 whitespace-nowrap">{day(o.createdAt)}</td>
                  <td className="px-3 py-2">
                    {o.organization.name}
                    <span className="block text-xs text-slate-500">{o.organization.taxId}</span>
                  </td>
                  <td className="px-3 py-2">
                    {o.lines.map((l) => `${l.productName} × ${l.quantity}`).join("; ")}
                    {o.deliveryAddress ? (
                      <span className="block text-xs text-slate-500">{o.deliveryAddress}</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 text-right whitespace-nowrap tabular-nums">
                    {formatMoney(o.total, o.currency, locale)}
                  </td>
                  <td className="px-3 py-2">
                    {t(`method.${o.paymentMethod}`)}
                    {o.invoiceNumber ? (
                      <span className="block text-xs text-slate-500">№ {o.invoiceNumber}</span>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <Badge
                      tone={
                        o.status === "PAID" || o.status === "SHIPPED"
                          ? "green"
                          : o.status === "CANCELLED"
                            ? "gray"
                            : "yellow"
                      }
                    >
                      {t(`status.${o.status}`)}
                    </Badge>
                  </td>
                  <td className="px-3 py-2">
                    <AdminOrderActions
                      organizationId={o.organizationId}
                      orderId={o.id}
                      number={o.number}
                      canConfirmInvoice={o.status === "AWAITING_PAYMENT" && o.payments.length > 0}
                      canShip={o.status === "PAID" && o.lines.some((l) => l.kind === "FISCAL_DRIVE")}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination
        path="/admin/orders"
        params={{ status: q.status }}
        page={q.page}
        pages={pages}
        total={total}
      />
    </div>
  );
}
