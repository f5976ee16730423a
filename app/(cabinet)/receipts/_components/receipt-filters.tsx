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
  const amount = (key: "min" | "max") => (
    <FilterInput
      id={`${id}-${key}`}
      label={t(`search.${key}`)}
      name={key}
      inputMode="decimal"
      maxLength={16}
      defaultValue={values[key]}
    />
  );
  return (
    <FilterBar
      search
      action="/receipts"
      onSubmit={(form) => onSearch(formFilters(new FormData(form), FIELDS).toString())}
    >
      <FilterInput
        id={`${id}-number`}
        label={t("search.number")}
        size="wide"
        fieldClassName="sm:w-36"
        name="number"
        inputMode="numeric"
        pattern="[0-9]*"
        maxLength={10}
        defaultValue={values.number}
      />
      <FilterDateRange
        idPrefix={id}
        labels={{ from: t("search.from"), to: t("search.to") }}
        from={values.from}
        to={values.to}
      />
      {amount("min")}
      {amount("max")}
      <FilterInput
        id={`${id}-item`}
        label={t("search.item")}
        size="wide"
        name="item"
        type="search"
        maxLength={MAX_ITEM_QUERY}
        placeholder={t("search.itemPlaceholder")}
        defaultValue={values.item}
      />
      <CashboxPicker
        id={`${id}-cashbox`}
        label={t("search.cashbox")}
        any={t("search.any")}
        cashboxes={cashboxes}
        name="cashbox"
        defaultValue={values.cashbox}
      />
      <FilterSelect
        id={`${id}-pay`}
        label={t("search.pay")}
        size="half"
        any={t("search.any")}
        options={PAYMENT_KINDS.map((k) => ({ value: k, label: t(`pay.${k}`) }))}
        name="pay"
        defaultValue={values.pay}
      />
      <FilterSelect
        id={`${id}-type`}
        label={t("search.type")}
        size="half"
        any={t("search.any")}
        options={RECEIPT_TYPES.map((k) => ({ value: k, label: t(`types.${k}`) }))}
        name="type"
        defaultValue={values.type}
      />
      <FilterActions>
        <FilterSubmit label={t("search.find")} icon />
        {filtered ? <FilterReset href="/receipts" label={t("search.reset")} /> : null}
      </FilterActions>
    </FilterBar>
  );
}
