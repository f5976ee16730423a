"use client";
import { useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { ChevronLeft, ChevronRight, Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
import { cn } from "@/lib/cn";
import { ReceiptFilters, type FilterValues } from "./receipt-filters";
import { ReceiptTable } from "./receipt-table";
import type { ReceiptViewRow } from "./types";

/** «Чеки»: filters, the page of results, «Назад / Вперёд». Every change is a new URL. */
export function ReceiptListView({
  rows,
  page,
  hasNext,
  query,
  values,
  cashboxes,
}: {
  rows: ReceiptViewRow[];
  page: number;
  hasNext: boolean;
  /** the search without the page */
  query: string;
  values: FilterValues;
  cashboxes: { id: string; name: string }[];
}) {
  const t = useTranslations("receipts");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const navigate = (q: string) => startTransition(() => router.push(q ? `/receipts?${q}` : "/receipts"));
  const pageHref = (p: number) => {
    const q = new URLSearchParams(query);
    if (p > 1) q.set("page", String(p));
    const s = q.toString();
    return s ? `/receipts?${s}` : "/receipts";
  };
  const link =
    "inline-flex h-9 items-center gap-1 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium hover:bg-slate-50";
  const off = "pointer-events-none opacity-40";
  return (
    <div>
      <ReceiptFilters values={values} cashboxes={cashboxes} filtered={query !== ""} onSearch={navigate} />
      <div className="relative" aria-busy={pending}>
        {pending ? (
          <p
            role="status"
            className="absolute right-2 top-2 z-30 inline-flex items-center gap-2 rounded-md bg-white/90 px-3 py-1 text-sm text-slate-600 shadow"
          >
            <Loader2 className="h-4 w-4 animate-spin" aria-hidden />
            {t("updating")}
          </p>
        ) : null}
        <div className={pending ? "pointer-events-none opacity-60 transition-opacity" : "transition-opacity"}>
          {rows.length === 0 ? (
            query !== "" || page > 1 ? (
              <EmptyState title={t("noMatchTitle")} text={t("noMatchText")}>
                <Link href="/receipts" className="text-sm font-medium text-brand-700 hover:underline">
                  {t("search.reset")}
                </Link>
              </EmptyState>
            ) : (
              <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
            )
          ) : (
            <ReceiptTable rows={rows} />
          )}
        </div>
      </div>
      {page > 1 || hasNext ? (
        <nav aria-label={t("page", { page })} className="mt-4 flex items-center justify-end gap-2 text-sm">
          <Link
            href={pageHref(page - 1)}
            className={cn(link, page <= 1 && off)}
            aria-disabled={page <= 1}
            tabIndex={page <= 1 ? -1 : undefined}
            rel="prev"
          >
            <ChevronLeft className="h-4 w-4" aria-hidden />
            {t("previous")}
          </Link>
          <span aria-current="page" className="text-slate-600">
            {t("page", { page })}
          </span>
          <Link
            href={pageHref(page + 1)}
            className={cn(link, !hasNext && off)}
            aria-disabled={!hasNext}
            tabIndex={!hasNext ? -1 : undefined}
            rel="next"
          >
            {t("next")}
            <ChevronRight className="h-4 w-4" aria-hidden />
          </Link>
        </nav>
      ) : null}
    </div>
  );
}
