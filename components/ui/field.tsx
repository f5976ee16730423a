"use client";
import { cloneElement, isValidElement, useId } from "react";
import { useTranslations } from "next-intl";

/**
 * Label + control + field-level error. The error is an i18n key (from a zod schema or AppError);
 * the control gets aria-invalid and aria-describedby so screen readers announce it.
 */
export function Field({
  label,
  error,
  hint,
  children,
}: {
  label: string;
  error?: string;
  hint?: string;
  children: React.ReactElement<Record<string, unknown>>;
}) {
  const id = useId();
  const t = useTranslations();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const control = isValidElement(children)
    ? cloneElement(children, {
        id: (children.props.id as string | undefined) ?? id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby":
          [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined,
      })
    : children;
  const controlId = (isValidElement(children) && (children.props.id as string | undefined)) || id;
  return (
    <div className="space-y-1">
      <label htmlFor={controlId} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {control}
      {hint && !error ? (
        <p id={hintId} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} role="alert" className="text-sm text-red-600">
          {t.has(error) ? t(error) : error}
        </p>
      ) : null}
    </div>
  );
}
