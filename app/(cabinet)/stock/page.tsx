import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
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
      {list.rows.length === 0 ? (
        <EmptyState
          title={filtered ? t("emptyFiltered") : t("emptyTitle")}
          text={filtered ? undefined : t("emptyText")}
        />
      ) : (
        <Card className="overflow-x-auto p-0 sm:p-0">
          <table className="w-full text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium uppercase text-slate-600">
              <tr>
                <th scope="col" className="px-4 py-2">
                  {t("col.name")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("col.article")}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  {t("col.quantity")}
                </th>
                <th scope="col" className="px-4 py-2">
                  {t("col.unit")}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  {t("col.min")}
                </th>
                <th scope="col" className="px-4 py-2 text-right">
                  {t("col.value")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr
                  key={r.itemId}
                  className={cn(
                    "border-b border-slate-100",
                    r.negative ? "bg-red-50" : r.low && "bg-amber-50",
                  )}
                  data-testid="stock-row"
                >
                  <td className="px-4 py-2">
                    <Link
                      href={`/stock/items/${r.itemId}?tp=${list.tradePointId}`}
                      className="text-brand-700 hover:underline"
                    >
                      {r.name}
                    </Link>
                  </td>
                  <td className="px-4 py-2 text-slate-600">{r.article ?? ""}</td>
                  <td
                    className={cn(
                      "px-4 py-2 text-right tabular-nums",
                      r.negative && "font-semibold text-red-700",
                    )}
                    title={r.negative ? t("negativeHint") : undefined}
                    data-testid="stock-quantity"
                  >
                    {qty(r.quantity)}
                    {r.low && !r.negative ? (
                      <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-800">
                        {t("lowBadge")}
                      </span>
                    ) : null}
                  </td>
                  <td className="px-4 py-2 text-slate-600">{tn(`unit.${r.unit}`)}</td>
                  <td className="px-4 py-2 text-right tabular-nums text-slate-600">
                    {r.stockMin ? qty(r.stockMin) : ""}
                  </td>
                  <td className="px-4 py-2 text-right tabular-nums">{money(r.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination
        path="/stock"
        params={{ tp: list.tradePointId, q: params.q, filter: params.filter, sort: params.sort }}
        page={list.page}
        pages={list.pages}
        total={list.total}
      />
    </div>
  );
}
