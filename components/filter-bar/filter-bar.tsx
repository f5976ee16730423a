"use client";
// The frame of every list screen's filters: one row that wraps (two columns on a phone, a
// wrapping row from `sm`), fields with a label above the control, and the apply / reset area.
// With `action` the bar is a plain GET form (it works before hydration and without JS; with
// `onSubmit` it navigates client-side); without it, a group whose controls navigate themselves.
import Link from "next/link";
import { Search, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";

const barClass = "mb-4 grid grid-cols-2 items-end gap-3 sm:flex sm:flex-wrap";
const cardClass = "rounded-lg border border-slate-200 bg-white p-4";

export function FilterBar({
  action,
  hidden,
  onSubmit,
  label,
  search,
  card,
  className,
  children,
  ...data
}: {
  /** the GET form's target; neither it nor onSubmit: a group of controls that navigate themselves */
  action?: string;
  /** state the form carries unchanged (sort, other filters navigating through React) */
  hidden?: Record<string, string>;
  onSubmit?: (form: HTMLFormElement) => void;
  label?: string;
  /** role="search" */
  search?: boolean;
  /** bordered white box */
  card?: boolean;
  className?: string;
  children: React.ReactNode;
  "data-testid"?: string;
  "data-print-hide"?: boolean;
}) {
  const props = {
    role: search ? "search" : action || onSubmit ? undefined : "group",
    "aria-label": label,
    className: cn(barClass, card && cardClass, className),
    ...data,
  };
  if (!action && !onSubmit) return <div {...props}>{children}</div>;
  return (
    <form
      {...props}
      action={action}
      method="get"
      onSubmit={
        onSubmit
          ? (e) => {
              e.preventDefault();
              onSubmit(e.currentTarget);
            }
          : undefined
      }
    >
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
    </form>
  );
}

const sizes = {
  /** a select or a picker: full row on a phone */
  wide: "col-span-2 sm:w-48",
  /** a date or an amount: half a row on a phone */
  half: "sm:w-40",
  /** the search box: full row on a phone, takes the free space from `sm` */
  grow: "col-span-2 sm:min-w-64 sm:flex-1 sm:basis-64",
} as const;
export type FilterFieldSize = keyof typeof sizes;

export const filterLabelClass = "block text-xs font-medium text-slate-600";

/** A label above its control; `hideLabel` keeps it for screen readers only. */
export function FilterField({
  id,
  label,
  hideLabel,
  size = "wide",
  className,
  children,
}: {
  id: string;
  label: string;
  hideLabel?: boolean;
  size?: FilterFieldSize;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={cn("min-w-0 space-y-1", sizes[size], className)}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : filterLabelClass}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** The bar's own row of buttons and links (apply, reset, a status). */
export function FilterActions({ className, children }: { className?: string; children: React.ReactNode }) {
  return <div className={cn("col-span-2 flex flex-wrap items-end gap-2", className)}>{children}</div>;
}

/** The submit button of a GET filter form. */
export function FilterSubmit({
  label,
  icon,
  variant = "primary",
}: {
  label: string;
  icon?: boolean;
  variant?: "primary" | "secondary";
}) {
  return (
    <Button type="submit" variant={variant}>
      {icon ? <Search className="h-4 w-4" aria-hidden /> : null}
      {label}
    </Button>
  );
}

/** «Сбросить»: a link to the screen without filters. */
export function FilterReset({ href, label, plain }: { href: string; label: string; plain?: boolean }) {
  return (
    <Link
      href={href}
      className={cn(
        "inline-flex h-10 items-center gap-1 rounded-md px-3 text-sm font-medium",
        plain ? "text-slate-700 hover:bg-slate-100" : "text-brand-700 hover:bg-brand-50",
      )}
    >
      {plain ? null : <X className="h-4 w-4" aria-hidden />}
      {label}
    </Link>
  );
}
