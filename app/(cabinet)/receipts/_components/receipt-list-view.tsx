"use client";
import { useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/card";
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
  return (
    <div>
      <ReceiptFilters values={values} cashboxes={cashboxes} filtered={query !== ""} onSearch={navigate} />
      <ReceiptTable
        rows={rows}
        loading={pending}
        empty={
          query !== "" || page > 1 ? (
            <EmptyState title={t("noMatchTitle")} text={t("noMatchText")}>
              <Link href="/receipts" className="text-sm font-medium text-brand-700 hover:underline">
                {t("search.reset")}
              </Link>
            </EmptyState>
          ) : (
            <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
          )
        }
        pagination={{
          path: "/receipts",
          params: Object.fromEntries(new URLSearchParams(query)),
          page,
          hasNext,
        }}
      />
    </div>
  );
}
