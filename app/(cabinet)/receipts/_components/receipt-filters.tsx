"use client";
import { useId } from "react";
import Link from "next/link";
import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
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
  const label = "block text-xs font-medium text-slate-600";
  return (
    <form
      role="search"
      action="/receipts"
      method="get"
      className="mb-4 grid grid-cols-2 gap-3 sm:grid-cols-4 xl:grid-cols-6"
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const q = new URLSearchParams();
        for (const k of FIELDS) {
          const v = String(data.get(k) ?? "").trim();
          if (v) q.set(k, v);
        }
        onSearch(q.toString());
      }}
    >
      <div className="col-span-2 space-y-1 sm:col-span-1">
        <label htmlFor={`${id}-number`} className={label}>
          {t("search.number")}
        </label>
        <Input
          id={`${id}-number`}
          name="number"
          inputMode="numeric"
          pattern="[0-9]*"
          maxLength={10}
          defaultValue={values.number}
        />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-from`} className={label}>
          {t("search.from")}
        </label>
        <Input id={`${id}-from`} name="from" type="date" defaultValue={values.from} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-to`} className={label}>
          {t("search.to")}
        </label>
        <Input id={`${id}-to`} name="to" type="date" defaultValue={values.to} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-min`} className={label}>
          {t("search.min")}
        </label>
        <Input id={`${id}-min`} name="min" inputMode="decimal" maxLength={16} defaultValue={values.min} />
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-max`} className={label}>
          {t("search.max")}
        </label>
        <Input id={`${id}-max`} name="max" inputMode="decimal" maxLength={16} defaultValue={values.max} />
      </div>
      <div className="col-span-2 space-y-1 sm:col-span-1">
        <label htmlFor={`${id}-item`} className={label}>
          {t("search.item")}
        </label>
        <Input
          id={`${id}-item`}
          name="item"
          type="search"
          maxLength={MAX_ITEM_QUERY}
          placeholder={t("search.itemPlaceholder")}
          defaultValue={values.item}
        />
      </div>
      <div className="col-span-2 space-y-1 sm:col-span-1">
        <label htmlFor={`${id}-cashbox`} className={label}>
          {t("search.cashbox")}
        </label>
        <Select id={`${id}-cashbox`} name="cashbox" defaultValue={values.cashbox}>
          <option value="">{t("search.any")}</option>
          {cashboxes.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-pay`} className={label}>
          {t("search.pay")}
        </label>
        <Select id={`${id}-pay`} name="pay" defaultValue={values.pay}>
          <option value="">{t("search.any")}</option>
          {PAYMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`pay.${k}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-type`} className={label}>
          {t("search.type")}
        </label>
        <Select id={`${id}-type`} name="type" defaultValue={values.type}>
          <option value="">{t("search.any")}</option>
          {RECEIPT_TYPES.map((k) => (
            <option key={k} value={k}>
              {t(`types.${k}`)}
            </option>
          ))}
        </Select>
      </div>
      <div className="col-span-2 flex items-end gap-2 sm:col-span-2">
        <Button type="submit">
          <Search className="h-4 w-4" aria-hidden />
          {t("search.find")}
        </Button>
        {filtered ? (
          <Link
            href="/receipts"
            className="inline-flex h-10 items-center gap-1 rounded-md px-3 text-sm font-medium text-brand-700 hover:bg-brand-50"
          >
            <X className="h-4 w-4" aria-hidden />
            {t("search.reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
