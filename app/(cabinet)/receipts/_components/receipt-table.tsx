"use client";
import { useMemo } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { ReceiptViewRow } from "./types";

/**
 * One page of receipts: a table from md up; on a phone every row is a card whose cells carry
 * their column name. Rows are links to the receipt (the number cell's link covers the row).
 */
export function ReceiptTable({ rows }: { rows: ReceiptViewRow[] }) {
  const t = useTranslations("receipts");
  const columns = useMemo<ColumnDef<ReceiptViewRow>[]>(
    () => [
      {
        id: "number",
        header: t("columns.number"),
        cell: ({ row }) => (
          <Link
            href={`/receipts/${row.original.id}`}
            className="font-mono font-medium text-brand-700 after:absolute after:inset-0 hover:underline focus-visible:outline-none"
          >
            № {row.original.number}
          </Link>
        ),
      },
      { id: "date", header: t("columns.date"), cell: ({ row }) => row.original.date },
      {
        id: "type",
        header: t("columns.type"),
        cell: ({ row }) => (
          <span>
            {t(`types.${row.original.type}`)}
            {row.original.offline ? (
              <Badge tone="yellow" className="ml-2">
                {t("offline")}
              </Badge>
            ) : null}
          </span>
        ),
      },
      { id: "cashbox", header: t("columns.cashbox"), cell: ({ row }) => row.original.cashbox },
      { id: "shift", header: t("columns.shift"), cell: ({ row }) => row.original.shift ?? "—" },
      {
        id: "total",
        header: t("columns.total"),
        cell: ({ row }) => (
          <span className={cn("font-medium tabular-nums", row.original.outgoing && "text-red-700")}>
            {row.original.total}
          </span>
        ),
      },
      { id: "payment", header: t("columns.payment"), cell: ({ row }) => row.original.payment || "—" },
      { id: "cashier", header: t("columns.cashier"), cell: ({ row }) => row.original.cashier || "—" },
    ],
    [t],
  );
  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
  });
  return (
    <div className="md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white">
      <table
        aria-label={t("table")}
        className="block w-full text-left text-sm md:table md:min-w-full [&_td]:grid [&_td]:grid-cols-[7rem_minmax(0,1fr)] [&_td]:gap-2 [&_td]:py-0.5 [&_td]:text-xs [&_td]:break-words [&_td]:before:text-slate-500 [&_td]:before:content-[attr(data-label)] md:[&_td]:table-cell md:[&_td]:px-3 md:[&_td]:py-2 md:[&_td]:text-sm md:[&_td]:whitespace-nowrap md:[&_td]:before:hidden"
      >
        <thead className="hidden border-b border-slate-200 bg-slate-50 text-xs text-slate-600 md:table-header-group">
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => (
                <th
                  key={h.id}
                  scope="col"
                  className={cn(
                    "px-3 py-2 font-medium whitespace-nowrap",
                    h.column.id === "total" && "text-right",
                  )}
                >
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className="block space-y-3 md:table-row-group md:space-y-0 md:divide-y md:divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-testid="receipt-row"
              className="relative block rounded-lg border border-slate-200 bg-white p-4 hover:bg-slate-50 focus-within:bg-brand-50/50 md:table-row md:rounded-none md:border-0 md:p-0"
            >
              {row.getVisibleCells().map((cell) => {
                const id = cell.column.id;
                const header = cell.column.columnDef.header;
                return (
                  <td
                    key={cell.id}
                    data-label={typeof header === "string" && id !== "number" ? header : undefined}
                    className={cn(
                      id === "number" && "!block pb-1 !text-sm md:!table-cell",
                      id === "total" && "md:text-right",
                    )}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
