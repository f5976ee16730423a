import Link from "next/link";
import { Download } from "lucide-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import { inputClass } from "@/components/ui/input-class";
import { cn } from "@/lib/cn";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { listTradePoints } from "@/lib/stock/list-trade-points";
import { movementReport } from "@/lib/stock/movement-report";
import { ZMovementReportQuery } from "@/lib/stock/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("stock"))("report.title") };
}

type Search = Record<string, string | string[] | undefined>;
const first = (sp: Search) =>
  Object.fromEntries(Object.entries(sp).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));

// GET /stock/report?from=&to=&tp=&q=&page= – «Отчёт по движению товаров».
export default async function StockReportPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireTenant("stock.read");
  const query = ZMovementReportQuery.parse(first(await searchParams));
  const [report, tradePoints, t, tn, f] = await Promise.all([
    orNotFound(movementReport(ctx, query)),
    listTradePoints(ctx),
    getTranslations("stock"),
    getTranslations("nomenclature"),
    getFormatter(),
  ]);
  const qty = (q: string) => f.number(Number(q), { minimumFractionDigits: 0, maximumFractionDigits: 3 });
  const money = (minor: number) =>
    f.number(minor / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const params = { from: report.from, to: report.to, tp: query.tp, q: query.q };
  const qs = new URLSearchParams(
    Object.entries(params).filter((e): e is [string, string] => Boolean(e[1])),
  ).toString();
  const label = "mb-1 block text-xs font-medium text-slate-600";
  return (
    <div>
      <Link href="/stock" className="text-sm text-brand-700 hover:underline">
        ← {t("report.back")}
      </Link>
      <PageHeader title={t("report.title")}>
        <a
          href={`/api/cabinet/stock/report?${qs}`}
          download
          className="inline-flex h-10 items-center gap-2 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
        >
          <Download className="h-4 w-4" aria-hidden />
          {t("report.export")}
        </a>
      </PageHeader>
      <form action="/stock/report" method="get" className="mb-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="sr-from" className={label}>
            {t("report.from")}
          </label>
          <input id="sr-from" name="from" type="date" defaultValue={report.from} className={inputClass} />
        </div>
        <div>
          <label htmlFor="sr-to" className={label}>
            {t("report.to")}
          </label>
          <input id="sr-to" name="to" type="date" defaultValue={report.to} className={inputClass} />
        </div>
        <div className="w-56">
          <label htmlFor="sr-tp" className={label}>
            {t("tradePoint")}
          </label>
          <select id="sr-tp" name="tp" defaultValue={query.tp ?? ""} className={cn(inputClass, "pr-8")}>
            <option value="">{t("report.allTradePoints")}</option>
            {tradePoints.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.name}
              </option>
            ))}
          </select>
        </div>
        <div className="min-w-0 flex-1 basis-48">
          <label htmlFor="sr-q" className={label}>
            {t("searchLabel")}
          </label>
          <input id="sr-q" name="q" type="search" defaultValue={query.q ?? ""} className={inputClass} />
        </div>
        <Button type="submit">{t("apply")}</Button>
      </form>
      <DataTable
        label={t("report.title")}
        testId="movement-report"
        empty={<EmptyState title={t("report.empty")} />}
        columns={[
          { id: "name", header: t("report.col.name"), card: "title", wrap: true },
          { id: "unit", header: t("report.col.unit") },
          ...(["opening", "in", "out", "closing", "closingValue"] as const).map((c) => ({
            id: c,
            header: t(`report.col.${c}`),
            align: "right" as const,
          })),
        ]}
        rows={report.rows.map((r) => ({
          id: r.itemId,
          cells: {
            name: (
              <Link href={`/stock/items/${r.itemId}`} className="text-brand-700 hover:underline">
                {r.name}
              </Link>
            ),
            unit: tn(`unit.${r.unit}`),
            opening: qty(r.opening),
            in: qty(r.in),
            out: qty(r.out),
            closing: (
              <span className={cn(Number(r.closing) < 0 && "font-semibold text-red-700")}>
                {qty(r.closing)}
              </span>
            ),
            closingValue: money(r.closingValue),
          },
        }))}
        pagination={{
          path: "/stock/report",
          params,
          page: report.page,
          pages: report.pages,
          total: report.total,
        }}
      />
    </div>
  );
}
