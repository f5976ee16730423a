"use client";
import { useCallback, useTransition } from "react";
import { useRouter } from "next/navigation";
import { filterHref } from "./url-state";

/**
 * Navigation of a filter bar that lives on `pathname`: every change is a new URL (push: the back
 * button returns to the previous filters; `replace` for keystrokes), rendered by the server;
 * `pending` while it loads. Build the search with applyFilterChanges / formFilters.
 */
export function useFilterNavigation(pathname: string) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const go = useCallback(
    (search: string | URLSearchParams, opts: { replace?: boolean } = {}) => {
      const href = filterHref(pathname, search);
      startTransition(() => (opts.replace ? router.replace(href) : router.push(href)));
    },
    [pathname, router],
  );
  return { go, pending };
}
