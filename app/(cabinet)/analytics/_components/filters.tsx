"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import {
  applyFilterChanges,
  FilterActions,
  FilterBar,
  FilterDateRange,
  FilterSubmit,
  PlacePickers,
  useFilterNavigation,
  type FilterChanges,
} from "@/components/filter-bar";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/cn";
import { PERIOD_KEYS, type Period } from "@/lib/analytics/period";

interface Props {
  period: Period;
  filters: { tradePointId: string | null; cashboxId: string | null };
  tradePoints: { id: string; name: string }[];
  cashboxes: { id: string; name: string; tradePointId: string }[];
}

/** the URL's keys in their order: ?period=&from=&to=&tp=&cb= */
const ORDER = ["period", "from", "to", "tp", "cb"] as const;

/** Period and filters; all of it lives in the URL (?period=&from=&to=&tp=&cb=). */
export function AnalyticsFilters({ period, filters, tradePoints, cashboxes }: Props) {
  const t = useTranslations("analytics");
  const { go, pending } = useFilterNavigation("/analytics");
  // the period buttons and the selects work through React only: not usable until hydrated
  const hydrated = useHydrated();
  const [custom, setCustom] = useState(period.key === "custom");
  const [range, setRange] = useState({ from: period.from, to: period.to });

  // the state on screen: the period always, its dates only when custom
  const current = applyFilterChanges(
    "",
    {
      period: period.key,
      ...(period.key === "custom" ? { from: period.from, to: period.to } : {}),
      tp: filters.tradePointId,
      cb: filters.cashboxId,
    },
    ORDER,
  );
  const change = (changes: FilterChanges) => go(applyFilterChanges(current, changes, ORDER));

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
              disabled={!hydrated}
              onClick={() => {
                if (key === "custom") setCustom(true);
                else {
                  setCustom(false);
                  change({ period: key, from: null, to: null });
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
        <FilterBar className="mb-0" onSubmit={() => change({ period: "custom", ...range })}>
          <FilterDateRange
            idPrefix="a"
            labels={{ from: t("period.from"), to: t("period.to") }}
            from={range.from}
            to={range.to}
            onChange={setRange}
            required
          />
          <FilterActions>
            <FilterSubmit label={t("period.apply")} />
          </FilterActions>
        </FilterBar>
      ) : null}
      <FilterBar className="mb-0">
        <PlacePickers
          ids={{ tradePoint: "a-tp", cashbox: "a-cb" }}
          labels={{ tradePoint: t("filters.tradePoint"), cashbox: t("filters.cashbox") }}
          any={t("filters.all")}
          tradePoints={tradePoints}
          cashboxes={cashboxes}
          value={{ tradePoint: filters.tradePointId, cashbox: filters.cashboxId }}
          onChange={(v) => change({ tp: v.tradePoint, cb: v.cashbox })}
        />
      </FilterBar>
    </section>
  );
}
