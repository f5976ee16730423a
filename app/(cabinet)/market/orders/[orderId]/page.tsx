import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { ArrowLeft, FileText } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { getOrder } from "@/lib/market/get-order";
import { formatMoney } from "@/lib/locale/money";
import { can } from "@/lib/tenant/context";
import { orderStatusTone } from "../status-tone";
import { OrderActions } from "./_components/order-actions";

export default async function OrderPage({
  params,
  searchParams,
}: {
  params: Promise<{ orderId: string }>;
  searchParams: Promise<{ payment?: string }>;
}) {
  const ctx = await requireTenant("market.read");
  const { orderId } = await params;
  const { payment } = await searchParams;
  const [order, t, tAll, locale] = await Promise.all([
    orNotFound(getOrder(ctx, orderId)),
    getTranslations("market"),
    getTranslations(),
    getLocale().then(toLocale),
  ]);
  const fmt = { format: (d: Date) => formatDateTime(d, locale, ctx.timezone) };
  const money = (v: bigint) => formatMoney(v, order.currency, locale);
  const awaiting = order.status === "AWAITING_PAYMENT";
  const last = order.payments[0];
  let banner: { tone: "ok" | "bad" | "wait"; text: string } | null = null;
  if (payment && order.status === "PAID") banner = { tone: "ok", text: t("order.returnSuccess") };
  else if (payment && last?.status === "DECLINED")
    banner = {
      tone: "bad",
      text: t("order.returnDeclined", {
        reason:
          last.failureReason && tAll.has(last.failureReason)
            ? tAll(last.failureReason)
            : t("decline.generic"),
      }),
    };
  else if (payment && awaiting) banner = { tone: "wait", text: t("order.returnPending") };

  return (
    <div className="space-y-4">
      <Link
        href="/market/orders"
        className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
      >
        <ArrowLeft className="h-4 w-4" aria-hidden />
        {t("order.back")}
      </Link>
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-xl font-semibold">{t("orders.number", { number: order.number })}</h2>
        <Badge tone={orderStatusTone(order.status)} data-testid="order-status">
          {t(`status.${order.status}`)}
        </Badge>
      </div>
      {banner ? (
        <p
          role="status"
          className={
            banner.tone === "ok"
              ? "rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800"
              : banner.tone === "bad"
                ? "rounded-md bg-red-50 px-3 py-2 text-sm text-red-700"
                : "rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900"
          }
        >
          {banner.text}
        </p>
      ) : null}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <Card className="min-w-0">
          <h3 className="mb-3 font-semibold">{t("order.lines")}</h3>
          <ul className="divide-y divide-slate-100 text-sm">
            {order.lines.map((l) => (
              <li key={l.id} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 py-2">
                <span className="min-w-0 flex-1 basis-52">{l.productName}</span>
                <span className="whitespace-nowrap text-slate-600 tabular-nums">
                  {l.quantity} × {money(l.unitPrice)}
                </span>
                <span className="w-28 text-right font-medium whitespace-nowrap tabular-nums">
                  {money(l.amount)}
                </span>
              </li>
            ))}
          </ul>
          <p className="mt-3 flex justify-end gap-3 border-t border-slate-200 pt-3 font-semibold">
            <span>{t("cart.total")}</span>
            <span className="tabular-nums">{money(order.total)}</span>
          </p>
          <p className="text-right text-xs text-slate-500">
            {order.vatRateBasisPoints
              ? t("cart.vat", { rate: order.vatRateBasisPoints / 100, amount: money(order.vatAmount) })
              : t("cart.noVat")}
          </p>
          {order.deliveryAddress ? (
            <p className="mt-3 text-sm text-slate-600">
              {t("order.delivery", { address: order.deliveryAddress })}
            </p>
          ) : null}
        </Card>
        <div className="space-y-4">
          <Card className="space-y-2 text-sm">
            <p>{t("order.created", { date: fmt.format(order.createdAt) })}</p>
            <p>{t(`method.${order.paymentMethod}`)}</p>
            {order.paidAt ? <p>{t("order.paidAt", { date: fmt.format(order.paidAt) })}</p> : null}
            {order.shippedAt ? <p>{t("order.shippedAt", { date: fmt.format(order.shippedAt) })}</p> : null}
            {order.cancelledAt ? (
              <p>{t("order.cancelledAt", { date: fmt.format(order.cancelledAt) })}</p>
            ) : null}
            {awaiting ? (
              <p className="text-slate-600">
                {order.paymentMethod === "CARD" ? t("order.awaitingCard") : t("order.awaitingInvoice")}
              </p>
            ) : null}
            {order.invoiceNumber ? (
              <Link
                href={`/invoice/${order.id}`}
                className="inline-flex items-center gap-1 font-medium text-brand-700 underline"
                target="_blank"
              >
                <FileText className="h-4 w-4" aria-hidden />
                {t("order.invoice")} № {order.invoiceNumber}
              </Link>
            ) : null}
            {awaiting && can(ctx, "market.buy") ? (
              <OrderActions
                orderId={order.id}
                number={order.number}
                canPayCard={order.paymentMethod === "CARD"}
              />
            ) : null}
          </Card>
          {order.codesTotal > 0 ? (
            <Card className="space-y-2 text-sm">
              <p>{t("order.codesReady", { count: order.codesTotal })}</p>
              <Link href="/codes" className="font-medium text-brand-700 underline">
                {t("order.toCodes")}
              </Link>
            </Card>
          ) : null}
          <Card className="text-sm">
            <h3 className="mb-2 font-semibold">{t("order.payments")}</h3>
            {order.payments.length === 0 ? (
              <p className="text-slate-500">{t("order.noPayments")}</p>
            ) : (
              <ul className="space-y-1">
                {order.payments.map((p) => (
                  <li key={p.id} className="flex flex-wrap justify-between gap-2">
                    <span>
                      {fmt.format(p.createdAt)} · {t(`method.${p.method}`)}
                    </span>
                    <span
                      className={
                        p.status === "SUCCEEDED"
                          ? "text-emerald-700"
                          : p.status === "DECLINED"
                            ? "text-red-700"
                            : "text-slate-600"
                      }
                    >
                      {t(`order.paymentState.${p.status}`)}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
