"use client";
import { forwardRef, useId } from "react";
import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { CODE_LENGTH, checkCode, formatCode, normalizeCode } from "@/lib/codes/format";

/** What the hint under the field says for `value` (shared with the bulk rows). */
export function useCodeHint() {
  const t = useTranslations("codes.input");
  return (value: string): { text: string; tone: "muted" | "error" | "ok" } => {
    const c = checkCode(value);
    if (c.ok) return { text: t("ok"), tone: "ok" };
    switch (c.problem) {
      case "EMPTY":
        return { text: t("hint"), tone: "muted" };
      case "INCOMPLETE":
        return { text: t("incomplete", { count: c.code.length }), tone: "muted" };
      case "INVALID_CHARACTER":
        return { text: t("invalidChar", { char: c.character ?? "" }), tone: "error" };
      case "TOO_LONG":
        return { text: t("tooLong"), tone: "error" };
      case "BAD_CHECK":
        return { text: t("badCheck"), tone: "error" };
    }
  };
}

/**
 * An activation code field that formats as the user types (XXXX-XXXX-XXXX-XXXX, upper case,
 * O→0, I/L→1) and checks the check character in the browser, so a typo is caught before any
 * request. `error` is a server-side message (already translated) shown instead of the hint.
 */
export const CodeInput = forwardRef<
  HTMLInputElement,
  {
    value: string;
    onChange: (value: string) => void;
    label?: string;
    error?: string | null;
    id?: string;
    hideLabel?: boolean;
    disabled?: boolean;
  }
>(function CodeInput({ value, onChange, label, error, id, hideLabel, disabled }, ref) {
  const t = useTranslations("codes.input");
  const own = useId();
  const inputId = id ?? own;
  const hint = useCodeHint()(value);
  const invalid = Boolean(error) || hint.tone === "error";
  return (
    <div className="space-y-1">
      <label
        htmlFor={inputId}
        className={cn("block text-sm font-medium text-slate-700", hideLabel && "sr-only")}
      >
        {label ?? t("label")}
      </label>
      <Input
        ref={ref}
        id={inputId}
        name="code"
        value={value}
        disabled={disabled}
        onChange={(e) => {
          // Keep characters that are not in the alphabet visible (so the hint can name them),
          // but group what is valid.
          const raw = e.target.value;
          const n = normalizeCode(raw);
          onChange(/^[0-9A-Z]*$/.test(n) ? formatCode(raw) : raw.toUpperCase().slice(0, CODE_LENGTH + 8));
        }}
        placeholder="XXXX-XXXX-XXXX-XXXX"
        autoComplete="off"
        autoCapitalize="characters"
        autoCorrect="off"
        spellCheck={false}
        inputMode="text"
        aria-invalid={invalid || undefined}
        aria-describedby={`${inputId}-hint`}
        className="font-mono tracking-wider"
      />
      <p
        id={`${inputId}-hint`}
        aria-live="polite"
        className={cn(
          "text-xs",
          error || hint.tone === "error"
            ? "text-red-600"
            : hint.tone === "ok"
              ? "text-emerald-700"
              : "text-slate-500",
        )}
      >
        {error ?? hint.text}
      </p>
    </div>
  );
});
