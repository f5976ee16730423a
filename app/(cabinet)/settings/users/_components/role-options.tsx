"use client";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

/** Role radio cards with what each role may do; `disabledRoles` are shown but not selectable. */
export function RoleOptions({
  roles,
  defaultValue,
  error,
  disabled = false,
  hideLegend = false,
}: {
  roles: string[];
  defaultValue?: string;
  error?: string;
  disabled?: boolean;
  /** when a heading right above already says «Роль» */
  hideLegend?: boolean;
}) {
  const t = useTranslations();
  return (
    <fieldset
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? "role-error" : undefined}
      disabled={disabled}
    >
      <legend className={hideLegend ? "sr-only" : "mb-2 block text-sm font-medium text-slate-700"}>
        {t("settings.users.role")}
      </legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {roles.map((role) => (
          <label
            key={role}
            className={cn(
              "flex cursor-pointer gap-3 rounded-md border border-slate-300 bg-white p-3 has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-100",
              disabled && "cursor-not-allowed opacity-60",
            )}
          >
            <input
              type="radio"
              name="role"
              value={role}
              defaultChecked={role === defaultValue}
              className="mt-1 accent-brand-600"
            />
            <span>
              <span className="block text-sm font-medium">{t(`common.role.${role}`)}</span>
              <span className="block text-xs text-slate-600">{t(`settings.users.roleHint.${role}`)}</span>
            </span>
          </label>
        ))}
      </div>
      {error ? (
        <p id="role-error" role="alert" className="mt-1 text-sm text-red-600">
          {t.has(error) ? t(error) : error}
        </p>
      ) : null}
    </fieldset>
  );
}
