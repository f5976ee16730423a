"use client";
import { useEffect, type RefObject } from "react";
import type { ActionState } from "@/lib/http/action-state";

/** After a refused submit, moves keyboard focus to the first field with an error. */
export function useFocusFirstError(form: RefObject<HTMLFormElement | null>, state: ActionState) {
  useEffect(() => {
    if (!state.fieldErrors) return;
    form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [form, state]);
}
