import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
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
      <DataTable
        label={t("admin.ordersTitle")}
        empty={<EmptyState title={t("admin.ordersEmpty")} />}
        columns={[
          { id: "number", header: t("admin.col.number"), card: "title" },
          { id: "date", header: t("admin.col.date") },
          { id: "client", header: t("admin.col.client"), wrap: true },
          { id: "items", header: t("admin.col.items"), wrap: true },
          { id: "total", header: t("admin.col.total"), align: "right" },
          { id: "method", header: t("admin.col.method") },
          { id: "status", header: t("admin.col.status") },
          { id: "actions", header: t("admin.col.actions"), card: "full" },
        ]}
        rows={rows.map((o) => ({
          id: o.id,
          cells: {
            number: o.number,
            date: day(o.createdAt),
            client: (
              <span>
                {o.organization.name}
                <span className="block text-xs text-slate-500">{o.organization.taxId}</span>
              </span>
            ),
            items: (
              <span>
                {o.lines.map((l) => `${l.productName} × ${l.quantity}`).join("; ")}
                {o.deliveryAddress ? (
                  <span className="block text-xs text-slate-500">{o.deliveryAddress}</span>
                ) : null}
              </span>
            ),
            total: formatMoney(o.total, o.currency, locale),
            method: (
              <span>
                {t(`method.${o.paymentMethod}`)}
                {o.invoiceNumber ? (
                  <span className="block text-xs text-slate-500">№ {o.invoiceNumber}</span>
                ) : null}
              </span>
            ),
            status: (
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
            ),
            actions: (
              <AdminOrderActions
                organizationId={o.organizationId}
                orderId={o.id}
                number={o.number}
                canConfirmInvoice={o.status === "AWAITING_PAYMENT" && o.payments.length > 0}
                canShip={o.status === "PAID" && o.lines.some((l) => l.kind === "FISCAL_DRIVE")}
              />
            ),
          },
        }))}
        pagination={{ path: "/admin/orders", params: { status: q.status }, page: q.page, pages, total }}
      />
    </div>
  );
}
