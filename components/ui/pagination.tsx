"use client";
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { pageHref } from "@/components/data-table/url-state";
import { cn } from "@/lib/cn";

export type PaginationProps = {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
} & (
  | { pages: number; total: number; hasNext?: never }
  /** a list that does not count its rows (receipts): «Назад / Страница N / Вперёд» */
  | { hasNext: boolean; pages?: never; total?: never }
);

/**
 * Server-side pagination links: keeps the other search params of the page (filters) and only
 * changes `page`. Renders nothing when everything fits on one page.
 */
export function Pagination(props: PaginationProps) {
  const { path, params, page } = props;
  const t = useTranslations("common");
  const tt = useTranslations("table");
  const counted = props.hasNext === undefined;
  const hasNext = counted ? page < props.pages : props.hasNext;
  const href = (p: number) => pageHref(path, params, p);
  const link =
    "inline-flex h-9 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50";
  const disabled = "pointer-events-none opacity-40";
  if (!counted && page <= 1 && !hasNext) return null;
  return (
    <nav
      aria-label={counted ? t("pagination") : tt("pageOnly", { page })}
      className={cn(
        "mt-4 flex flex-wrap items-center gap-3 text-sm text-slate-600",
        counted ? "justify-between" : "justify-end",
      )}
    >
      {counted ? <span>{t("total", { count: props.total })}</span> : null}
      {!counted || props.pages > 1 ? (
        <div className="flex items-center gap-2">
          <Link
            href={href(page - 1)}
            className={cn(link, page <= 1 && disabled)}
            aria-disabled={page <= 1}
            tabIndex={page <= 1 ? -1 : undefined}
            rel="prev"
          >
            <ChevronLeft className="h-4 w-4" aria-hidden />
            {t("previous")}
          </Link>
          <span aria-current="page">
            {counted ? t("page", { page, pages: props.pages }) : tt("pageOnly", { page })}
          </span>
          <Link
            href={href(page + 1)}
            className={cn(link, !hasNext && disabled)}
            aria-disabled={!hasNext}
            tabIndex={!hasNext ? -1 : undefined}
            rel="next"
          >
            {t("next")}
            <ChevronRight className="h-4 w-4" aria-hidden />
          </Link>
        </div>
      ) : null}
    </nav>
  );
}
