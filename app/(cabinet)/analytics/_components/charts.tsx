"use client";

import { useHydrated } from "@/components/ui/use-hydrated";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Pie,
  PieChart,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { Country } from "@/lib/locale/country";
import { formatDay } from "@/lib/analytics/format";
import { formatCompactMoney, formatInt, formatMoney } from "@/lib/locale/money";

interface Common {
  country: Country;
  locale: string;
  compact: { thousand: string; million: string; billion: string };
}

/** Charts are drawn in the browser only (they measure their box); the server leaves a box of the same height. */

function Frame({ height, children, label }: { height: number; children: React.ReactNode; label: string }) {
  const mounted = useHydrated();
  return (
    <div style={{ height }} className="w-full" role="img" aria-label={label}>
      {mounted ? (
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 600, height }}>
          {children as React.ReactElement}
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}

const BRAND = "#2563eb";
const tooltipStyle = { borderRadius: 8, border: "1px solid #e2e8f0", fontSize: 13 };

export function RevenueByDayChart({
  data,
  label,
  revenueLabel,
  receiptsLabel,
  ...c
}: Common & {
  data: { day: string; revenue: number; receipts: number }[];
  label: string;
  revenueLabel: string;
  receiptsLabel: string;
}) {
  return (
    <Frame height={260} label={label}>
      <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
        <XAxis
          dataKey="day"
          tickFormatter={(d: string) => formatDay(d, c.locale, true)}
          tick={{ fontSize: 12 }}
          minTickGap={12}
        />
        <YAxis
          width={84}
          tick={{ fontSize: 12 }}
          tickFormatter={(v: number) => formatCompactMoney(v, c.country, c.locale, c.compact)}
        />
        <Tooltip
          contentStyle={tooltipStyle}
          labelFormatter={(d) => formatDay(String(d), c.locale)}
          formatter={(v, _n, item) => [
            `${formatMoney(Number(v), c.country, c.locale)} · ${receiptsLabel}: ${formatInt(
              (item?.payload as { receipts: number }).receipts,
              c.locale,
            )}`,
            revenueLabel,
          ]}
        />
        <Bar dataKey="revenue" fill={BRAND} radius={[3, 3, 0, 0]} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

export function HorizontalBarsChart({
  data,
  label,
  valueLabel,
  ...c
}: Common & { data: { name: string; value: number; note?: string }[]; label: string; valueLabel: string }) {
  const height = Math.max(120, data.length * 34 + 40);
  return (
    <Frame height={height} label={label}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e2e8f0" />
        <XAxis
          type="number"
          tick={{ fontSize: 12 }}
          tickFormatter={(v: number) => formatCompactMoney(v, c.country, c.locale, c.compact)}
        />
        <YAxis
          type="category"
          dataKey="name"
          width={130}
          tick={{ fontSize: 12 }}
          tickFormatter={(s: string) => (s.length > 18 ? `${s.slice(0, 17)}…` : s)}
        />
        <Tooltip
          contentStyle={tooltipStyle}
          formatter={(v, _n, item) => {
            const note = (item?.payload as { note?: string }).note;
            return [`${formatMoney(Number(v), c.country, c.locale)}${note ? ` · ${note}` : ""}`, valueLabel];
          }}
        />
        <Bar dataKey="value" fill={BRAND} radius={[0, 3, 3, 0]} isAnimationActive={false} />
      </BarChart>
    </Frame>
  );
}

const PIE_COLORS = ["#16a34a", "#2563eb"];

export function PaymentMixChart({
  data,
  label,
  ...c
}: Common & { data: { name: string; value: number }[]; label: string }) {
  const total = data.reduce((s, d) => s + Math.max(0, d.value), 0);
  return (
    <Frame height={240} label={label}>
      <PieChart>
        <Pie
          data={data}
          dataKey="value"
          nameKey="name"
          innerRadius={55}
          outerRadius={90}
          isAnimationActive={false}
          label={({ name, value }) =>
            total > 0 ? `${name} ${Math.round((Number(value) / total) * 100)}%` : String(name)
          }
        >
          {data.map((d, i) => (
            <Cell key={d.name} fill={PIE_COLORS[i % PIE_COLORS.length]} />
          ))}
        </Pie>
        <Tooltip
          contentStyle={tooltipStyle}
          formatter={(v, n) => [formatMoney(Number(v), c.country, c.locale), n]}
        />
      </PieChart>
    </Frame>
  );
}
