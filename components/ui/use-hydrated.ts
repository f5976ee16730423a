"use client";
import { useSyncExternalStore } from "react";

const noSubscribe = () => () => {};

/**
 * false while rendering on the server and hydrating, true afterwards. A control whose change only
 * works through a React handler (a select that navigates) stays disabled until then: a change made
 * before hydration would be reset by React to the server's value and silently lost.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscribe,
    () => true,
    () => false,
  );
}
