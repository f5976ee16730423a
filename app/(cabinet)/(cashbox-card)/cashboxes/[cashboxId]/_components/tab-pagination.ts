import type { PaginationProps } from "@/components/ui/pagination";

/** The paging of a list tab of the cashbox card (its page links keep the tab). */
export function tabPagination(
  cashboxId: string,
  tab: "receipts" | "shifts",
  list: { page: number; pages: number; total: number },
): PaginationProps {
  return {
    path: `/cashboxes/${cashboxId}`,
    params: { tab },
    page: list.page,
    pages: list.pages,
    total: list.total,
  };
}
