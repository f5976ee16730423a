import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/locale/dates";
import { getInvoice } from "@/lib/market/get-order";
import { amountInWords } from "@/lib/market/amount-in-words";
import { asCurrency } from "@/lib/locale/country";
import { formatMoney } from "@/lib/locale/money";
import { PrintButton } from "./print-button";

export async function generateMetadata() {
  return { title: (await getTranslations("market"))("order.invoice") };
}

/** The printable «Счёт на оплату» with both parties' requisites (outside the cabinet shell). */
export default async function InvoicePage({ params }: { params: Promise<{ orderId: string }> }) {
  const ctx = await requireTenant("market.read");
  const { orderId } = await params;
  const [{ order, buyer, seller }, t, locale] = await Promise.all([
    orNotFound(getInvoice(ctx, orderId)),
    getTranslations("market.invoice"),
    getLocale().then(toLocale),
  ]);
  const money = (v: bigint) => formatMoney(v, order.currency, locale);
  const date = formatDate(order.createdAt, locale, ctx.timezone);
  const ru = buyer.country === "RU";
  const cell = "border border-slate-400 px-2 py-1 align-top";
  return (
    <main
      id="content"
      className="mx-auto max-w-3xl bg-white p-4 text-sm text-slate-900 sm:p-8 print:max-w-none print:p-0"
    >
      <div className="mb-6 flex flex-wrap items-center justify-between gap-2 print:hidden">
        <Link href={`/market/orders/${order.id}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
        <PrintButton label={t("print")} />
      </div>

      <table className="w-full border-collapse">
        <tbody>
          <tr>
            <td className={cell} colSpan={2}>
              <div className="text-xs text-slate-500">{t("bank")}</div>
              {seller.bankName}
            </td>
            <td className={cell}>
              <div className="text-xs text-slate-500">{t("bik")}</div>
              {seller.bankCode}
            </td>
          </tr>
          <tr>
            <td className={cell}>
              <div className="text-xs text-slate-500">{ru ? t("taxIdRU") : t("taxIdKZ")}</div>
              {seller.taxId}
              {seller.kpp ? ` / ${t("kpp")} ${seller.kpp}` : ""}
            </td>
            <td className={cell}>
              <div className="text-xs text-slate-500">{ru ? t("accountRU") : t("accountKZ")}</div>
              <span className="break-all">{seller.bankAccount}</span>
            </td>
            <td className={cell}>
              {seller.correspondentAccount ? (
                <>
                  <div className="text-xs text-slate-500">{t("corr")}</div>
                  <span className="break-all">{seller.correspondentAccount}</span>
                </>
              ) : seller.beneficiaryCode ? (
                <>
                  <div className="text-xs text-slate-500">{t("kbe")}</div>
                  {seller.beneficiaryCode}
                </>
              ) : null}
            </td>
          </tr>
        </tbody>
      </table>

      <h1 className="my-6 text-xl font-bold" data-testid="invoice-title">
        {t("title", { number: order.invoiceNumber ?? "", date })}
      </h1>

      <dl className="grid gap-3 sm:grid-cols-[8rem_minmax(0,1fr)]">
        <dt className="font-medium">{t("seller")}:</dt>
        <dd>
          {seller.name}, {ru ? t("taxIdRU") : t("taxIdKZ")} {seller.taxId}
          {seller.kpp ? `, ${t("kpp")} ${seller.kpp}` : ""}, {seller.address}, {t("phone")} {seller.phone}
        </dd>
        <dt className="font-medium">{t("buyer")}:</dt>
        <dd>
          {buyer.name}, {ru ? t("taxIdRU") : t("taxIdKZ")} {buyer.taxId}
          {buyer.kpp ? `, ${t("kpp")} ${buyer.kpp}` : ""}
          {buyer.legalAddress ? `, ${buyer.legalAddress}` : ""}
          {buyer.bankAccount ? `, ${ru ? t("accountRU") : t("accountKZ")} ${buyer.bankAccount}` : ""}
          {buyer.bankName
            ? ` (${buyer.bankName}${buyer.bankCode ? `, ${t("bik")} ${buyer.bankCode}` : ""})`
            : ""}
        </dd>
      </dl>

      <div className="mt-6 overflow-x-auto">
        <table className="w-full min-w-[32rem] border-collapse">
          <thead>
            <tr className="bg-slate-50">
              <th className={cell}>{t("col.n")}</th>
              <th className={`${cell} text-left`}>{t("col.item")}</th>
              <th className={cell}>{t("col.qty")}</th>
              <th className={cell}>{t("col.unit")}</th>
              <th className={cell}>{t("col.price")}</th>
              <th className={cell}>{t("col.amount")}</th>
            </tr>
          </thead>
          <tbody>
            {order.lines.map((l, i) => (
              <tr key={l.id}>
                <td className={`${cell} text-center`}>{i + 1}</td>
                <td className={cell}>{l.productName}</td>
                <td className={`${cell} text-right tabular-nums`}>{l.quantity}</td>
                <td className={`${cell} text-center`}>{t("unitPcs")}</td>
                <td className={`${cell} text-right whitespace-nowrap tabular-nums`}>{money(l.unitPrice)}</td>
                <td className={`${cell} text-right whitespace-nowrap tabular-nums`}>{money(l.amount)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="mt-3 ml-auto grid max-w-sm grid-cols-[1fr_auto] gap-x-4 gap-y-1 text-right">
        <dt className="font-medium">{t("total")}:</dt>
        <dd className="tabular-nums">{money(order.total)}</dd>
        <dt className="font-medium">
          {order.vatRateBasisPoints ? t("vat", { rate: order.vatRateBasisPoints / 100 }) : t("noVat")}:
        </dt>
        <dd className="tabular-nums">{order.vatRateBasisPoints ? money(order.vatAmount) : "—"}</dd>
        <dt className="font-bold">{t("toPay")}:</dt>
        <dd className="font-bold tabular-nums" data-testid="invoice-total">
          {money(order.total)}
        </dd>
      </dl>
      <p className="mt-4">{t("itemsCount", { count: order.lines.length, amount: money(order.total) })}</p>
      <p className="mt-1 font-bold" data-testid="invoice-total-words">
        {amountInWords(
          order.total,
          asCurrency(order.currency),
          locale === "kk" || locale === "en" ? locale : "ru",
        )}
      </p>
      <p className="mt-1 font-medium">{t("purpose", { number: order.invoiceNumber ?? "" })}</p>
      <p className="mt-4 text-xs text-slate-600">{t("terms")}</p>
      <div className="mt-10 grid gap-8 sm:grid-cols-2">
        <p>
          {t("director")} <span className="inline-block w-32 border-b border-slate-500" /> {seller.director}
        </p>
        <p>
          {t("accountant")} <span className="inline-block w-32 border-b border-slate-500" />{" "}
          {seller.accountant}
        </p>
      </div>
    </main>
  );
}
