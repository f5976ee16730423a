"use client";
import { useId } from "react";
import { useTranslations } from "next-intl";
import {
  CashboxPicker,
  FilterActions,
  FilterBar,
  FilterDateRange,
  FilterInput,
  FilterReset,
  FilterSelect,
  FilterSubmit,
  formFilters,
  type FilterInputProps,
} from "@/components/filter-bar";
import { MAX_ITEM_QUERY, PAYMENT_KINDS, RECEIPT_TYPES } from "@/lib/receipts/params";

export interface FilterValues {
  number: string;
  from: string;
  to: string;
  min: string;
  max: string;
  cashbox: string;
  pay: string;
  type: string;
  item: string;
}

const FIELDS = ["number", "from", "to", "min", "max", "cashbox", "pay", "type", "item"] as const;

/**
 * The search form: a plain GET form (works before hydration); with JS it navigates client-side.
 * Empty fields are left out of the URL.
 */
export function ReceiptFilters({
  values,
  cashboxes,
  filtered,
  onSearch,
}: {
  values: FilterValues;
  cashboxes: { id: string; name: string }[];
  filtered: boolean;
  onSearch: (query: string) => void;
}) {
  const t = useTranslations("receipts");
  const id = useId();
  const field = (key: "number" | "min" | "max" | "item", props: Partial<FilterInputProps>) => (
    <FilterInput
      id={`${id}-${key}`}
      label={t(`search.${key}`)}
      name={key}
      defaultValue={values[key]}
      {...props}
    />
  );
  const amount = { inputMode: "decimal", maxLength: 16 } as const;
  const choice = (key: "pay" | "type", kinds: readonly string[], labels: "pay" | "types") => (
    <FilterSelect
      id={`${id}-${key}`}
      label={t(`search.${key}`)}
      size="half"
      any={t("search.any")}
      options={kinds.map((k) => ({ value: k, label: t(`${labels}.${k}` as "pay.cash") }))}
      name={key}
      defaultValue={values[key]}
    />
  );
  return (
    <FilterBar
      search
      action="/receipts"
      onSubmit={(form) => onSearch(formFilters(new FormData(form), FIELDS).toString())}
    >
      {field("number", {
        size: "wide",
        inputMode: "numeric",
        pattern: "[0-9]*",
        maxLength: 10,
      })}
      <FilterDateRange
        idPrefix={id}
        labels={{ from: t("search.from"), to: t("search.to") }}
        from={values.from}
        to={values.to}
      />
      {field("min", amount)}
      {field("max", amount)}
      {field("item", {
        size: "wide",
        type: "search",
        maxLength: MAX_ITEM_QUERY,
        placeholder: t("search.itemPlaceholder"),
      })}
      <CashboxPicker
        id={`${id}-cashbox`}
        label={t("search.cashbox")}
        any={t("search.any")}
        cashboxes={cashboxes}
        name="cashbox"
        defaultValue={values.cashbox}
      />
      {choice("pay", PAYMENT_KINDS, "pay")}
      {choice("type", RECEIPT_TYPES, "types")}
      <FilterActions>
        <FilterSubmit label={t("search.find")} icon />
        {filtered ? <FilterReset href="/receipts" label={t("search.reset")} /> : null}
      </FilterActions>
    </FilterBar>
  );
}
