import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Plus } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireTenant } from "@/lib/http/require-tenant";
import { findTradePoints } from "@/lib/settings/find-trade-points";
import { can } from "@/lib/tenant/context";
import { cn } from "@/lib/cn";
import { ArchiveButton } from "./_components/archive-button";
import { SearchBox } from "../_components/search-box";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("tabs.tradePoints") };
}

type Search = { q?: string; archived?: string; page?: string };

export default async function TradePointsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireTenant("tradePoint.read");
  const sp = await searchParams;
  const { items, total, page, pages, filters } = await findTradePoints(ctx, sp);
  const t = await getTranslations("settings.tradePoints");
  const manage = can(ctx, "tradePoint.manage");
  const tab = (archived: boolean) =>
    cn(
      "rounded-md px-3 py-1.5 text-sm font-medium",
      archived === filters.archived ? "bg-slate-900 text-white" : "text-slate-700 hover:bg-slate-100",
    );
  return (
    <section aria-labelledby="tp-title" className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id="tp-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        {manage ? (
          <Link
            href="/settings/trade-points/new"
            className="inline-flex h-10 items-center gap-2 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
          >
            <Plus className="h-4 w-4" aria-hidden />
            {t("add")}
          </Link>
        ) : null}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <div className="flex gap-1 rounded-lg border border-slate-200 bg-white p-1">
          <Link
            href="/settings/trade-points"
            className={tab(false)}
            aria-current={!filters.archived ? "page" : undefined}
          >
            {t("showActive")}
          </Link>
          <Link
            href="/settings/trade-points?archived=1"
            className={tab(true)}
            aria-current={filters.archived ? "page" : undefined}
          >
            {t("showArchived")}
          </Link>
        </div>
        <SearchBox
          action="/settings/trade-points"
          defaultValue={filters.q ?? ""}
          label={t("search")}
          button={t("find")}
          hidden={filters.archived ? { archived: "1" } : {}}
        />
      </div>

      {items.length === 0 ? (
        filters.q ? (
          <EmptyState title={t("emptySearch")} />
        ) : filters.archived ? (
          <EmptyState title={t("emptyArchived")} />
        ) : (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        )
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="trade-point-list"
        >
          {items.map((p) => (
            <li key={p.id} className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
              <div className="min-w-0 flex-1">
                <Link
                  href={`/settings/trade-points/${p.id}`}
                  className="font-medium text-brand-700 hover:underline"
                >
                  {p.name}
                </Link>
                <p className="text-sm text-slate-600">{p.address}</p>
              </div>
              <div className="flex flex-wrap items-center gap-3 sm:justify-end">
                <span className="text-sm text-slate-600">{t("cashboxCount", { count: p.cashboxCount })}</span>
                <Badge tone={p.archivedAt ? "gray" : "green"}>
                  {p.archivedAt ? t("archived") : t("active")}
                </Badge>
                {manage ? <ArchiveButton id={p.id} name={p.name} archived={!!p.archivedAt} /> : null}
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination path="/settings/trade-points" params={sp} page={page} pages={pages} total={total} />
    </section>
  );
}
