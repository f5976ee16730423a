"use client";
import { useEffect, useRef, useState } from "react";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Input, Select } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { useHydrated } from "@/components/ui/use-hydrated";

type Option = { id: string; name: string };

/**
 * Trade point filter: a plain select for a usual organization; for a chain with more trade points
 * than fit in a select, a combobox that asks the server for matching names.
 */
export function TradePointFilter({
  id,
  options,
  selected,
  value,
  onChange,
}: {
  id: string;
  options: Option[] | null;
  selected: Option | null;
  value: string | null;
  onChange: (tp: string | null) => void;
}) {
  const t = useTranslations("cashboxes.list");
  const hydrated = useHydrated();
  return (
    <div className="w-full space-y-1 sm:w-auto">
      <label htmlFor={id} className="block text-xs font-medium text-slate-600">
        {t("tradePointFilter")}
      </label>
      {options ? (
        <Select
          id={id}
          disabled={!hydrated}
          value={value ?? ""}
          onChange={(e) => onChange(e.target.value || null)}
          className="sm:w-48"
        >
          <option value="">{t("any")}</option>
          {options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
          {/* a foreign or unknown id in the URL: keep it visible so the empty result makes sense */}
          {value && !options.some((o) => o.id === value) ? <option value={value}>—</option> : null}
        </Select>
      ) : (
        <TradePointCombobox id={id} selected={selected} onChange={onChange} />
      )}
    </div>
  );
}

function TradePointCombobox({
  id,
  selected,
  onChange,
}: {
  id: string;
  selected: Option | null;
  onChange: (tp: string | null) => void;
}) {
  const t = useTranslations("cashboxes.list");
  const [text, setText] = useState(selected?.name ?? "");
  const [items, setItems] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    if (!open) return;
    const n = ++seq.current;
    const timer = setTimeout(async () => {
      const res = await fetch(`/api/cabinet/cashboxes/trade-point-options?q=${encodeURIComponent(text)}`);
      if (!res.ok || n !== seq.current) return;
      setItems(((await res.json()) as { items: Option[] }).items);
      setActive(0);
    }, 250);
    return () => clearTimeout(timer);
  }, [text, open]);

  const choose = (o: Option) => {
    setText(o.name);
    setOpen(false);
    onChange(o.id);
  };
  const listId = `${id}-list`;
  return (
    <div className="relative sm:w-64">
      <Input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && items[active] ? `${listId}-${active}` : undefined}
        placeholder={t("tradePointSearch")}
        value={text}
        className="pr-9"
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown") setActive((a) => Math.min(a + 1, items.length - 1));
          else if (e.key === "ArrowUp") setActive((a) => Math.max(a - 1, 0));
          else if (e.key === "Enter" && open && items[active]) {
            e.preventDefault();
            choose(items[active]);
          } else if (e.key === "Escape") setOpen(false);
          else return;
          e.preventDefault();
        }}
      />
      {selected ? (
        <button
          type="button"
          aria-label={t("resetFilters")}
          className="absolute right-2 top-1/2 -translate-y-1/2 rounded p-1 text-slate-500 hover:bg-slate-100"
          onClick={() => {
            setText("");
            onChange(null);
          }}
        >
          <X className="h-4 w-4" aria-hidden />
        </button>
      ) : null}
      {open ? (
        <ul
          id={listId}
          role="listbox"
          className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-slate-200 bg-white py-1 shadow-lg"
        >
          {items.length === 0 ? (
            <li className="px-3 py-2 text-sm text-slate-500">{t("tradePointNone")}</li>
          ) : null}
          {items.map((o, i) => (
            <li
              key={o.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={cn("cursor-pointer px-3 py-2 text-sm", i === active && "bg-brand-50")}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(o);
              }}
            >
              {o.name}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
