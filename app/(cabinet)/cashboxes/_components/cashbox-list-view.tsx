"use client";
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RowSelectionState } from "@tanstack/react-table";
import { RenewDialog } from "@/components/cashboxes/renew-dialog";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/card";
import {
  hasFilters,
  listHref,
  listParamsToSearch,
  type CashboxListParams,
} from "@/lib/cashboxes/list-params";
import { CashboxFilters } from "./cashbox-filters";
import { CashboxTable, type TablePermissions } from "./cashbox-table";
import type { CashboxViewRow } from "./types";
import { useListNavigation } from "./use-list-navigation";

export interface CashboxListViewProps {
  rows: CashboxViewRow[];
  total: number;
  page: number;
  pages: number;
  params: CashboxListParams;
  country: "RU" | "KZ";
  can: TablePermissions;
  tradePoints: { id: string; name: string }[] | null;
  selectedTradePoint: { id: string; name: string } | null;
}

export function CashboxListView(props: CashboxListViewProps) {
  const { rows, total, page, pages, params, country, can } = props;
  const t = useTranslations("cashboxes.list");
  const { navigate, pending } = useListNavigation(params);
  // Selection belongs to the page on screen: the parent re-mounts this view when the URL changes.
  const [selection, setSelection] = useState<RowSelectionState>({});
  const [bulkOpen, setBulkOpen] = useState(false);
  const selected = rows.filter((r) => selection[r.id]);

  const filtered = hasFilters(params);
  return (
    <div>
      <CashboxFilters
        params={params}
        country={country}
        tradePoints={props.tradePoints}
        selectedTradePoint={props.selectedTradePoint}
        navigate={navigate}
      />

      {selected.length > 0 ? (
        <div
          role="region"
          aria-label={t("selected", { count: selected.length })}
          className="sticky top-16 z-20 mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-brand-50 px-4 py-2 text-sm shadow-sm"
        >
          <span className="font-medium text-brand-700">{t("selected", { count: selected.length })}</span>
          {can.renew ? (
            <Button size="sm" onClick={() => setBulkOpen(true)}>
              {t("bulkRenew")}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={() => setSelection({})}>
            {t("clearSelection")}
          </Button>
          <RenewDialog
            open={bulkOpen}
            onOpenChange={setBulkOpen}
            cashboxes={selected.map((r) => ({ id: r.id, name: r.name }))}
          />
        </div>
      ) : null}

      <CashboxTable
        rows={rows}
        params={params}
        country={country}
        can={can}
        selection={selection}
        onSelectionChange={setSelection}
        view={{
          loading: pending,
          empty: filtered ? (
            <EmptyState title={t("noMatchTitle")} text={t("noMatchText")}>
              <Link
                href={listHref({ sort: params.sort, dir: params.dir })}
                className="text-sm font-medium text-brand-700 hover:underline"
              >
                {t("resetFilters")}
              </Link>
            </EmptyState>
          ) : (
            <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
          ),
          pagination: {
            path: "/cashboxes",
            params: Object.fromEntries(listParamsToSearch({ ...params, page: 1 })),
            page,
            pages,
            total,
          },
        }}
      />
    </div>
  );
}
