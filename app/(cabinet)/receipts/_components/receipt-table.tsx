"use client";
import type { ReactNode } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { DataTable, type DataColumn } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import type { PaginationProps } from "@/components/ui/pagination";
import { cn } from "@/lib/cn";
import type { ReceiptViewRow } from "./types";

/**
 * One page of receipts on the data table: a table from md up, cards on a phone. Rows are links to
 * the receipt (the number cell's link covers the row).
 */
export function ReceiptTable({
  rows,
  loading,
  empty,
  pagination,
}: {
  rows: ReceiptViewRow[];
  loading: boolean;
  empty: ReactNode;
  pagination: PaginationProps;
}) {
  const t = useTranslations("receipts");
  const columns: DataColumn<ReceiptViewRow>[] = [
    {
      id: "number",
      header: t("columns.number"),
      card: "title",
      cell: (r) => (
        <Link
          href={`/receipts/${r.id}`}
          className="font-mono font-medium text-brand-700 after:absolute after:inset-0 hover:underline focus-visible:outline-none"
        >
          № {r.number}
        </Link>
      ),
    },
    { id: "date", header: t("columns.date"), cell: (r) => r.date },
    {
      id: "type",
      header: t("columns.type"),
      cell: (r) => (
        <span>
          {t(`types.${r.type}`)}
          {r.offline ? (
            <Badge tone="yellow" className="ml-2">
              {t("offline")}
            </Badge>
          ) : null}
        </span>
      ),
    },
    { id: "cashbox", header: t("columns.cashbox"), cell: (r) => r.cashbox },
    { id: "shift", header: t("columns.shift"), cell: (r) => r.shift ?? "—" },
    {
      id: "total",
      header: t("columns.total"),
      align: "right",
      cell: (r) => (
        <span className={cn("font-medium tabular-nums", r.outgoing && "text-red-700")}>{r.total}</span>
      ),
    },
    { id: "payment", header: t("columns.payment"), cell: (r) => r.payment || "—" },
    { id: "cashier", header: t("columns.cashier"), cell: (r) => r.cashier || "—" },
  ];
  return (
    <DataTable
      rows={rows}
      columns={columns}
      label={t("table")}
      rowTestId="receipt-row"
      loading={loading}
      loadingLabel={t("updating")}
      empty={empty}
      pagination={pagination}
    />
  );
}
