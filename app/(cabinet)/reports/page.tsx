import Link from "next/link";
import { Download } from "lucide-react";
import { ScrollRow } from "@/components/ui/scroll-row";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import {
  FilterActions,
  FilterBar,
  FilterDateRange,
  FilterSubmit,
  PlacePickers,
} from "@/components/filter-bar";
import { cn } from "@/lib/cn";
import { requireTenant } from "@/lib/http/require-tenant";
import { localDate } from "@/lib/locale/zone";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime, formatLocalDay } from "@/lib/locale/dates";
import { findReportOptions } from "@/lib/reports/options";
import { parseReportParams, REPORT_KINDS, reportQuery } from "@/lib/reports/params";
import { runReport } from "@/lib/reports/run-report";
import { SCREEN_ROWS } from "@/lib/reports/shift-reports";
import type { Cell, ReportColumn } from "@/lib/reports/table";
import { PrintButton } from "./_components/print-button";

export async function generateMetadata() {
  return { title: (await getTranslations("reports"))("title") };
}

// Printing a report: the table alone, without the cabinet's header, menu and filters.
const PRINT_CSS = `@media print {
  header, nav, [data-print-hide] { display: none !important; }
  main { padding: 0 !important; }
  [data-report] [class*="overflow-x-auto"] { overflow: visible !important; }
  [data-report] table { font-size: 8pt; }
  [data-report] th, [data-report] td { padding: 2px 4px !important; white-space: normal !important; }
  @page { size: A4 landscape; margin: 8mm; }
}`;

type Search = Record<string, string | string[] | undefined>;

// GET /reports?report=x|z|goods|cash|cashiers&from=&to=&cashbox=&tp= – «Отчёты».
export default async function ReportsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const ctx = await requireTenant("reports.read");
  const params = parseReportParams(await searchParams, localDate(new Date(), ctx.timezone));
  const [table, options, t, f, locale] = await Promise.all([
    runReport(ctx, params, { screen: true }),
    findReportOptions(ctx, params.cashbox),
    getTranslations("reports"),
    getFormatter(),
    getLocale().then(toLocale),
  ]);
  const dt = (d: Date) => formatDateTime(d, locale, ctx.timezone);
  const day = (s: string) => formatLocalDay(s, locale);
  const cell = (c: ReportColumn, v: Cell) => {
    if (v === null || v === undefined) return "";
    switch (c.kind) {
      case "money":
        return f.number(Number(v) / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      case "int":
        return f.number(Number(v));
      case "qty":
        return f.number(Number(v), { minimumFractionDigits: 0, maximumFractionDigits: 3 });
      case "datetime":
        return dt(v as Date);
      default:
        return String(v) || (c.key === "cashier" ? t("noCashier") : "");
    }
  };
  const query = reportQuery(params, { withReport: false }).toString();
  const hint = params.report === "x" ? t("hints.x", { time: dt(new Date()) }) : t(`hints.${params.report}`);
  const numeric = (c: ReportColumn) => c.kind !== "text" && c.kind !== "datetime";
  const firstText = table.columns.findIndex((c) => !numeric(c));
  return (
    <div>
      <style>{PRINT_CSS}</style>
      <PageHeader title={t("title")}>
        <div data-print-hide className="flex flex-wrap gap-2">
          <PrintButton label={t("print")} />
          <a
            href={`/api/cabinet/reports/${params.report}?${query}`}
            download
            className="inline-flex h-10 items-center gap-2 rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700"
          >
            <Download className="h-4 w-4" aria-hidden />
            {t("export")}
          </a>
        </div>
      </PageHeader>

      <nav data-print-hide aria-label={t("title")} className="-mx-4 mb-4 sm:mx-0">
        <ScrollRow innerClassName="px-4 shadow-[inset_0_-1px_0_var(--color-slate-200)] sm:px-0">
          <ul className="flex gap-1">
            {REPORT_KINDS.map((k) => (
              <li key={k} className="shrink-0">
                <Link
                  href={`/reports?report=${k}&${query}`}
                  aria-current={k === params.report ? "page" : undefined}
                  className={cn(
                    "inline-block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
                    k === params.report
                      ? "border-brand-600 text-brand-700"
                      : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                  )}
                >
                  {t(`kinds.${k}`)}
                </Link>
              </li>
            ))}
          </ul>
        </ScrollRow>
      </nav>

      <FilterBar data-print-hide action="/reports" hidden={{ report: params.report }}>
        {params.report !== "x" ? (
          <FilterDateRange
            idPrefix="report"
            labels={{ from: t("filters.from"), to: t("filters.to") }}
            from={params.from}
            to={params.to}
          />
        ) : null}
        <PlacePickers
          ids={{ tradePoint: "report-tp", cashbox: "report-cashbox" }}
          labels={{ tradePoint: t("filters.tradePoint"), cashbox: t("filters.cashbox") }}
          any={t("filters.all")}
          tradePoints={options.tradePoints}
          cashboxes={options.cashboxes}
          value={{ tradePoint: params.tp, cashbox: params.cashbox }}
          names={{ tradePoint: "tp", cashbox: "cashbox" }}
        />
        <FilterActions>
          <FilterSubmit label={t("filters.apply")} />
        </FilterActions>
      </FilterBar>

      <Card data-report className="p-0 sm:p-0">
        <div className="border-b border-slate-200 px-4 py-3">
          <h2 className="font-semibold text-slate-900">{t(`kinds.${params.report}`)}</h2>
          <p className="text-sm text-slate-600">
            {params.report === "x"
              ? hint
              : `${hint}. ${t("period", { from: day(params.from), to: day(params.to) })}`}
          </p>
          <p className="hidden text-xs text-slate-500 print:block">
            {ctx.organizationName} · {t("printedAt", { time: dt(new Date()) })}
          </p>
        </div>
        {table.rows.length === 0 ? (
          <div className="p-4">
            <EmptyState title={params.report === "x" ? t("emptyX") : t("empty")} />
          </div>
        ) : (
          <>
            <DataTable
              label={t("table")}
              testId="report-table"
              focusableScroll
              columns={table.columns.map((c) => ({
                id: c.key,
                header: t(`columns.${c.label}`),
                align: numeric(c) ? ("right" as const) : undefined,
              }))}
              rows={table.rows.map((r, i) => ({
                id: String(i),
                cells: Object.fromEntries(table.columns.map((c) => [c.key, cell(c, r[c.key])])),
              }))}
              footer={
                table.totals
                  ? {
                      testId: "report-totals",
                      cells: Object.fromEntries(
                        table.columns.map((c, i) => [
                          c.key,
                          i === firstText ? t("total") : numeric(c) ? cell(c, table.totals![c.key]) : "",
                        ]),
                      ),
                    }
                  : undefined
              }
            />
            {table.truncated ? (
              <p className="px-4 py-3 text-sm text-amber-800">{t("truncated", { count: SCREEN_ROWS })}</p>
            ) : null}
          </>
        )}
      </Card>
    </div>
  );
}
