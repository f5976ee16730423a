"use client";
import { useCallback, useTransition } from "react";
import { useRouter } from "next/navigation";
import { listHref, type CashboxListParams } from "@/lib/cashboxes/list-params";

/**
 * Every change of the list's state is a navigation to a new URL (push: the back button returns
 * to the previous view); the server renders the new page. `pending` is true while it loads.
 * Any change other than the page itself starts again at page 1.
 */
export function useListNavigation(params: CashboxListParams) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (changes: Partial<CashboxListParams>) => {
      const next = { ...params, page: 1, ...changes };
      startTransition(() => router.push(listHref(next), { scroll: false }));
    },
    [params, router],
  );
  return { navigate, pending };
}
