import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { CashboxStatusBadges } from "@/components/cashboxes/status-badges";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { cashboxStatus } from "@/lib/cashboxes/status";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatLocalDay } from "@/lib/locale/dates";
import { findClientCashboxes } from "@/lib/partners/find-client-cashboxes";
import { findPartnerClients, getPartnerTaxId } from "@/lib/partners/find-partner-clients";
import { ZClientQuery } from "@/lib/partners/schemas";
import { PartnerRenewButton } from "../_components/partner-renew-button";

/**
 * «Партнёрам → Клиенты»: the organizations that linked this partner; ?client=<id> shows one
 * client's cashboxes (through the link grant: an unlinked client is a 404).
 */
export default async function PartnerClientsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireTenant("partner.cabinet");
  const q = ZClientQuery.parse(await searchParams);
  const [t, tc, locale] = await Promise.all([
    getTranslations("partner"),
    getTranslations("cashboxes"),
    getLocale().then(toLocale),
  ]);
  const dateOnly = (d: Date) => formatLocalDay(d, locale);
  const now = new Date();

  if (q.client) {
    const { client, rows, total, pages } = await orNotFound(findClientCashboxes(ctx, q.client, q.page));
    return (
      <div className="space-y-4">
        <Link
          href="/partner/clients"
          className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
        >
          <ArrowLeft className="h-4 w-4" aria-hidden />
          {t("clients.back")}
        </Link>
        <h2 className="text-xl font-semibold">{t("clients.cashboxesOf", { name: client.name })}</h2>
        {rows.length === 0 ? (
          <EmptyState title={t("clients.noCashboxes")} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {rows.map((c) => {
              const status = cashboxStatus(c, { now, timeZone: client.timezone, country: client.country });
              return (
                <li
                  key={c.id}
                  className="grid gap-2 p-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,12rem)_auto] sm:items-center"
                  data-cashbox={c.name}
                >
                  <div className="min-w-0 text-sm">
                    <p className="font-medium">{c.name}</p>
                    <p className="text-slate-600">
                      {c.tradePoint.name}
                      {c.registrationNumber ? ` · ${c.registrationNumber}` : ""}
                    </p>
                  </div>
                  <div className="text-sm">
                    <CashboxStatusBadges
                      cashboxId={c.id}
                      cashboxName={c.name}
                      status={status}
                      canRenew={false}
                      canRegister={false}
                    />
                    {/* a third-party ОФД cashbox: the tariff (renewed by the partner's codes) and
                        the ОФД's own date (the client's, shown for reference) */}
                    <p className="mt-1 text-xs text-slate-600">
                      {status.thirdPartyOfd ? tc("ofdPeriod.tariffPaidUntil") : t("clients.col2.paidUntil")}:{" "}
                      {c.paidUntil ? dateOnly(c.paidUntil) : t("clients.never")}
                    </p>
                    {status.thirdPartyOfd ? (
                      <p className="text-xs text-slate-600" data-ofd-paid-until>
                        {tc("ofdPeriod.ofdPaidUntil")}:{" "}
                        {c.ofdPaidUntil ? dateOnly(c.ofdPaidUntil) : tc("ofdPeriod.notEntered")}
                      </p>
                    ) : null}
                  </div>
                  <div className="sm:text-right">
                    {c.registrationStatus !== "DEREGISTERED" ? (
                      <PartnerRenewButton
                        client={{ id: client.id, name: client.name }}
                        cashbox={{ id: c.id, name: c.name }}
                        label={tc("badge.renew")}
                      />
                    ) : null}
                  </div>
                </li>
              );
            })}
          </ul>
        )}
        <Pagination
          path="/partner/clients"
          params={{ client: client.id }}
          page={q.page}
          pages={pages}
          total={total}
        />
      </div>
    );
  }

  const [{ rows, total, pages }, taxId] = await Promise.all([
    findPartnerClients(ctx, q.page, now),
    getPartnerTaxId(ctx),
  ]);
  return (
    <div className="space-y-4">
      <p className="max-w-3xl text-sm text-slate-600">{t("clients.intro")}</p>
      {rows.length === 0 ? (
        <EmptyState title={t("clients.empty")} text={t("clients.howToLink", { taxId })} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {rows.map((c) => (
            <li
              key={c.id}
              data-client={c.name}
              className="grid gap-2 p-3 text-sm sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center"
            >
              <div className="min-w-0">
                <Link
                  href={`/partner/clients?client=${c.id}`}
                  className="font-medium text-brand-700 underline"
                >
                  {c.name}
                </Link>
                <p className="text-slate-600">
                  {t("clients.col.taxId")} {c.taxId}
                  {c.phone || c.email ? ` · ${[c.phone, c.email].filter(Boolean).join(", ")}` : ""}
                </p>
              </div>
              <dl className="flex flex-wrap gap-x-4 gap-y-1 sm:justify-end">
                <div className="flex gap-1">
                  <dt className="text-slate-600">{t("clients.col.cashboxes")}:</dt>
                  <dd className="tabular-nums">{c.cashboxes}</dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-slate-600">{t("clients.col.expiring")}:</dt>
                  <dd className={`tabular-nums ${c.expiring ? "font-semibold text-amber-700" : ""}`}>
                    {c.expiring}
                  </dd>
                </div>
                <div className="flex gap-1">
                  <dt className="text-slate-600">{t("clients.col.unpaid")}:</dt>
                  <dd className={`tabular-nums ${c.unpaid ? "font-semibold text-red-700" : ""}`}>
                    {c.unpaid}
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/partner/clients" params={{}} page={q.page} pages={pages} total={total} />
    </div>
  );
}
