"use client";
import { useCallback, useTransition } from "react";
import { useRouter } from "next/navigation";
import { itemListHref, type ItemListParams } from "@/lib/nomenclature/list-params";

/** Every change of the table's state is a navigation; any change but the page restarts at page 1. */
export function useItemNavigation(params: ItemListParams) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = useCallback(
    (changes: Partial<ItemListParams>, opts: { replace?: boolean } = {}) => {
      const href = itemListHref({ ...params, page: 1, ...changes });
      startTransition(() =>
        opts.replace ? router.replace(href, { scroll: false }) : router.push(href, { scroll: false }),
      );
    },
    [params, router],
  );
  return { navigate, pending };
}
