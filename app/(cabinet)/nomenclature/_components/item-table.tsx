"use client";
import { Archive, ArchiveRestore, Pencil } from "lucide-react";
import { useLocale, useTranslations } from "next-intl";
import type { RowSelectionState } from "@tanstack/react-table";
import { DataTable, type DataColumn, type TableView } from "@/components/data-table/data-table";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { cn } from "@/lib/cn";
import type { ItemListParams } from "@/lib/nomenclature/list-params";
import { UNIT_INFO } from "@/lib/nomenclature/units";
import { formatMoney } from "@/lib/locale/money";
import type { ItemRow, VatOption } from "./types";

const SORTABLE = ["name", "article", "price"] as const;

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
 * One page of items on the data table: a table on wide screens, cards on phones. Sorting and
 * paging are server-side (header clicks navigate); selection is for bulk archive/restore.
 */
export function ItemTable({
  rows,
  params,
  country,
  vat,
  canManage,
  selection,
  onSelectionChange,
  onEdit,
  onArchive,
  view,
}: {
  rows: ItemRow[];
  params: ItemListParams;
  country: "RU" | "KZ";
  vat: VatOption[];
  canManage: boolean;
  selection: RowSelectionState;
  onSelectionChange: (s: RowSelectionState) => void;
  onEdit: (item: ItemRow) => void;
  onArchive: (item: ItemRow, archive: boolean) => void;
  /** the view's state around the table: loading, the empty state, the pages */
  view: TableView<ItemRow>;
}) {
  const t = useTranslations("nomenclature");
  const tc = useTranslations("common");
  const locale = useLocale();
  const vatByCode = new Map(vat.map((v) => [v.code, v]));
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
  const label = (text: string, Icon: typeof Pencil) => (
    <span title={text} className="inline-flex">
      <Icon className="hidden h-4 w-4 md:block" aria-hidden />
      <span className="md:sr-only">{text}</span>
    </span>
  );
  const actions = (item: ItemRow) => (
    <div className="flex flex-nowrap gap-1 md:justify-end">
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

  const columns: DataColumn<ItemRow>[] = [
    {
      id: "name",
      header: t("col.name"),
      card: "title",
      wrap: true,
      cell: (r) => (
        <div className="min-w-44 max-w-md whitespace-normal">
          <span className="font-medium text-slate-900">{r.name}</span>
          <span className="ml-2 inline-flex flex-wrap gap-1 align-middle">
            <ItemBadges item={r} />
          </span>
          {r.section ? <span className="block text-xs font-normal text-slate-500">{r.section}</span> : null}
        </div>
      ),
    },
    {
      id: "article",
      header: t("col.article"),
      cell: (r) => r.article ?? <span className="text-slate-500">—</span>,
    },
    { id: "barcodes", header: t("col.barcodes"), cell: (r) => <Barcodes codes={r.barcodes} /> },
    { id: "unit", header: t("col.unit"), cell: (r) => t(`unit.${r.unit}`) },
    {
      id: "price",
      header: t("col.price"),
      align: "right",
      cell: (r) => <span className="whitespace-nowrap">{formatMoney(r.price, country, locale)}</span>,
    },
    { id: "vatRate", header: t("col.vatRate"), cell: (r) => vatCell(r.vatRate) },
  ];
  if (canManage)
    columns.push({
      id: "actions",
      header: t("actionsCol"),
      srOnlyHeader: true,
      card: "full",
      className: "md:!py-1",
      cell: actions,
    });

  const sort = params.sort.startsWith("-")
    ? { id: params.sort.slice(1), desc: true }
    : { id: params.sort, desc: false };
  return (
    <DataTable
      rows={rows}
      columns={columns}
      label={t("title")}
      rowIdAttribute="data-item-id"
      rowTone={(r) => (r.archived ? "muted" : undefined)}
      sort={{ value: sort, sortable: SORTABLE, style: "signed" }}
      selectable={canManage}
      selection={{
        value: selection,
        onChange: onSelectionChange,
        allLabel: t("selectAll"),
        rowLabel: (r) => t("selectRow", { name: r.name }),
      }}
      loadingLabel={tc("loading")}
      {...view}
    />
  );
}
