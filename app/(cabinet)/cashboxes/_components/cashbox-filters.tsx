"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import {
  FilterBar,
  FilterInput,
  FilterReset,
  FilterSelect,
  FilterSubmit,
  TradePointPicker,
} from "@/components/filter-bar";
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
  const badge = (k: PrimaryBadgeKind) => t(primaryBadge(k, country).labelKey);
  // The search is the bar's GET form (works before hydration, carries the other filters); with JS
  // it navigates client-side. The selects navigate through React (disabled until hydrated).
  return (
    <FilterBar
      search
      action="/cashboxes"
      hidden={Object.fromEntries(listParamsToSearch({ ...params, q: "", page: 1 }))}
      onSubmit={(form) => navigate({ q: String(new FormData(form).get("q") ?? "").trim() })}
    >
      <FilterInput
        key={params.q}
        id={`${id}-q`}
        label={t("list.searchLabel")}
        hideLabel
        size="grow"
        fieldClassName="xl:max-w-[22rem]"
        icon
        type="search"
        name="q"
        defaultValue={params.q}
        placeholder={t("list.searchPlaceholder")}
        maxLength={MAX_QUERY_LENGTH}
        addon={<FilterSubmit label={t("list.find")} variant="secondary" />}
      />
      <FilterSelect
        id={`${id}-status`}
        label={t("list.statusFilter")}
        any={t("list.any")}
        // the ОФД-period badges exist only where a third-party ОФД can (KZ)
        options={PRIMARY_BADGES.filter((k) => country === "KZ" || !k.startsWith("OFD_")).map((k) => ({
          value: k,
          label: badge(k),
        }))}
        // several statuses (a link from the dashboard): shown as one option
        value={params.status.join(",")}
        unknownLabel={params.status.map(badge).join(", ")}
        onChange={(v) => navigate({ status: v ? [v as PrimaryBadgeKind] : [] })}
      />
      <FilterSelect
        id={`${id}-state`}
        label={t("list.stateFilter")}
        any={t("list.any")}
        options={OPERATIONAL_STATES.map((s) => ({
          value: s,
          label: s === "ACTIVE" ? t("list.stateActive") : t(`stateMessage.${s}`),
        }))}
        value={params.state.length === 1 ? params.state[0] : ""}
        onChange={(v) => navigate({ state: v ? [v as OperationalState] : [] })}
      />
      <TradePointPicker
        id={`${id}-tp`}
        label={t("list.tradePointFilter")}
        any={t("list.any")}
        options={tradePoints}
        value={params.tp ?? ""}
        onChange={(tp) => navigate({ tp })}
        search={{
          url: "/api/cabinet/cashboxes/trade-point-options",
          selected: selectedTradePoint,
          placeholder: t("list.tradePointSearch"),
          none: t("list.tradePointNone"),
          clear: t("list.resetFilters"),
        }}
      />
      <FilterSelect
        id={`${id}-sort`}
        label={t("list.sort")}
        fieldClassName="md:hidden"
        options={CASHBOX_SORTS.flatMap((s) =>
          (["asc", "desc"] as const).map((d) => ({
            value: `${s}:${d}`,
            label: `${t(sortLabelKey(s, country))} ${d === "asc" ? "↑" : "↓"}`,
          })),
        )}
        value={`${params.sort}:${params.dir}`}
        onChange={(v) => {
          const [sort, dir] = v.split(":") as [CashboxSort, SortDir];
          navigate({ sort, dir });
        }}
      />
      {hasFilters(params) ? (
        <FilterReset href={listHref({ sort: params.sort, dir: params.dir })} label={t("list.resetFilters")} />
      ) : null}
    </FilterBar>
  );
}
