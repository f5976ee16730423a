"use client";
import { useTranslations } from "next-intl";
import type { ActionState } from "@/lib/http/action-state";
import { cn } from "@/lib/cn";

/** The form-level result of a server action: green on success, red on error; announced politely. */
export function FormMessage({ state }: { state: ActionState }) {
  const t = useTranslations();
  if (!state.message) return null;
  const text = t.has(state.message) ? t(state.message, state.params ?? {}) : state.message;
  return (
    <p
      role="status"
      aria-live="polite"
      className={cn(
        "rounded-md px-3 py-2 text-sm",
        state.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700",
      )}
    >
      {text}
    </p>
  );
}
