import { getTranslations } from "next-intl/server";
import { DataTable } from "@/components/data-table/data-table";
import { Card, EmptyState } from "@/components/ui/card";
import type { DashboardData, Kpi } from "@/lib/analytics/dashboard";
import { formatDay, percentChange } from "@/lib/analytics/format";
import { formatInt, formatMoney } from "@/lib/locale/money";
import { cn } from "@/lib/cn";
import { HorizontalBarsChart, PaymentMixChart, RevenueByDayChart } from "./charts";

type T = Awaited<ReturnType<typeof getTranslations<"analytics">>>;

function ChartCard({
  title,
  children,
  table,
  testId,
  t,
  className,
}: {
  title: string;
  children: React.ReactNode;
  table: React.ReactNode;
  testId: string;
  t: T;
  className?: string;
}) {
  return (
    <Card className={cn("min-w-0 space-y-3", className)} data-testid={testId}>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {children}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-600 hover:underline">{t("charts.showTable")}</summary>
        <div className="mt-2 overflow-x-auto">{table}</div>
      </details>
    </Card>
  );
}

/** The figures of a chart as a table (the chart's accessible alternative): one row per bar or day. */
function ChartTable({
  caption,
  head,
  rows,
}: {
  caption: string;
  head: string[];
  rows: (string | number)[][];
}) {
  return (
    <DataTable
      label={caption}
      columns={head.map((h, i) => ({
        id: String(i),
        header: h,
        rowHeader: i === 0,
        align: i > 0 ? ("right" as const) : undefined,
      }))}
      rows={rows.map((r, i) => ({
        id: String(i),
        cells: Object.fromEntries(r.map((cell, j) => [String(j), cell])),
      }))}
    />
  );
}

function Change({ cur, prev, t, invert = false }: { cur: number; prev: number; t: T; invert?: boolean }) {
  const pct = percentChange(cur, prev);
  if (pct === null)
    return <p className="text-xs text-slate-500">{cur === 0 ? t("kpi.noChange") : t("kpi.noPrevious")}</p>;
  if (pct === 0) return <p className="text-xs text-slate-500">{t("kpi.noChange")}</p>;
  const good = invert ? pct < 0 : pct > 0;
  return (
    <p className={cn("text-xs font-medium", good ? "text-green-700" : "text-red-700")}>
      <span aria-hidden>{pct > 0 ? "▲ " : "▼ "}</span>
      {t("kpi.change", {
        sign: pct > 0 ? "+" : "−",
        value: String(Math.abs(pct)).replace(".", ","),
      })}
    </p>
  );
}

function KpiCard({
  label,
  value,
  sub,
  was,
  change,
  testId,
}: {
  label: string;
  value: string;
  sub?: string;
  was: string;
  change: React.ReactNode;
  testId: string;
}) {
  return (
    <Card className="space-y-1 p-4 sm:p-4" data-testid={testId}>
      <p className="text-sm text-slate-600">{label}</p>
      <p className="text-xl font-semibold tabular-nums text-slate-900" data-testid={`${testId}-value`}>
        {value}
      </p>
      {sub ? <p className="text-xs text-slate-500">{sub}</p> : null}
      {change}
      <p className="text-xs text-slate-500">{was}</p>
    </Card>
  );
}

const share = (k: Kpi) => {
  const sum = Math.max(0, k.cash) + Math.max(0, k.card);
  if (sum === 0) return null;
  const cash = Math.round((Math.max(0, k.cash) / sum) * 100);
  return { cash, card: 100 - cash };
};

export async function Dashboard({ data, locale }: { data: DashboardData; locale: string }) {
  const t = await getTranslations("analytics");
  const { country, current: cur, previous: prev, period } = data;
  const money = (v: number) => formatMoney(v, country, locale);
  const int = (v: number) => formatInt(v, locale);
  const common = {
    country,
    locale,
    compact: {
      thousand: t("compact.thousand"),
      million: t("compact.million"),
      billion: t("compact.billion"),
    },
  };
  const prevRange = t("period.previous", {
    from: formatDay(period.prevFrom, locale),
    to: formatDay(period.prevTo, locale),
  });

  const curShare = share(cur);
  const prevShare = share(prev);
  const kpis = (
    <div className="grid grid-cols-2 gap-3 lg:grid-cols-5" data-testid="analytics-kpis">
      <KpiCard
        testId="kpi-revenue"
        label={t("kpi.revenue")}
        value={money(cur.revenue)}
        was={t("kpi.was", { value: money(prev.revenue) })}
        change={<Change cur={cur.revenue} prev={prev.revenue} t={t} />}
      />
      <KpiCard
        testId="kpi-receipts"
        label={t("kpi.receipts")}
        value={int(cur.receipts)}
        was={t("kpi.was", { value: int(prev.receipts) })}
        change={<Change cur={cur.receipts} prev={prev.receipts} t={t} />}
      />
      <KpiCard
        testId="kpi-average"
        label={t("kpi.average")}
        value={cur.average === null ? "—" : money(cur.average)}
        was={t("kpi.was", { value: prev.average === null ? "—" : money(prev.average) })}
        change={<Change cur={cur.average ?? 0} prev={prev.average ?? 0} t={t} />}
      />
      <KpiCard
        testId="kpi-returns"
        label={t("kpi.returns")}
        value={money(cur.returns)}
        sub={t("kpi.returnsCount", { count: cur.returnsCount })}
        was={t("kpi.was", { value: money(prev.returns) })}
        change={<Change cur={cur.returns} prev={prev.returns} t={t} invert />}
      />
      <KpiCard
        testId="kpi-share"
        label={t("kpi.payShare")}
        value={curShare ? t("kpi.payShareValue", curShare) : "—"}
        sub={curShare ? `${money(cur.cash)} / ${money(cur.card)}` : undefined}
        was={t("kpi.was", { value: prevShare ? t("kpi.payShareValue", prevShare) : "—" })}
        change={
          curShare && prevShare ? (
            <p className="text-xs text-slate-500">
              {t("kpi.shareChange", {
                sign: curShare.cash > prevShare.cash ? "+" : curShare.cash === prevShare.cash ? "±" : "−",
                value: Math.abs(curShare.cash - prevShare.cash),
              })}
            </p>
          ) : (
            <p className="text-xs text-slate-500">{curShare ? t("kpi.noPrevious") : t("kpi.noChange")}</p>
          )
        }
      />
    </div>
  );

  if (!data.hasData) {
    return (
      <div className="space-y-4">
        <p className="text-sm text-slate-500">{prevRange}</p>
        <EmptyState title={t("empty.title")} text={t("empty.text")} />
      </div>
    );
  }

  const weekdays = [1, 2, 3, 4, 5, 6, 7].map((d) => t(`weekdays.${d}` as "weekdays.1"));
  const heatMax = Math.max(1, ...data.heat.revenue.flat());
  const activeHours = Array.from({ length: 24 }, (_, h) => h).filter((h) =>
    data.heat.revenue.some((row) => row[h] !== 0),
  );
  const hours = activeHours.length
    ? Array.from(
        { length: activeHours[activeHours.length - 1] - activeHours[0] + 1 },
        (_, i) => activeHours[0] + i,
      )
    : [];
  const hh = (h: number) => `${String(h).padStart(2, "0")}:00`;
  const paymentData = [
    { name: t("pay.cash"), value: Math.max(0, cur.cash) },
    { name: t("pay.card"), value: Math.max(0, cur.card) },
  ];

  return (
    <div className="space-y-4" data-testid="analytics-dashboard">
      <p className="text-sm text-slate-500">{prevRange}</p>
      {kpis}

      <ChartCard
        t={t}
        title={t("charts.byDay")}
        testId="chart-by-day"
        table={
          <ChartTable
            caption={t("charts.byDay")}
            head={[t("table.day"), t("table.revenue"), t("table.receipts")]}
            rows={data.byDay.map((d) => [formatDay(d.day, locale), money(d.revenue), int(d.receipts)])}
          />
        }
      >
        <RevenueByDayChart
          {...common}
          data={data.byDay}
          label={t("charts.byDay")}
          revenueLabel={t("table.revenue")}
          receiptsLabel={t("table.receipts")}
        />
      </ChartCard>

      <ChartCard
        t={t}
        title={t("charts.heat")}
        testId="chart-heat"
        table={
          <ChartTable
            caption={t("charts.heat")}
            head={[t("table.weekday"), ...hours.map(hh)]}
            rows={weekdays.map((w, d) => [w, ...hours.map((h) => money(data.heat.revenue[d][h]))])}
          />
        }
      >
        <div className="overflow-x-auto" aria-hidden>
          <div
            className="grid min-w-max gap-0.5 text-xs"
            style={{ gridTemplateColumns: `2.5rem repeat(${hours.length}, minmax(1.75rem, 1fr))` }}
          >
            <div />
            {hours.map((h) => (
              <div key={h} className="text-center text-slate-500">
                {String(h).padStart(2, "0")}
              </div>
            ))}
            {weekdays.map((w, d) => (
              <HeatRow
                key={w}
                weekday={w}
                cells={hours.map((h) => ({
                  h,
                  revenue: data.heat.revenue[d][h],
                  receipts: data.heat.receipts[d][h],
                }))}
                max={heatMax}
                title={(c) =>
                  `${w} ${hh(c.h)}–${hh((c.h + 1) % 24)}: ${money(c.revenue)}, ${t("table.receipts")}: ${int(c.receipts)}`
                }
              />
            ))}
          </div>
        </div>
        <p className="text-xs text-slate-500">{t("charts.heatLegend")}</p>
      </ChartCard>

      <div className="grid gap-4 lg:grid-cols-2">
        <ChartCard
          t={t}
          title={t("charts.byCashbox")}
          testId="chart-by-cashbox"
          table={
            <ChartTable
              caption={t("charts.byCashbox")}
              head={[t("table.cashbox"), t("table.revenue"), t("table.receipts")]}
              rows={data.byCashbox.map((c) => [c.name, money(c.revenue), int(c.receipts)])}
            />
          }
        >
          <HorizontalBarsChart
            {...common}
            label={t("charts.byCashbox")}
            valueLabel={t("table.revenue")}
            data={data.byCashbox.slice(0, 15).map((c) => ({
              name: c.name,
              value: c.revenue,
              note: `${t("table.receipts")}: ${int(c.receipts)}`,
            }))}
          />
        </ChartCard>

        <ChartCard
          t={t}
          title={t("charts.payments")}
          testId="chart-payments"
          table={
            <ChartTable
              caption={t("charts.payments")}
              head={[t("table.method"), t("table.amount"), t("table.count")]}
              rows={[
                [t("pay.cash"), money(cur.cash), "—"],
                [t("pay.card"), money(cur.card), "—"],
                [t("pay.cashOnly"), "—", int(data.payments.cashOnly)],
                [t("pay.cardOnly"), "—", int(data.payments.cardOnly)],
                [t("pay.mixed"), "—", int(data.payments.mixed)],
              ]}
            />
          }
        >
          <PaymentMixChart {...common} data={paymentData} label={t("charts.payments")} />
        </ChartCard>
      </div>

      <ChartCard
        t={t}
        title={t("charts.topGoods")}
        testId="chart-top-goods"
        table={
          <ChartTable
            caption={t("charts.topGoods")}
            head={[t("table.good"), t("table.quantity"), t("table.revenue")]}
            rows={data.topGoods.map((g) => [
              g.name,
              `${g.quantity.replace(".", locale === "en" ? "." : ",")} ${g.unit}`.trim(),
              money(g.revenue),
            ])}
          />
        }
      >
        {data.topGoods.length === 0 ? (
          <p className="text-sm text-slate-500">{t("charts.noGoods")}</p>
        ) : (
          <HorizontalBarsChart
            {...common}
            label={t("charts.topGoods")}
            valueLabel={t("table.revenue")}
            data={data.topGoods.map((g) => ({
              name: g.name,
              value: g.revenue,
              note: `${g.quantity.replace(".", locale === "en" ? "." : ",")} ${g.unit}`.trim(),
            }))}
          />
        )}
      </ChartCard>
    </div>
  );
}

function HeatRow({
  weekday,
  cells,
  max,
  title,
}: {
  weekday: string;
  cells: { h: number; revenue: number; receipts: number }[];
  max: number;
  title: (c: { h: number; revenue: number; receipts: number }) => string;
}) {
  return (
    <>
      <div className="self-center pr-1 text-slate-600">{weekday}</div>
      {cells.map((c) => {
        const k = Math.max(0, c.revenue) / max;
        return (
          <div
            key={c.h}
            title={title(c)}
            className="h-7 rounded-sm"
            style={{
              backgroundColor: k === 0 ? "#f1f5f9" : `rgba(37, 99, 235, ${(0.12 + 0.88 * k).toFixed(3)})`,
            }}
          />
        );
      })}
    </>
  );
}
