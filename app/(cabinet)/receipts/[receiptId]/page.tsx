import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArrowLeft } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/locale/money";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { ReceiptSlip } from "@/components/receipts/receipt-slip";
import { Card, PageHeader } from "@/components/ui/card";
import { isAppError } from "@/lib/errors/app-error";
import { requireTenant } from "@/lib/http/require-tenant";
import { getReceipt } from "@/lib/receipts/get-receipt";
import { ReceiptActions } from "./_components/receipt-actions";

type Params = { receiptId: string };

// once per request: the metadata and the page share it
const load = cache(async (receiptId: string) => {
  const ctx = await requireTenant("receipts.read");
  try {
    return { ctx, receipt: await getReceipt(ctx, receiptId) };
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
});

export async function generateMetadata({ params }: { params: Promise<Params> }) {
  const { receipt } = await load((await params).receiptId);
  return { title: (await getTranslations("receipts"))("receipt.title", { number: receipt.number }) };
}

// GET /receipts/{id} – one receipt: its printed form with the QR code and check link, «Дубликат», «Отправить».
export default async function ReceiptPage({ params }: { params: Promise<Params> }) {
  const { ctx, receipt: r } = await load((await params).receiptId);
  const t = await getTranslations("receipts");
  const locale = toLocale(await getLocale());
  const details: [string, string][] = [
    [t("receipt.cashbox"), r.cashboxName],
    [t("receipt.tradePoint"), r.tradePointName],
    [t("columns.type"), t(`types.${r.type}`)],
    [t("columns.date"), formatDateTime(r.createdAt, locale, ctx.timezone, { seconds: true })],
    [t("receipt.shift"), r.shiftNumber === null ? "—" : String(r.shiftNumber)],
    [t("receipt.cashier"), r.cashierName || "—"],
    [t("columns.total"), formatMoney(r.total, ctx.country, locale)],
    [t("receipt.fiscalSign"), r.fiscalSign],
  ];
  return (
    <div>
      <Link
        href="/receipts"
        className="mb-3 inline-flex items-center gap-1 text-sm font-medium text-brand-700 hover:underline"
      >
        <ArrowLeft className="h-4 w-4" aria-hidden />
        {t("receipt.back")}
      </Link>
      <PageHeader title={t("receipt.title", { number: r.number })}>
        <ReceiptActions receiptId={r.id} qrLabel={t("receipt.qr")} />
      </PageHeader>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
        <section aria-label={t("receipt.printForm")}>
          <ReceiptSlip lines={r.lines} qrSvg={r.qrSvg} qrLabel={t("receipt.qr")} />
        </section>
        <div className="space-y-4">
          <Card>
            <h2 className="mb-3 text-sm font-semibold text-slate-900">{t("receipt.details")}</h2>
            <dl className="grid grid-cols-[minmax(0,10rem)_minmax(0,1fr)] gap-x-4 gap-y-2 text-sm">
              {details.map(([k, v]) => (
                <div key={k} className="contents">
                  <dt className="text-slate-500">{k}</dt>
                  <dd className="break-words text-slate-900">{v}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card>
            <h2 className="mb-2 text-sm font-semibold text-slate-900">{t("receipt.checkLink")}</h2>
            {r.checkUrl ? (
              <a
                href={r.checkUrl}
                data-testid="check-link"
                className="font-mono text-xs break-all text-brand-700 hover:underline"
                target="_blank"
                rel="noreferrer"
              >
                {r.checkUrl}
              </a>
            ) : (
              <p className="text-sm text-slate-500">{t("receipt.noQr")}</p>
            )}
          </Card>
        </div>
      </div>
    </div>
  );
}
