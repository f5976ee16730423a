"use client";
import { forwardRef, useCallback, useLayoutEffect, useRef } from "react";
import { cn } from "@/lib/cn";
import { inputClass } from "./input-class";

/**
 * Marks the option equal to `value` as the select's default (its `selected` attribute), so a
 * native form reset restores it, and shows it. Exported for the few raw selects.
 */
export function applySelectDefault(select: HTMLSelectElement, value: string) {
  let found = false;
  for (const option of Array.from(select.options)) {
    const match = !found && option.value === value;
    option.defaultSelected = match;
    if (match) found = true;
  }
  if (found) select.value = value;
}

/**
 * A select whose `defaultValue` survives React 19 form actions. After an action React resets the
 * form natively; inputs and checkboxes get their new defaults from React, but a select's
 * `defaultValue` is applied only on mount, so the reset went back to the first render's option
 * (a refused «кг» came back as «шт»). Here every new `defaultValue` becomes the options'
 * default and the shown value.
 */
export const Select = forwardRef<HTMLSelectElement, React.SelectHTMLAttributes<HTMLSelectElement>>(
  function Select({ className, defaultValue, ...props }, ref) {
    const inner = useRef<HTMLSelectElement | null>(null);
    const setRef = useCallback(
      (el: HTMLSelectElement | null) => {
        inner.current = el;
        if (typeof ref === "function") ref(el);
        else if (ref) ref.current = el;
      },
      [ref],
    );
    const def = defaultValue == null || Array.isArray(defaultValue) ? null : String(defaultValue);
    const first = useRef(true);
    useLayoutEffect(() => {
      // The mount already applied it; later defaults (the echo of a refused submit) apply here.
      if (first.current) {
        first.current = false;
        return;
      }
      if (inner.current && def != null) applySelectDefault(inner.current, def);
    }, [def]);
    const controlled = props.value == null || Array.isArray(props.value) ? null : String(props.value);
    useLayoutEffect(() => {
      // A controlled select is put back to its state after a successful action's form reset.
      const el = inner.current;
      if (el && controlled != null && el.value !== controlled) applySelectDefault(el, controlled);
    });
    return (
      <select
        ref={setRef}
        className={cn(inputClass, "pr-8", className)}
        defaultValue={defaultValue}
        {...props}
      />
    );
  },
);
