import { Suspense } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { formatUtcOffset } from "@/lib/audit/zoned-time";
import {
  findDashboard,
  findDashboardScope,
  type DashboardQuery,
  type DashboardScope,
} from "@/lib/analytics/dashboard";
import { resolvePeriod } from "@/lib/analytics/period";
import { localDate } from "@/lib/locale/zone";
import { requireTenant } from "@/lib/http/require-tenant";
import type { TenantContext } from "@/lib/tenant/context";
import { AnalyticsFilters } from "./_components/filters";
import { DashboardSkeleton } from "./_components/skeleton";
import { Dashboard } from "./_components/dashboard";

export async function generateMetadata() {
  return { title: (await getTranslations("analytics"))("title") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function AnalyticsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // the permission check happens before anything streams, so a CASHIER gets a real 404
  const ctx = await requireTenant("analytics.read");
  const raw = await searchParams;
  const q: DashboardQuery = {
    period: one(raw.period),
    from: one(raw.from),
    to: one(raw.to),
    tp: one(raw.tp),
    cb: one(raw.cb),
  };
  const [t, scope] = await Promise.all([getTranslations("analytics"), findDashboardScope(ctx, q)]);
  const { period, error } = resolvePeriod(q, localDate(new Date(), ctx.timezone));
  return (
    <div className="max-w-6xl space-y-4">
      <PageHeader title={t("title")} />
      <p className="-mt-4 text-sm text-slate-600">
        {t("intro", { tz: `${ctx.timezone}, ${formatUtcOffset(ctx.timezone, new Date())}` })}
      </p>
      <AnalyticsFilters
        period={period}
        filters={scope.filters}
        tradePoints={scope.options.tradePoints}
        cashboxes={scope.options.cashboxes}
      />
      {error ? (
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900"
        >
          {t(`errors.${error}`)}
        </p>
      ) : null}
      <Suspense key={JSON.stringify(q)} fallback={<DashboardSkeleton label={t("loading")} />}>
        <DashboardSection ctx={ctx} q={q} scope={scope} />
      </Suspense>
    </div>
  );
}

async function DashboardSection({
  ctx,
  q,
  scope,
}: {
  ctx: TenantContext;
  q: DashboardQuery;
  scope: DashboardScope;
}) {
  const [data, locale] = await Promise.all([findDashboard(ctx, q, new Date(), scope), getLocale()]);
  return <Dashboard data={data} locale={locale} />;
}
