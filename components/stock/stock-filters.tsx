"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input-class";
import { cn } from "@/lib/cn";
import { STOCK_FILTERS, STOCK_SORTS, type TFindStockQuery } from "@/lib/stock/schemas";

/** The «Остатки» filter bar: a plain GET form, so the state lives in the URL and works without JS. */
export function StockFilters({
  params,
  tradePoints,
}: {
  params: TFindStockQuery & { tp: string };
  tradePoints: { id: string; name: string }[];
}) {
  const t = useTranslations("stock");
  const label = "mb-1 block text-xs font-medium text-slate-600";
  return (
    <form action="/stock" method="get" className="mb-4 flex flex-wrap items-end gap-3" role="search">
      <div className="w-56">
        <label htmlFor="stock-tp" className={label}>
          {t("tradePoint")}
        </label>
        <select id="stock-tp" name="tp" defaultValue={params.tp} className={cn(inputClass, "pr-8")}>
          {tradePoints.map((tp) => (
            <option key={tp.id} value={tp.id}>
              {tp.name}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 flex-1 basis-56">
        <label htmlFor="stock-q" className={label}>
          {t("searchLabel")}
        </label>
        <input
          id="stock-q"
          name="q"
          type="search"
          defaultValue={params.q ?? ""}
          placeholder={t("searchPlaceholder")}
          className={inputClass}
          autoComplete="off"
        />
      </div>
      <div className="w-44">
        <label htmlFor="stock-filter" className={label}>
          {t("filterLabel")}
        </label>
        <select
          id="stock-filter"
          name="filter"
          defaultValue={params.filter}
          className={cn(inputClass, "pr-8")}
        >
          {STOCK_FILTERS.map((x) => (
            <option key={x} value={x}>
              {t(`filter.${x}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="w-56">
        <label htmlFor="stock-sort" className={label}>
          {t("sortLabel")}
        </label>
        <select id="stock-sort" name="sort" defaultValue={params.sort} className={cn(inputClass, "pr-8")}>
          {STOCK_SORTS.map((x) => (
            <option key={x} value={x}>
              {t(`sort.${x}`)}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit">{t("apply")}</Button>
    </form>
  );
}
