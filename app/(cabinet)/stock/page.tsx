import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { StockFilters } from "@/components/stock/stock-filters";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { findStock } from "@/lib/stock/find-stock";
import { listTradePoints } from "@/lib/stock/list-trade-points";
import { ZFindStockQuery } from "@/lib/stock/schemas";
import { can } from "@/lib/tenant/context";
import { cn } from "@/lib/cn";
import { TrackAllButton } from "./_components/track-all-button";

export async function generateMetadata() {
  return { title: (await getTranslations("stock"))("title") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (sp: Search) =>
  Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

// GET /stock?tp=&q=&filter=&sort=&page= – «Остатки» of one trade point.
export default async function StockPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireTenant("stock.read");
  const params = ZFindStockQuery.parse(first(await searchParams));
  const [list, tradePoints, t, f] = await Promise.all([
    orNotFound(findStock(ctx, params)),
    listTradePoints(ctx),
    getTranslations("stock"),
    getFormatter(),
  ]);
  const money = (minor: number) =>
    f.number(minor / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const qty = (q: string) => f.number(Number(q), { maximumFractionDigits: 3 });
  const tn = await getTranslations("nomenclature");
  const filtered = Boolean(params.q || params.filter !== "all");
  return (
    <div>
      <PageHeader title={t("title")}>
        <Link
          href="/stock/documents"
          className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-50"
        >
          {t("links.documents")}
        </Link>
        <Link
          href="/stock/report"
          className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-50"
        >
          {t("links.report")}
        </Link>
        <Link
          href="/stock/unmatched"
          className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-50"
        >
          {t("links.unmatched")}
        </Link>
        {can(ctx, "stock.manage") ? <TrackAllButton /> : null}
      </PageHeader>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      <StockFilters params={{ ...params, tp: list.tradePointId }} tradePoints={tradePoints} />
      <div className="mb-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700" data-testid="stock-summary">
        <span>{t("summary.value", { value: money(list.summary.value) })}</span>
        <span className={cn(list.summary.negative > 0 && "font-medium text-red-700")}>
          {t("summary.negative", { count: list.summary.negative })}
        </span>
        <span className={cn(list.summary.low > 0 && "font-medium text-amber-700")}>
          {t("summary.low", { count: list.summary.low })}
        </span>
      </div>
      <DataTable
        label={t("title")}
        empty={
          <EmptyState
            title={filtered ? t("emptyFiltered") : t("emptyTitle")}
            text={filtered ? undefined : t("emptyText")}
          />
        }
        rowTestId="stock-row"
        columns={[
          { id: "name", header: t("col.name"), card: "title", wrap: true },
          { id: "article", header: t("col.article") },
          { id: "quantity", header: t("col.quantity"), align: "right" },
          { id: "unit", header: t("col.unit") },
          { id: "min", header: t("col.min"), align: "right" },
          { id: "value", header: t("col.value"), align: "right" },
        ]}
        rows={list.rows.map((r) => ({
          id: r.itemId,
          tone: r.negative ? "danger" : r.low ? "warning" : undefined,
          cells: {
            name: (
              <Link
                href={`/stock/items/${r.itemId}?tp=${list.tradePointId}`}
                className="text-brand-700 hover:underline"
              >
                {r.name}
              </Link>
            ),
            article: <span className="text-slate-600">{r.article ?? ""}</span>,
            quantity: (
              <span
                className={cn(r.negative && "font-semibold text-red-700")}
                title={r.negative ? t("negativeHint") : undefined}
                data-testid="stock-quantity"
              >
                {qty(r.quantity)}
                {r.low && !r.negative ? (
                  <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-800">
                    {t("lowBadge")}
                  </span>
                ) : null}
              </span>
            ),
            unit: <span className="text-slate-600">{tn(`unit.${r.unit}`)}</span>,
            min: <span className="text-slate-600">{r.stockMin ? qty(r.stockMin) : ""}</span>,
            value: money(r.value),
          },
        }))}
        pagination={{
          path: "/stock",
          params: { tp: list.tradePointId, q: params.q, filter: params.filter, sort: params.sort },
          page: list.page,
          pages: list.pages,
          total: list.total,
        }}
      />
    </div>
  );
}
