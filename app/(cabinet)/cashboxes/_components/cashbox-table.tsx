"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RowSelectionState } from "@tanstack/react-table";
import { CashboxStatusBadges } from "@/components/cashboxes/status-badges";
import { DataTable, type DataColumn, type TableView } from "@/components/data-table/data-table";
import { CASHBOX_SORTS, type CashboxListParams } from "@/lib/cashboxes/list-params";
import type { CashboxViewRow } from "./types";

export interface TablePermissions {
  renew: boolean;
  register: boolean;
  select: boolean;
}

const dash = <span className="text-slate-500">—</span>;

/**
 * The cashbox table (desktop) and the same rows as cards (phone), on the data table. Sorting,
 * paging and filtering happen on the server: the table only renders one page.
 */
export function CashboxTable({
  rows,
  params,
  country,
  can,
  selection,
  onSelectionChange,
  view,
}: {
  rows: CashboxViewRow[];
  params: CashboxListParams;
  country: "RU" | "KZ";
  can: TablePermissions;
  selection: RowSelectionState;
  onSelectionChange: (s: RowSelectionState) => void;
  /** the view's state around the table: loading, the empty state, the pages */
  view: TableView<CashboxViewRow>;
}) {
  const t = useTranslations("cashboxes.list");
  const tp = useTranslations("cashboxes.ofdPeriod");
  // the data table keeps its cells mounted across renders (a refresh after a renewal must not
  // close the badge's renewal dialog before it says it worked)
  const columns: DataColumn<CashboxViewRow>[] = [
    {
      id: "name",
      header: t("columns.name"),
      card: "title",
      wrap: true,
      // The row's link: stretched over the whole row (rows are links; badges and the checkbox sit above it).
      cell: (r) => (
        <Link
          href={`/cashboxes/${r.id}`}
          className="font-medium text-brand-700 after:absolute after:inset-0 hover:underline focus-visible:outline-none"
        >
          {r.name}
        </Link>
      ),
    },
    {
      id: "status",
      header: t("columns.status"),
      card: "full",
      cell: (r) => (
        <CashboxStatusBadges
          cashboxId={r.id}
          cashboxName={r.name}
          status={r.status}
          canRenew={can.renew}
          canRegister={can.register}
          ofdPaidUntil={r.ofdPaidUntil}
        />
      ),
    },
    {
      id: "todayRevenue",
      hideable: true,
      header: t("columns.todayRevenue"),
      // Right after the status: on screen at 1440 px without scrolling the wide table sideways
      // (issue 15.6).
      cell: (r) =>
        r.display.todayRevenue ?? (
          <span title={t("noRevenueData")} className="text-slate-500">
            —
          </span>
        ),
    },
    {
      id: "tradePoint",
      hideable: true,
      header: t("columns.tradePoint"),
      cell: (r) => <span className="block max-w-44 whitespace-normal">{r.tradePoint.name}</span>,
    },
    { id: "model", header: t("columns.model"), hideable: true, cell: (r) => r.model },
    {
      id: "serialNumber",
      hideable: true,
      header: t("columns.serialNumber"),
      cell: (r) => <span className="font-mono text-xs">{r.serialNumber}</span>,
    },
    {
      id: "registrationNumber",
      hideable: true,
      header: country === "KZ" ? t("columns.registrationNumberKz") : t("columns.registrationNumberRu"),
      cell: (r) => (
        <span className="font-mono text-xs">
          {r.registrationNumber ?? dash}
          {r.inkOfd ? <span className="block text-slate-500">{r.inkOfd}</span> : null}
        </span>
      ),
    },
    {
      id: "fiscalDrive",
      hideable: true,
      header: t("columns.fiscalDrive"),
      cell: (r) =>
        r.fiscalDrive ? (
          <span className="font-mono text-xs">
            {r.fiscalDrive.number}
            {r.display.fiscalDriveExpires ? (
              <span className="block font-sans text-slate-500">
                {t("fiscalDriveUntil", { date: r.display.fiscalDriveExpires })}
              </span>
            ) : null}
          </span>
        ) : (
          dash
        ),
    },
    {
      id: "paidUntil",
      hideable: true,
      header: t("columns.paidUntil"),
      // a third-party ОФД cashbox: the tariff, then the ОФД's own date
      cell: (r) =>
        r.status.thirdPartyOfd ? (
          <span className="inline-flex flex-col">
            <span>{r.display.paidUntil ?? dash}</span>
            <span className="text-xs text-slate-500" data-ofd-paid-until>
              {tp("ofdColumn", { date: r.display.ofdPaidUntil ?? "—" })}
            </span>
          </span>
        ) : (
          (r.display.paidUntil ?? dash)
        ),
    },
    {
      id: "lastSeenAt",
      hideable: true,
      header: t("columns.lastSeenAt"),
      cell: (r) => r.display.lastSeenAt ?? <span className="text-slate-500">{t("never")}</span>,
    },
  ];

  return (
    <DataTable
      rows={rows}
      columns={columns}
      label={t("table")}
      columnMenu="cashboxes"
      rowIdAttribute="data-cashbox-id"
      sort={{
        value: { id: params.sort, desc: params.dir === "desc" },
        sortable: CASHBOX_SORTS,
        style: "dir",
      }}
      selectable={can.select}
      selection={{
        value: selection,
        onChange: onSelectionChange,
        allLabel: t("selectAll"),
        rowLabel: (r) => t("selectRow", { name: r.name }),
      }}
      loadingLabel={t("updating")}
      {...view}
    />
  );
}
