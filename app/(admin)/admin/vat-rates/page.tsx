import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { formatLocalDay } from "@/lib/locale/dates";
import { formatPercent } from "@/lib/locale/money";
import { localDate } from "@/lib/locale/zone";
import { adminListVatRates, type VatRateStatus } from "@/lib/nomenclature/vat-admin";
import type { Locale } from "@/lib/i18n/locales";
import { AddVatRateForm, DeleteVatRateForm, EndVatRateForm } from "./vat-rate-forms";

export async function generateMetadata() {
  return { title: (await getTranslations("nomenclature.vatAdmin"))("title") };
}

const TONE: Record<VatRateStatus, BadgeTone> = { active: "green", scheduled: "blue", ended: "gray" };

/** /admin/vat-rates: the VAT rates of both countries with their periods (PLATFORM_ADMIN). */
export default async function AdminVatRatesPage() {
  const ctx = await requireTenant("platform.admin");
  const [rates, t, locale] = await Promise.all([
    adminListVatRates(ctx),
    getTranslations("nomenclature.vatAdmin"),
    getLocale() as Promise<Locale>,
  ]);
  const today = localDate(new Date(), ctx.timezone);
  const rate = (bp: number | null) => (bp === null ? t("noVat") : formatPercent(bp, locale));
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title={t("title")} />
      <p className="text-sm text-slate-600">{t("intro")}</p>
      {(["RU", "KZ"] as const).map((country) => (
        <Card key={country} className="space-y-3">
          <h2 className="text-lg font-semibold">{t(`countryName.${country}`)}</h2>
          <ul className="divide-y divide-slate-100" aria-label={t(`countryName.${country}`)}>
            {rates
              .filter((r) => r.country === country)
              .map((r) => (
                <li key={r.id} className="space-y-2 py-3" data-testid={`vat-${country}-${r.code}`}>
                  <div className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
                    <code className="w-20 font-mono text-xs text-slate-500">{r.code}</code>
                    <span className="min-w-0 flex-1 font-medium">{r.name}</span>
                    <span className="w-20 text-right tabular-nums">{rate(r.rateBasisPoints)}</span>
                    <span className="w-64 text-slate-600">
                      {r.validTo
                        ? t("period", {
                            from: formatLocalDay(r.validFrom, locale),
                            to: formatLocalDay(r.validTo, locale),
                          })
                        : t("periodOpen", { from: formatLocalDay(r.validFrom, locale) })}
                    </span>
                    <Badge tone={TONE[r.status]}>{t(`status.${r.status}`)}</Badge>
                  </div>
                  {r.status !== "ended" ? (
                    <div className="flex flex-wrap items-end gap-4 pl-0 sm:pl-24">
                      <EndVatRateForm
                        id={r.id}
                        code={r.code}
                        min={r.validFrom > today ? r.validFrom : today}
                      />
                      {r.status === "scheduled" ? <DeleteVatRateForm id={r.id} code={r.code} /> : null}
                    </div>
                  ) : null}
                </li>
              ))}
          </ul>
        </Card>
      ))}
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("newRate")}</h2>
        <AddVatRateForm today={today} />
      </Card>
    </div>
  );
}
