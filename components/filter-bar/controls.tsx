"use client";
// The controls of a filter bar. Each one either belongs to the bar's GET form (`name` +
// `defaultValue`: it works before hydration and without JS) or navigates through React
// (`value` + `onChange`): such a control stays disabled until hydrated — a change made before
// would be reset by React to the server's value and silently lost.
import { Search, X } from "lucide-react";
import { Input, Select } from "@/components/ui/input";
import { useHydrated } from "@/components/ui/use-hydrated";
import { cn } from "@/lib/cn";
import { FilterField, type FilterFieldSize } from "./filter-bar";
import { optionsFor, type FilterOption } from "./url-state";

interface FieldProps {
  id: string;
  label: string;
  hideLabel?: boolean;
  size?: FilterFieldSize;
  fieldClassName?: string;
}

export type FilterSelectProps = FieldProps & {
  options: readonly FilterOption[];
  /** the label of the empty option («Все», «Любая»); none: the select has no empty option */
  any?: string;
  /** how an unknown value from the URL is shown */
  unknownLabel?: string;
  className?: string;
} & (
    | { name: string; defaultValue: string; value?: never; onChange?: never }
    | { value: string; onChange: (value: string) => void; name?: never; defaultValue?: never }
  );

export function FilterSelect(props: FilterSelectProps) {
  const { id, label, hideLabel, size, fieldClassName, options, any, unknownLabel, className } = props;
  const hydrated = useHydrated();
  const current = props.onChange ? props.value : props.defaultValue;
  const control = props.onChange
    ? {
        value: props.value,
        disabled: !hydrated,
        onChange: (e: React.ChangeEvent<HTMLSelectElement>) => props.onChange(e.target.value),
      }
    : { name: props.name, defaultValue: props.defaultValue };
  return (
    <FilterField id={id} label={label} hideLabel={hideLabel} size={size} className={fieldClassName}>
      <Select id={id} className={className} {...control}>
        {any !== undefined ? <option value="">{any}</option> : null}
        {optionsFor(options, current, unknownLabel).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    </FilterField>
  );
}

export type FilterInputProps = FieldProps &
  Omit<React.InputHTMLAttributes<HTMLInputElement>, "size" | "id"> & {
    /** the magnifier inside the box */
    icon?: boolean;
    /** a clear button inside the box, shown while it has a value */
    clear?: { label: string; onClick: () => void };
    /** next to the box (a «Найти» button) */
    addon?: React.ReactNode;
    /** React-only (controlled with `onChange`, no form to carry it): disabled until hydrated */
    live?: boolean;
  };

/** A text, number or search box; with `icon` and `clear` it is the bar's search. */
export function FilterInput({
  id,
  label,
  hideLabel,
  size = "half",
  fieldClassName,
  icon,
  clear,
  addon,
  live,
  className,
  disabled,
  ...input
}: FilterInputProps) {
  const hydrated = useHydrated();
  const box = (
    <div className="relative min-w-0 flex-1">
      {icon ? (
        <Search
          className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-500"
          aria-hidden
        />
      ) : null}
      <Input
        id={id}
        disabled={disabled || (live && !hydrated)}
        className={cn(icon && "pl-9", clear && "pr-9", className)}
        {...input}
      />
      {clear && input.value ? (
        <button
          type="button"
          className="absolute right-2 top-1/2 -translate-y-1/2 rounded p-1 text-slate-500 hover:text-slate-700"
          aria-label={clear.label}
          onClick={clear.onClick}
        >
          <X className="h-4 w-4" aria-hidden />
        </button>
      ) : null}
    </div>
  );
  return (
    <FilterField id={id} label={label} hideLabel={hideLabel} size={size} className={fieldClassName}>
      {addon ? (
        <div className="flex gap-2">
          {box}
          {addon}
        </div>
      ) : (
        box
      )}
    </FilterField>
  );
}

/**
 * «С» / «По»: two dates, `${idPrefix}-from` and `${idPrefix}-to`. In a GET form (`names`) or
 * controlled (`onChange`, disabled until hydrated).
 */
export function FilterDateRange({
  idPrefix,
  labels,
  from,
  to,
  onChange,
  required,
  className,
}: {
  idPrefix: string;
  labels: { from: string; to: string };
  from: string;
  to: string;
  onChange?: (range: { from: string; to: string }) => void;
  required?: boolean;
  className?: string;
}) {
  const hydrated = useHydrated();
  const day = (key: "from" | "to", value: string) => (
    <FilterField id={`${idPrefix}-${key}`} label={labels[key]} size="half" className={className}>
      <Input
        id={`${idPrefix}-${key}`}
        type="date"
        required={required}
        {...(onChange
          ? {
              value,
              disabled: !hydrated,
              onChange: (e: React.ChangeEvent<HTMLInputElement>) =>
                onChange({ from, to, [key]: e.target.value }),
            }
          : { name: key, defaultValue: value })}
      />
    </FilterField>
  );
  return (
    <>
      {day("from", from)}
      {day("to", to)}
    </>
  );
}
