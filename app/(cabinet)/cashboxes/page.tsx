import Link from "next/link";
import { Plus } from "lucide-react";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/locale/money";
import { PageHeader } from "@/components/ui/card";
import { findCashboxes } from "@/lib/cashboxes/find-cashboxes";
import { findCashboxListOptions } from "@/lib/cashboxes/find-list-options";
import { listParamsToSearch, parseListParams } from "@/lib/cashboxes/list-params";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate, formatDateTime, formatLocalDay } from "@/lib/locale/dates";
import { can } from "@/lib/tenant/context";
import { CashboxListView } from "./_components/cashbox-list-view";
import type { CashboxViewRow } from "./_components/types";

export async function generateMetadata() {
  return { title: (await getTranslations("cashboxes"))("title") };
}

type Search = Record<string, string | string[] | undefined>;

// GET /cashboxes – the cashbox list; its whole state (page, sort, filters, search) is in the URL.
export default async function CashboxesPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireTenant("cashbox.read");
  const params = parseListParams(await searchParams);
  const [list, options, t, locale] = await Promise.all([
    findCashboxes(ctx, params),
    findCashboxListOptions(ctx, params.tp),
    getTranslations("cashboxes"),
    getLocale().then(toLocale),
  ]);
  // Formatted here, once, in the organization's time zone: the client renders the same strings.
  const rows: CashboxViewRow[] = list.rows.map((r) => ({
    ...r,
    display: {
      paidUntil: r.paidUntil ? formatLocalDay(r.paidUntil, locale) : null,
      ofdPaidUntil: r.ofdPaidUntil ? formatLocalDay(r.ofdPaidUntil, locale) : null,
      lastSeenAt: r.lastSeenAt ? formatDateTime(new Date(r.lastSeenAt), locale, ctx.timezone) : null,
      fiscalDriveExpires: r.fiscalDrive?.expiresAt
        ? formatDate(new Date(r.fiscalDrive.expiresAt), locale, ctx.timezone)
        : null,
      todayRevenue: r.todayRevenue === null ? null : formatMoney(r.todayRevenue, ctx.country, locale),
    },
  }));
  return (
    <div>
      <PageHeader title={t("title")}>
        {can(ctx, "cashbox.manage") ? (
          <Link
            href="/cashboxes/new"
            className="inline-flex h-10 items-center gap-2 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
          >
            <Plus className="h-4 w-4" aria-hidden />
            {t("list.add")}
          </Link>
        ) : null}
      </PageHeader>
      <CashboxListView
        // a new URL is a new view: row selection does not leak from one page or filter to another
        key={listParamsToSearch(list.params).toString()}
        rows={rows}
        total={list.total}
        page={list.page}
        pages={list.pages}
        params={list.params}
        country={ctx.country}
        can={{
          renew: can(ctx, "cashbox.renew"),
          register: can(ctx, "registration.sign"),
          // the one bulk action is renewal
          select: can(ctx, "cashbox.renew"),
        }}
        tradePoints={options.tradePoints}
        selectedTradePoint={options.selectedTradePoint}
      />
    </div>
  );
}
