"use client";

import { useState, useTransition } from "react";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { PERIOD_KEYS, type Period, type PeriodKey } from "@/lib/analytics/period";

interface Props {
  period: Period;
  filters: { tradePointId: string | null; cashboxId: string | null };
  tradePoints: { id: string; name: string }[];
  cashboxes: { id: string; name: string; tradePointId: string }[];
}

/** Period and filters; all of it lives in the URL (?period=&from=&to=&tp=&cb=). */
export function AnalyticsFilters({ period, filters, tradePoints, cashboxes }: Props) {
  const t = useTranslations("analytics");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [custom, setCustom] = useState(period.key === "custom");
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);

  const go = (over: {
    period?: PeriodKey;
    from?: string;
    to?: string;
    tp?: string | null;
    cb?: string | null;
  }) => {
    const key = over.period ?? period.key;
    const params = new URLSearchParams();
    params.set("period", key);
    if (key === "custom") {
      params.set("from", over.from ?? period.from);
      params.set("to", over.to ?? period.to);
    }
    const tp = over.tp !== undefined ? over.tp : filters.tradePointId;
    const cb = over.cb !== undefined ? over.cb : filters.cashboxId;
    if (tp) params.set("tp", tp);
    if (cb) params.set("cb", cb);
    startTransition(() => router.push(`${pathname}?${params.toString()}`));
  };

  const shownCashboxes = filters.tradePointId
    ? cashboxes.filter((c) => c.tradePointId === filters.tradePointId)
    : cashboxes;
  const label = "mb-1 block text-sm font-medium text-slate-700";

  return (
    <section
      aria-label={t("filters.legend")}
      aria-busy={pending}
      className="space-y-3 rounded-lg border border-slate-200 bg-white p-4"
      data-testid="analytics-filters"
    >
      <div role="group" aria-label={t("period.label")} className="flex flex-wrap gap-2">
        {PERIOD_KEYS.map((key) => {
          const active = key === "custom" ? custom : !custom && period.key === key;
          return (
            <button
              key={key}
              type="button"
              aria-pressed={active}
              onClick={() => {
                if (key === "custom") setCustom(true);
                else {
                  setCustom(false);
                  go({ period: key });
                }
              }}
              className={cn(
                "h-9 rounded-md border px-3 text-sm font-medium transition-colors",
                active
                  ? "border-brand-600 bg-brand-600 text-white"
                  : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
              )}
            >
              {t(`period.${key}`)}
            </button>
          );
        })}
        {pending ? (
          <span role="status" className="self-center text-sm text-slate-500">
            {t("loading")}
          </span>
        ) : null}
      </div>
      {custom ? (
        <form
          className="flex flex-wrap items-end gap-3"
          onSubmit={(e) => {
            e.preventDefault();
            go({ period: "custom", from, to });
          }}
        >
          <div>
            <label htmlFor="a-from" className={label}>
              {t("period.from")}
            </label>
            <input
              id="a-from"
              type="date"
              required
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              className={cn(inputClass, "w-44")}
            />
          </div>
          <div>
            <label htmlFor="a-to" className={label}>
              {t("period.to")}
            </label>
            <input
              id="a-to"
              type="date"
              required
              value={to}
              onChange={(e) => setTo(e.target.value)}
              className={cn(inputClass, "w-44")}
            />
          </div>
          <Button type="submit">{t("period.apply")}</Button>
        </form>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2 lg:max-w-2xl">
        <div>
          <label htmlFor="a-tp" className={label}>
            {t("filters.tradePoint")}
          </label>
          <select
            id="a-tp"
            value={filters.tradePointId ?? ""}
            onChange={(e) => go({ tp: e.target.value || null, cb: null })}
            className={inputClass}
          >
            <option value="">{t("filters.all")}</option>
            {tradePoints.map((tp) => (
              <option key={tp.id} value={tp.id}>
                {tp.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="a-cb" className={label}>
            {t("filters.cashbox")}
          </label>
          <select
            id="a-cb"
            value={filters.cashboxId ?? ""}
            onChange={(e) => go({ cb: e.target.value || null })}
            className={inputClass}
          >
            <option value="">{t("filters.all")}</option>
            {shownCashboxes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
      </div>
    </section>
  );
}
