"use client";
import { useMemo } from "react";
import { Archive, ArchiveRestore, ArrowDown, ArrowUp, ArrowUpDown, Pencil } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import {
  flexRender,
  getCoreRowModel,
  useReactTable,
  type ColumnDef,
  type RowSelectionState,
} from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { cn } from "@/lib/cn";
import type { ItemListParams } from "@/lib/nomenclature/list-params";
import { UNIT_INFO } from "@/lib/nomenclature/units";
import { formatMoney } from "@/lib/locale/money";
import type { ItemRow, VatOption } from "./types";

type SortKey = "name" | "article" | "price";

function ItemBadges({ item }: { item: ItemRow }) {
  const t = useTranslations("nomenclature");
  return (
    <>
      {item.type === "SERVICE" ? <Badge tone="blue">{t("type.SERVICE")}</Badge> : null}
      {UNIT_INFO[item.unit].fractional ? (
        <Badge tone="gray" title={t("fractionalHint")}>
          {t("fractional")}
        </Badge>
      ) : null}
      {item.archived ? <Badge tone="yellow">{t("archivedBadge")}</Badge> : null}
    </>
  );
}

function Barcodes({ codes }: { codes: string[] }) {
  const t = useTranslations("nomenclature");
  if (codes.length === 0) return <span className="text-slate-500">—</span>;
  return (
    <span className="font-mono text-xs" title={codes.join(", ")}>
      {codes[0]}
      {codes.length > 1 ? (
        <span className="ml-1 font-sans text-slate-500">
          {t("moreBarcodes", { count: codes.length - 1 })}
        </span>
      ) : null}
    </span>
  );
}

/**
 * One page of items: a table on wide screens, cards on phones. Sorting and paging are server-side
 * (header clicks navigate); selection is for bulk archive/restore.
 */
export function ItemTable({
  rows,
  params,
  country,
  vat,
  canManage,
  selection,
  onSelectionChange,
  onSort,
  onEdit,
  onArchive,
}: {
  rows: ItemRow[];
  params: ItemListParams;
  country: "RU" | "KZ";
  vat: VatOption[];
  canManage: boolean;
  selection: RowSelectionState;
  onSelectionChange: (s: RowSelectionState) => void;
  onSort: (key: SortKey) => void;
  onEdit: (item: ItemRow) => void;
  onArchive: (item: ItemRow, archive: boolean) => void;
}) {
  const t = useTranslations("nomenclature");
  const locale = useLocale();
  const vatByCode = useMemo(() => new Map(vat.map((v) => [v.code, v])), [vat]);
  const vatCell = (code: string) => {
    const v = vatByCode.get(code);
    return (
      <span
        className={cn("whitespace-nowrap", v && !v.inForce && "text-amber-700")}
        title={v && !v.inForce ? t("vatNotInForce") : undefined}
      >
        {v?.name ?? code}
      </span>
    );
  };
  /** Row actions: icon buttons in the table (named for screen readers and tooltips), text on phones. */
  const actions = (item: ItemRow, compact: boolean) => {
    if (!canManage) return null;
    const label = (text: string, Icon: typeof Pencil) =>
      compact ? (
        <span title={text} className="inline-flex">
          <Icon className="h-4 w-4" aria-hidden />
          <span className="sr-only">{text}</span>
        </span>
      ) : (
        text
      );
    return (
      <div className="flex flex-nowrap justify-end gap-1">
        <Button size="sm" variant="ghost" onClick={() => onEdit(item)}>
          {label(t("edit"), Pencil)}
        </Button>
        {item.archived ? (
          <Button size="sm" variant="ghost" onClick={() => onArchive(item, false)}>
            {label(t("restore"), ArchiveRestore)}
          </Button>
        ) : (
          <ConfirmButton
            size="sm"
            variant="ghost"
            title={t("archiveConfirmTitle", { name: item.name })}
            text={t("archiveConfirmText")}
            onConfirm={() => onArchive(item, true)}
          >
            {label(t("archive"), Archive)}
          </ConfirmButton>
        )}
      </div>
    );
  };

  const columns = useMemo<ColumnDef<ItemRow>[]>(() => {
    const cols: ColumnDef<ItemRow>[] = [
      {
        id: "name",
        header: t("col.name"),
        cell: ({ row }) => (
          <div className="min-w-44 max-w-md whitespace-normal">
            <span className="font-medium text-slate-900">{row.original.name}</span>
            <span className="ml-2 inline-flex flex-wrap gap-1 align-middle">
              <ItemBadges item={row.original} />
            </span>
            {row.original.section ? (
              <span className="block text-xs text-slate-500">{row.original.section}</span>
            ) : null}
          </div>
        ),
      },
      {
        id: "article",
        header: t("col.article"),
        cell: ({ row }) => row.original.article ?? <span className="text-slate-500">—</span>,
      },
      {
        id: "barcodes",
        header: t("col.barcodes"),
        cell: ({ row }) => <Barcodes codes={row.original.barcodes} />,
      },
      { id: "unit", header: t("col.unit"), cell: ({ row }) => t(`unit.${row.original.unit}`) },
      {
        id: "price",
        header: t("col.price"),
        cell: ({ row }) => (
          <span className="whitespace-nowrap tabular-nums">
            {formatMoney(row.original.price, country, locale)}
          </span>
        ),
      },
      { id: "vatRate", header: t("col.vatRate"), cell: ({ row }) => vatCell(row.original.vatRate) },
    ];
    if (canManage) {
      cols.unshift({
        id: "select",
        header: ({ table }) => (
          <input
            type="checkbox"
            aria-label={t("selectAll")}
            className="h-4 w-4"
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
            className="h-4 w-4"
            checked={row.getIsSelected()}
            onChange={row.getToggleSelectedHandler()}
          />
        ),
      });
      cols.push({
        id: "actions",
        header: () => <span className="sr-only">{t("actionsCol")}</span>,
        cell: ({ row }) => actions(row.original, true),
      });
    }
    return cols;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [t, canManage, country, locale, vatByCode]);

  const table = useReactTable({
    data: rows,
    columns,
    getRowId: (r) => r.id,
    getCoreRowModel: getCoreRowModel(),
    manualPagination: true,
    manualSorting: true,
    enableRowSelection: canManage,
    state: { rowSelection: selection },
    onRowSelectionChange: (u) => onSelectionChange(typeof u === "function" ? u(selection) : u),
  });

  const sortable: SortKey[] = ["name", "article", "price"];
  const sortIcon = (key: SortKey) => {
    if (params.sort === key) return <ArrowUp className="h-3.5 w-3.5" aria-hidden />;
    if (params.sort === `-${key}`) return <ArrowDown className="h-3.5 w-3.5" aria-hidden />;
    return <ArrowUpDown className="h-3.5 w-3.5 text-slate-300" aria-hidden />;
  };
  const ariaSort = (key: string) =>
    params.sort === key ? "ascending" : params.sort === `-${key}` ? "descending" : undefined;

  return (
    <>
      <div className="hidden overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm md:block">
        <table className="w-full text-sm">
          <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium uppercase tracking-wide text-slate-500">
            {table.getHeaderGroups().map((hg) => (
              <tr key={hg.id}>
                {hg.headers.map((h) => {
                  const key = h.column.id as SortKey;
                  const isSortable = sortable.includes(key);
                  return (
                    <th
                      key={h.id}
                      scope="col"
                      aria-sort={isSortable ? ariaSort(key) : undefined}
                      className={cn(
                        "whitespace-nowrap px-3 py-2",
                        h.column.id === "select" && "w-8",
                        h.column.id === "price" && "text-right",
                      )}
                    >
                      {isSortable ? (
                        <button
                          type="button"
                          className="inline-flex items-center gap-1 uppercase hover:text-slate-800"
                          onClick={() => onSort(key)}
                        >
                          {flexRender(h.column.columnDef.header, h.getContext())}
                          {sortIcon(key)}
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
          <tbody className="divide-y divide-slate-100">
            {table.getRowModel().rows.map((row) => (
              <tr
                key={row.id}
                data-item-id={row.id}
                className={cn(
                  "hover:bg-slate-50",
                  row.getIsSelected() && "bg-brand-50/60",
                  row.original.archived && "text-slate-500",
                )}
              >
                {row.getVisibleCells().map((cell) => (
                  <td
                    key={cell.id}
                    className={cn(
                      "px-3 py-2 align-top",
                      cell.column.id === "price" && "text-right",
                      cell.column.id === "actions" && "py-1",
                    )}
                  >
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <ul className="space-y-2 md:hidden">
        {rows.map((item) => (
          <li
            key={item.id}
            className={cn(
              "rounded-lg border border-slate-200 bg-white p-3 shadow-sm",
              selection[item.id] && "border-brand-300 bg-brand-50/60",
            )}
          >
            <div className="flex items-start gap-3">
              {canManage ? (
                <input
                  type="checkbox"
                  aria-label={t("selectRow", { name: item.name })}
                  className="mt-1 h-4 w-4 shrink-0"
                  checked={Boolean(selection[item.id])}
                  onChange={(e) => {
                    const next = { ...selection };
                    if (e.target.checked) next[item.id] = true;
                    else delete next[item.id];
                    onSelectionChange(next);
                  }}
                />
              ) : null}
              <div className="min-w-0 flex-1">
                <div className="flex items-start justify-between gap-2">
                  <p className="font-medium text-slate-900">{item.name}</p>
                  <p className="shrink-0 whitespace-nowrap font-medium tabular-nums">
                    {formatMoney(item.price, country, locale)}
                    <span className="text-xs font-normal text-slate-500"> / {t(`unit.${item.unit}`)}</span>
                  </p>
                </div>
                <div className="mt-1 flex flex-wrap gap-1">
                  <ItemBadges item={item} />
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-xs text-slate-600">
                  {item.article ? (
                    <>
                      <dt>{t("col.article")}</dt>
                      <dd className="min-w-0 break-words">{item.article}</dd>
                    </>
                  ) : null}
                  {item.barcodes.length ? (
                    <>
                      <dt>{t("col.barcodes")}</dt>
                      <dd className="min-w-0 break-all font-mono">{item.barcodes.join(", ")}</dd>
                    </>
                  ) : null}
                  <dt>{t("col.vatRate")}</dt>
                  <dd>{vatCell(item.vatRate)}</dd>
                  {item.section ? (
                    <>
                      <dt>{t("col.section")}</dt>
                      <dd className="min-w-0 break-words">{item.section}</dd>
                    </>
                  ) : null}
                </dl>
                <div className="mt-2">{actions(item, false)}</div>
              </div>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
