"use client";
// Trade point and cashbox pickers: selects of the organization's trade points / cashboxes; for a
// chain with more trade points than fit in a select, a combobox that asks the server for names.
import { useEffect, useRef, useState } from "react";
import { X } from "lucide-react";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { FilterField } from "./filter-bar";
import { FilterSelect } from "./controls";
import { namedOptions } from "./url-state";

type Option = { id: string; name: string };
/** a GET form's field, or a control that navigates (disabled until hydrated) */
type Binding =
  | { name: string; defaultValue: string; value?: never; onChange?: never }
  | { value: string; onChange: (id: string | null) => void; name?: never; defaultValue?: never };

function binding(b: Binding) {
  return b.onChange
    ? { value: b.value, onChange: (v: string) => b.onChange(v || null) }
    : { name: b.name, defaultValue: b.defaultValue };
}

export type TradePointPickerProps = {
  id: string;
  label: string;
  /** «Все», «Любая» */
  any: string;
  /** null: too many for a select — a combobox searching `search.url` */
  options: readonly Option[] | null;
  className?: string;
  search?: ComboboxTexts & { url: string; selected: Option | null };
} & Binding;

export function TradePointPicker(props: TradePointPickerProps) {
  const { id, label, any, options, className, search } = props;
  if (options || !search || !props.onChange) {
    return (
      <FilterSelect
        id={id}
        label={label}
        any={any}
        options={namedOptions(options ?? [])}
        className={className}
        {...binding(props)}
      />
    );
  }
  return (
    <FilterField id={id} label={label} className="sm:w-64">
      <NameCombobox id={id} {...search} onChange={props.onChange} />
    </FilterField>
  );
}

/** The cashboxes, or only those of `tradePointId` when one is chosen. */
export function CashboxPicker(
  props: {
    id: string;
    label: string;
    any: string;
    cashboxes: readonly (Option & { tradePointId?: string })[];
    tradePointId?: string | null;
    className?: string;
  } & Binding,
) {
  const { id, label, any, cashboxes, tradePointId, className } = props;
  const shown = tradePointId ? cashboxes.filter((c) => c.tradePointId === tradePointId) : cashboxes;
  return (
    <FilterSelect
      id={id}
      label={label}
      any={any}
      options={namedOptions(shown)}
      className={className}
      {...binding(props)}
    />
  );
}

type Place = "tradePoint" | "cashbox";

/**
 * A trade point and a cashbox picker side by side. Controlled (`onChange`): choosing a trade point
 * clears the cashbox (it may stand elsewhere) and narrows the cashbox list to that point. In a GET
 * form (`names`): both are plain fields.
 */
export function PlacePickers({
  ids,
  labels,
  any,
  tradePoints,
  cashboxes,
  value,
  names,
  onChange,
}: {
  ids: Record<Place, string>;
  labels: Record<Place, string>;
  any: string;
  tradePoints: readonly Option[];
  cashboxes: readonly (Option & { tradePointId?: string })[];
  value: Record<Place, string | null>;
} & (
  | { names: Record<Place, string>; onChange?: never }
  | { onChange: (next: Record<Place, string | null>) => void; names?: never }
)) {
  const bind = (place: Place): Binding =>
    onChange
      ? {
          value: value[place] ?? "",
          onChange: (id) =>
            onChange(place === "tradePoint" ? { tradePoint: id, cashbox: null } : { ...value, cashbox: id }),
        }
      : { name: names[place], defaultValue: value[place] ?? "" };
  return (
    <>
      <TradePointPicker
        id={ids.tradePoint}
        label={labels.tradePoint}
        any={any}
        options={tradePoints}
        {...bind("tradePoint")}
      />
      <CashboxPicker
        id={ids.cashbox}
        label={labels.cashbox}
        any={any}
        cashboxes={cashboxes}
        tradePointId={onChange ? value.tradePoint : null}
        {...bind("cashbox")}
      />
    </>
  );
}

interface ComboboxTexts {
  placeholder: string;
  none: string;
  clear: string;
}

function NameCombobox({
  id,
  url,
  selected,
  placeholder,
  none,
  clear,
  onChange,
}: ComboboxTexts & {
  id: string;
  url: string;
  selected: Option | null;
  onChange: (id: string | null) => void;
}) {
  const [text, setText] = useState(selected?.name ?? "");
  const [items, setItems] = useState<Option[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const seq = useRef(0);

  useEffect(() => {
    if (!open) return;
    const n = ++seq.current;
    const timer = setTimeout(async () => {
      const res = await fetch(`${url}?q=${encodeURIComponent(text)}`);
      if (!res.ok || n !== seq.current) return;
      setItems(((await res.json()) as { items: Option[] }).items);
      setActive(0);
    }, 250);
    return () => clearTimeout(timer);
  }, [url, text, open]);

  const choose = (o: Option) => {
    setText(o.name);
    setOpen(false);
    onChange(o.id);
  };
  const listId = `${id}-list`;
  return (
    <div className="relative">
      <Input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && items[active] ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
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
          aria-label={clear}
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
          {items.length === 0 ? <li className="px-3 py-2 text-sm text-slate-500">{none}</li> : null}
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
