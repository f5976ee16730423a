import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate, formatLocalDay } from "@/lib/locale/dates";
import { findCodes } from "@/lib/codes/find-codes";
import { CODE_STATUSES, ZCodeListQuery } from "@/lib/codes/schemas";
import { cn } from "@/lib/cn";
import { can } from "@/lib/tenant/context";
import { CodesTable } from "./_components/codes-table";

export async function generateMetadata() {
  return { title: (await getTranslations("codes"))("title") };
}

export default async function CodesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireTenant("market.read");
  const q = ZCodeListQuery.parse(await searchParams);
  const [list, t, locale] = await Promise.all([
    findCodes(ctx, q),
    getTranslations("codes"),
    getLocale().then(toLocale),
  ]);
  // A client never hands codes over: «Передан клиенту» is a partner's status, not a filter here.
  // Dates are formatted here (lib/locale), the client table renders the strings.
  const day = (d: Date) => formatDate(d, locale, ctx.timezone);
  const filters = [
    { value: undefined, label: t("filter.all") },
    ...CODE_STATUSES.filter((s) => s !== "HANDED_TO_CLIENT").map((s) => ({
      value: s,
      label: t(`status.${s}`),
    })),
  ];
  return (
    <div className="max-w-6xl space-y-4">
      <PageHeader title={t("title")}>
        {can(ctx, "market.buy") ? (
          <Link
            href="/market"
            className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
          >
            {t("toMarket")}
          </Link>
        ) : null}
      </PageHeader>
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <p className="text-sm font-medium text-slate-800" data-testid="codes-available">
        {t("available", { count: list.available })}
      </p>
      <nav aria-label={t("filter.label")} className="flex flex-wrap gap-2">
        {filters.map((f) => (
          <Link
            key={f.label}
            href={f.value ? `/codes?status=${f.value}` : "/codes"}
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
      {list.rows.length === 0 ? (
        <EmptyState
          title={q.status ? t("emptyFiltered") : t("empty")}
          text={q.status ? undefined : t("emptyText")}
        >
          {!q.status && can(ctx, "market.buy") ? (
            <Link href="/market" className="font-medium text-brand-700 underline">
              {t("toMarket")}
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <CodesTable
          locale={locale}
          canApply={can(ctx, "cashbox.renew")}
          rows={list.rows.map((r) => ({
            id: r.id,
            code: r.code,
            months: r.months,
            status: r.status,
            usable: r.usable,
            product: r.product,
            createdAt: day(r.createdAt),
            redeemedAt: r.redeemedAt ? day(r.redeemedAt) : null,
            paidUntil: r.redeemedPaidUntil ? formatLocalDay(r.redeemedPaidUntil, locale) : null,
            cashboxId: r.cashboxId,
            cashboxName: r.cashboxName,
            order: r.order,
            fromPartner: r.fromPartner,
          }))}
        />
      )}
      <Pagination
        path="/codes"
        params={{ status: q.status }}
        page={q.page}
        pages={list.pages}
        total={list.total}
      />
    </div>
  );
}
