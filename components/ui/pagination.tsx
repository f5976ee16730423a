"use client";
import Link from "next/link";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";

/**
 * Server-side pagination links: keeps the other search params of the page (filters) and only
 * changes `page`. Renders nothing when everything fits on one page.
 */
export function Pagination({
  path,
  params,
  page,
  pages,
  total,
}: {
  path: string;
  params: Record<string, string | undefined>;
  page: number;
  pages: number;
  total: number;
}) {
  const t = useTranslations("common");
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v && k !== "page") q.set(k, v);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `${path}?${s}` : path;
  };
  const link =
    "inline-flex h-9 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50";
  const disabled = "pointer-events-none opacity-40";
  return (
    <nav
      aria-label={t("pagination")}
      className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600"
    >
      <span>{t("total", { count: total })}</span>
      {pages > 1 ? (
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
          <span aria-current="page">{t("page", { page, pages })}</span>
          <Link
            href={href(page + 1)}
            className={cn(link, page >= pages && disabled)}
            aria-disabled={page >= pages}
            tabIndex={page >= pages ? -1 : undefined}
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
