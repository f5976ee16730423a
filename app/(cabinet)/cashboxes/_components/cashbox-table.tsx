"use client";
import { useMemo } from "react";
import Link from "next/link";
import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
} from "@tanstack/react-table";
import { CashboxStatusBadges } from "@/components/cashboxes/status-badges";
import { cn } from "@/lib/cn";
import { CASHBOX_SORTS, type CashboxListParams, type CashboxSort } from "@/lib/cashboxes/list-params";
import type { CashboxViewRow } from "./types";

export interface TablePermissions {
  renew: boolean;
  register: boolean;
  select: boolean;
}

const isSort = (id: string): id is CashboxSort => (CASHBOX_SORTS as readonly string[]).includes(id);
const dash = <span className="text-slate-500">—</span>;

/**
 * The cashbox table (desktop) and the same rows as cards (phone). Sorting, paging and filtering
 * happen on the server: the table only renders one page and reports header clicks.
 */
export function CashboxTable({
  rows,
  params,
  country,
  can,
  selection,
  onSelectionChange,
  onSort,
}: {
  rows: CashboxViewRow[];
  params: CashboxListParams;
  country: "RU" | "KZ";
  can: TablePermissions;
  selection: RowSelectionState;
  onSelectionChange: (s: RowSelectionState) => void;
  onSort: (sort: CashboxSort) => void;
}) {
  const t = useTranslations("cashboxes.list");
  const tp = useTranslations("cashboxes.ofdPeriod");
  const locale = useLocale();
  const columns = useMemo<ColumnDef<CashboxViewRow>[]>(() => {
    const badges = (r: CashboxViewRow) => (
      <CashboxStatusBadges
        cashboxId={r.id}
        cashboxName={r.name}
        status={r.status}
        canRenew={can.renew}
        canRegister={can.register}
        ofdPaidUntil={r.ofdPaidUntil}
      />
    );
    const cols: ColumnDef<CashboxViewRow>[] = [
      {
        id: "name",
        header: t("columns.name"),
        // The row's link: stretched over the whole row (rows are links; badges and the checkbox sit above it).
        cell: ({ row }) => (
          <Link
            href={`/cashboxes/${row.original.id}`}
            className="font-medium text-brand-700 after:absolute after:inset-0 hover:underline focus-visible:outline-none"
          >
            {row.original.name}
          </Link>
        ),
      },
      { id: "status", header: t("columns.status"), cell: ({ row }) => badges(row.original) },
      {
        id: "todayRevenue",
        header: t("columns.todayRevenue"),
        // Right after the status: on screen at 1440 px without scrolling the wide table sideways
        // (issue 15.6).
        cell: ({ row }) =>
          row.original.display.todayRevenue ?? (
            <span title={t("noRevenueData")} className="text-slate-500">
              —
            </span>
          ),
      },
      {
        id: "tradePoint",
        header: t("columns.tradePoint"),
        cell: ({ row }) => (
          <span className="block max-w-44 whitespace-normal">{row.original.tradePoint.name}</span>
        ),
      },
      { id: "model", header: t("columns.model"), cell: ({ row }) => row.original.model },
      {
        id: "serialNumber",
        header: t("columns.serialNumber"),
        cell: ({ row }) => <span className="font-mono text-xs">{row.original.serialNumber}</span>,
      },
      {
        id: "registrationNumber",
        header: country === "KZ" ? t("columns.registrationNumberKz") : t("columns.registrationNumberRu"),
        cell: ({ row }) => (
          <span className="font-mono text-xs">
            {row.original.registrationNumber ?? dash}
            {row.original.inkOfd ? <span className="block text-slate-500">{row.original.inkOfd}</span> : null}
          </span>
        ),
      },
      {
        id: "fiscalDrive",
        header: t("columns.fiscalDrive"),
        cell: ({ row }) =>
          row.original.fiscalDrive ? (
            <span className="font-mono text-xs">
              {row.original.fiscalDrive.number}
              {row.original.display.fiscalDriveExpires ? (
                <span className="block font-sans text-slate-500">
                  {t("fiscalDriveUntil", { date: row.original.display.fiscalDriveExpires })}
                </span>
              ) : null}
            </span>
          ) : (
            dash
          ),
      },
      {
        id: "paidUntil",
        header: t("columns.paidUntil"),
        // a third-party ОФД cashbox: the tariff, then the ОФД's own date
        cell: ({ row }) =>
          row.original.status.thirdPartyOfd ? (
            <span className="inline-flex flex-col">
              <span>{row.original.display.paidUntil ?? dash}</span>
              <span className="text-xs text-slate-500" data-ofd-paid-until>
                {tp("ofdColumn", { date: row.original.display.ofdPaidUntil ?? "—" })}
              </span>
            </span>
          ) : (
            (row.original.display.paidUntil ?? dash)
          ),
      },
      {
        id: "lastSeenAt",
        header: t("columns.lastSeenAt"),
        cell: ({ row }) =>
          row.original.display.lastSeenAt ?? <span className="text-slate-500">{t("never")}</span>,
      },
    ];
    if (can.select) {
      cols.unshift({
        id: "select",
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={t("selectAll")}
            className="relative z-10 h-4 w-4"
            checked={table.getIsAllRowsSelected()}
            ref={(el) => {
              if (el) el.indeterminate = table.getIsSomeRowsSelected();
            }}
            onChange={table.getToggleAllRowsSelectedHandler()}
          />
        ),
        cell: ({ row }) => (
          <input
            type="checkbox"
            aria-label={t("selectRow", { name: row.original.name })}
            className="relative z-10 h-4 w-4"
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
          />
        ),
      });
    }
    return cols;
    // primitive deps: a refresh after a renewal brings a new `can` object and a new `t` (the provider
    // gets its messages again; same locale, same texts); new column functions would remount every
    // cell and close the badge's renewal dialog before it says it worked
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale, country, can.renew, can.register, can.select]);

  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    manualPagination: true,
    enableRowSelection: can.select,
    state: { sorting: [{ id: params.sort, desc: params.dir === "desc" }], rowSelection: selection },
    onRowSelectionChange: (u) => onSelectionChange(typeof u === "function" ? u(selection) : u),
  });

  return (
    // One DOM for both layouts: a table from md up; on a phone every row is a card (display:
    // block) whose cells carry their column name, and the header row is hidden.
    <div className="md:overflow-x-auto md:rounded-lg md:border md:border-slate-200 md:bg-white">
      <table
        aria-label={t("table")}
        // cell styles live here once instead of on 550 cells; on a phone each cell shows its
        // column name (data-label) before the value
        className="block w-full text-left text-sm md:table md:min-w-full [&_td]:grid [&_td]:grid-cols-[8.5rem_minmax(0,1fr)] [&_td]:gap-2 [&_td]:break-words [&_td]:py-0.5 [&_td]:text-xs [&_td]:before:text-slate-500 [&_td]:before:content-[attr(data-label)] md:[&_td]:table-cell md:[&_td]:whitespace-nowrap md:[&_td]:px-3 md:[&_td]:py-2 md:[&_td]:text-sm md:[&_td]:before:hidden"
      >
        <thead className="hidden border-b border-slate-200 bg-slate-50 text-xs text-slate-600 md:table-header-group">
          {table.getHeaderGroups().map((hg) => (
            <tr key={hg.id}>
              {hg.headers.map((h) => {
                const id = h.column.id;
                const sorted = params.sort === id ? params.dir : null;
                return (
                  <th
                    key={h.id}
                    scope="col"
                    className="whitespace-nowrap px-3 py-2 font-medium"
                    aria-sort={sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : undefined}
                  >
                    {isSort(id) ? (
                      <button
                        type="button"
                        onClick={() => onSort(id)}
                        className="inline-flex items-center gap-1 rounded hover:text-slate-900"
                        title={t("sortBy", { column: String(h.column.columnDef.header) })}
                      >
                        {flexRender(h.column.columnDef.header, h.getContext())}
                        {sorted === "asc" ? (
                          <ArrowUp className="h-3 w-3" aria-hidden />
                        ) : sorted === "desc" ? (
                          <ArrowDown className="h-3 w-3" aria-hidden />
                        ) : (
                          <ArrowUpDown className="h-3 w-3 opacity-40" aria-hidden />
                        )}
                      </button>
                    ) : (
                      flexRender(h.column.columnDef.header, h.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="block space-y-3 md:table-row-group md:space-y-0 md:divide-y md:divide-slate-100">
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              data-cashbox-id={row.id}
              className={cn(
                "group/row relative block rounded-lg border border-slate-200 bg-white p-4 align-top hover:bg-slate-50 focus-within:bg-brand-50/50 md:table-row md:rounded-none md:border-0 md:p-0",
                row.getIsSelected() && "border-brand-500 bg-brand-50",
              )}
            >
              {row.getVisibleCells().map((cell) => {
                const id = cell.column.id;
                const header = cell.column.columnDef.header;
                return (
                  <td
                    key={cell.id}
                    data-label={
                      typeof header === "string" && id !== "name" && id !== "status" ? header : undefined
                    }
                    className={
                      id === "select"
                        ? "!absolute right-4 top-4 md:!static md:!table-cell"
                        : id === "name"
                          ? "!block pb-1 pr-8 !text-sm md:!table-cell md:min-w-40 md:pr-3 md:!whitespace-normal"
                          : id === "status"
                            ? "!block pb-1 md:!table-cell"
                            : undefined
                    }
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
