"use client";
import { useId } from "react";
import Link from "next/link";
import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { useHydrated } from "@/components/ui/use-hydrated";
import {
  CASHBOX_SORTS,
  hasFilters,
  listHref,
  listParamsToSearch,
  MAX_QUERY_LENGTH,
  type CashboxListParams,
  type CashboxSort,
  type SortDir,
} from "@/lib/cashboxes/list-params";
import {
  OPERATIONAL_STATES,
  PRIMARY_BADGES,
  primaryBadge,
  type OperationalState,
  type PrimaryBadgeKind,
} from "@/lib/cashboxes/status";
import type { Country } from "@/lib/locale/country";
import { TradePointFilter } from "./trade-point-filter";

/** The column title of a sort key (`cashboxes` namespace). */
export function sortLabelKey(sort: CashboxSort, country: Country): string {
  if (sort === "registrationNumber")
    return country === "KZ" ? "list.columns.registrationNumberKz" : "list.columns.registrationNumberRu";
  return `list.columns.${sort}`;
}

export function CashboxFilters({
  params,
  country,
  tradePoints,
  selectedTradePoint,
  navigate,
}: {
  params: CashboxListParams;
  country: Country;
  tradePoints: { id: string; name: string }[] | null;
  selectedTradePoint: { id: string; name: string } | null;
  navigate: (changes: Partial<CashboxListParams>) => void;
}) {
  const t = useTranslations("cashboxes");
  const id = useId();
  // the selects navigate through React: not usable until hydrated (an earlier change would be lost)
  const hydrated = useHydrated();
  // The search is a plain GET form (works before hydration); with JS it navigates client-side.
  const hidden = Object.fromEntries(listParamsToSearch({ ...params, q: "", page: 1 }));
  return (
    <div className="mb-4 flex flex-wrap items-end gap-3">
      <form
        role="search"
        action="/cashboxes"
        method="get"
        className="flex min-w-0 basis-full gap-2 xl:basis-[22rem]"
        onSubmit={(e) => {
          e.preventDefault();
          const q = String(new FormData(e.currentTarget).get("q") ?? "").trim();
          navigate({ q });
        }}
      >
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <div className="relative min-w-0 flex-1">
          <Search
            className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-500"
            aria-hidden
          />
          <Input
            key={params.q}
            type="search"
            name="q"
            defaultValue={params.q}
            placeholder={t("list.searchPlaceholder")}
            aria-label={t("list.searchLabel")}
            maxLength={MAX_QUERY_LENGTH}
            className="pl-9"
          />
        </div>
        <Button type="submit" variant="secondary">
          {t("list.find")}
        </Button>
      </form>

      <div className="w-full space-y-1 sm:w-auto">
        <label htmlFor={`${id}-status`} className="block text-xs font-medium text-slate-600">
          {t("list.statusFilter")}
        </label>
        <Select
          id={`${id}-status`}
          disabled={!hydrated}
          value={params.status.length === 1 ? params.status[0] : ""}
          onChange={(e) => navigate({ status: e.target.value ? [e.target.value as PrimaryBadgeKind] : [] })}
          className="sm:w-44"
        >
          <option value="">{t("list.any")}</option>
          {/* the ОФД-period badges exist only where a third-party ОФД can (KZ) */}
          {PRIMARY_BADGES.filter((k) => country === "KZ" || !k.startsWith("OFD_")).map((k) => (
            <option key={k} value={k}>
              {t(primaryBadge(k, country).labelKey)}
            </option>
          ))}
          {params.status.length > 1 ? (
            <option value={params.status.join(",")}>
              {params.status.map((k) => t(primaryBadge(k, country).labelKey)).join(", ")}
            </option>
          ) : null}
        </Select>
      </div>

      <div className="w-full space-y-1 sm:w-auto">
        <label htmlFor={`${id}-state`} className="block text-xs font-medium text-slate-600">
          {t("list.stateFilter")}
        </label>
        <Select
          id={`${id}-state`}
          disabled={!hydrated}
          value={params.state.length === 1 ? params.state[0] : ""}
          onChange={(e) => navigate({ state: e.target.value ? [e.target.value as OperationalState] : [] })}
          className="sm:w-44"
        >
          <option value="">{t("list.any")}</option>
          {OPERATIONAL_STATES.map((s) => (
            <option key={s} value={s}>
              {s === "ACTIVE" ? t("list.stateActive") : t(`stateMessage.${s}`)}
            </option>
          ))}
        </Select>
      </div>

      <TradePointFilter
        id={`${id}-tp`}
        options={tradePoints}
        selected={selectedTradePoint}
        value={params.tp}
        onChange={(tp) => navigate({ tp })}
      />

      <div className="w-full space-y-1 sm:w-auto md:hidden">
        <label htmlFor={`${id}-sort`} className="block text-xs font-medium text-slate-600">
          {t("list.sort")}
        </label>
        <Select
          id={`${id}-sort`}
          disabled={!hydrated}
          value={`${params.sort}:${params.dir}`}
          onChange={(e) => {
            const [sort, dir] = e.target.value.split(":") as [CashboxSort, SortDir];
            navigate({ sort, dir });
          }}
        >
          {CASHBOX_SORTS.flatMap((s) =>
            (["asc", "desc"] as const).map((d) => (
              <option key={`${s}:${d}`} value={`${s}:${d}`}>
                {`${t(sortLabelKey(s, country))} ${d === "asc" ? "↑" : "↓"}`}
              </option>
            )),
          )}
        </Select>
      </div>

      {hasFilters(params) ? (
        <Link
          href={listHref({ sort: params.sort, dir: params.dir })}
          className="inline-flex h-10 items-center gap-1 rounded-md px-3 text-sm font-medium text-brand-700 hover:bg-brand-50"
        >
          <X className="h-4 w-4" aria-hidden />
          {t("list.resetFilters")}
        </Link>
      ) : null}
    </div>
  );
}
