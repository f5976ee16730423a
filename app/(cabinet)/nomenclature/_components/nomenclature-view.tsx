"use client";
import { useCallback, useState, useTransition } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { FileUp, Loader2, Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import type { RowSelectionState } from "@tanstack/react-table";
import { Button } from "@/components/ui/button";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { cn } from "@/lib/cn";
import { hasItemFilters, itemListSearch, type ItemListParams } from "@/lib/nomenclature/list-params";
import { setArchivedAction } from "../actions";
import { ExportMenu } from "./export-menu";
import { ItemFilters } from "./item-filters";
import { ItemFormDialog } from "./item-form-dialog";
import { ItemTable } from "./item-table";
import type { ItemRow, VatOption } from "./types";
import { useItemNavigation } from "./use-item-navigation";

export interface NomenclatureViewProps {
  rows: ItemRow[];
  total: number;
  page: number;
  pages: number;
  params: ItemListParams;
  country: "RU" | "KZ";
  sections: string[];
  vat: VatOption[];
  defaultVat: string;
  canManage: boolean;
  activeImport: { id: string; fileName: string; percent: number } | null;
}

type Notice = { tone: "ok" | "error"; text: string };

export function NomenclatureView(props: NomenclatureViewProps) {
  const { rows, total, page, pages, params, country, sections, vat, canManage } = props;
  const t = useTranslations();
  const tn = useTranslations("nomenclature");
  const router = useRouter();
  const { navigate, pending } = useItemNavigation(params);
  // The selection belongs to the page on screen: a new URL (filter, sort, page) starts without one.
  const paramsKey = JSON.stringify(params);
  const [selected_, setSelected_] = useState<{ key: string; value: RowSelectionState }>({
    key: paramsKey,
    value: {},
  });
  const selection = selected_.key === paramsKey ? selected_.value : {};
  const setSelection = (value: RowSelectionState) => setSelected_({ key: paramsKey, value });
  const [editing, setEditing] = useState<ItemRow | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, startBusy] = useTransition();
  const selected = rows.filter((r) => selection[r.id]);
  const filtered = hasItemFilters(params);

  const openCreate = () => {
    setEditing(null);
    setDialogOpen(true);
  };
  const onSaved = useCallback(
    (message: string) => {
      setDialogOpen(false);
      setNotice({ tone: "ok", text: t(message) });
      router.refresh();
    },
    [router, t],
  );

  const setArchived = (ids: string[], archive: boolean) =>
    startBusy(async () => {
      const fd = new FormData();
      fd.set("ids", ids.join(","));
      fd.set("archive", archive ? "1" : "0");
      const res = await setArchivedAction({}, fd);
      setNotice({ tone: res.ok ? "ok" : "error", text: res.message ? t(res.message, res.params ?? {}) : "" });
      if (res.ok) setSelection({});
    });

  const search = itemListSearch(params);

  return (
    <div>
      <PageHeader title={tn("title")}>
        {canManage ? (
          <>
            <Button onClick={openCreate}>
              <Plus className="h-4 w-4" aria-hidden />
              {tn("add")}
            </Button>
            <Link
              href="/nomenclature/import"
              className="inline-flex h-10 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 text-sm font-medium text-slate-800 hover:bg-slate-50"
            >
              <FileUp className="h-4 w-4" aria-hidden />
              {tn("importExcel")}
            </Link>
          </>
        ) : null}
        <ExportMenu filterSearch={filtered ? search : null} />
      </PageHeader>

      {props.activeImport ? (
        <div
          role="status"
          className="mb-4 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3 text-sm text-brand-800"
        >
          <span className="inline-flex items-center gap-2">
            <Loader2 className="h-4 w-4 animate-spin" aria-hidden />
            {tn("import.runningBanner", {
              file: props.activeImport.fileName,
              percent: props.activeImport.percent,
            })}
          </span>
          <Link href={`/nomenclature/import/${props.activeImport.id}`} className="font-medium underline">
            {tn("import.open")}
          </Link>
        </div>
      ) : null}

      <ItemFilters params={params} sections={sections} navigate={navigate} />

      {notice ? (
        <p
          role="status"
          aria-live="polite"
          className={cn(
            "mb-3 rounded-md px-3 py-2 text-sm",
            notice.tone === "ok" ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700",
          )}
        >
          {notice.text}
        </p>
      ) : null}

      {selected.length > 0 ? (
        <div
          role="region"
          aria-label={tn("selected", { count: selected.length })}
          className="sticky top-16 z-20 mb-3 flex flex-wrap items-center gap-3 rounded-lg border border-brand-100 bg-brand-50 px-4 py-2 text-sm shadow-sm"
        >
          <span className="font-medium text-brand-700">{tn("selected", { count: selected.length })}</span>
          {selected.some((r) => !r.archived) ? (
            <ConfirmButton
              size="sm"
              disabled={busy}
              title={tn("bulkArchiveConfirm", { count: selected.filter((r) => !r.archived).length })}
              text={tn("archiveConfirmText")}
              onConfirm={() =>
                setArchived(
                  selected.filter((r) => !r.archived).map((r) => r.id),
                  true,
                )
              }
            >
              {tn("bulkArchive")}
            </ConfirmButton>
          ) : null}
          {selected.some((r) => r.archived) ? (
            <Button
              size="sm"
              variant="secondary"
              disabled={busy}
              onClick={() =>
                setArchived(
                  selected.filter((r) => r.archived).map((r) => r.id),
                  false,
                )
              }
            >
              {tn("bulkRestore")}
            </Button>
          ) : null}
          <Button size="sm" variant="ghost" onClick={() => setSelection({})}>
            {tn("clearSelection")}
          </Button>
        </div>
      ) : null}

      <ItemTable
        rows={rows}
        params={params}
        country={country}
        vat={vat}
        canManage={canManage}
        selection={selection}
        onSelectionChange={setSelection}
        onEdit={(item) => {
          setEditing(item);
          setDialogOpen(true);
        }}
        onArchive={(item, archive) => setArchived([item.id], archive)}
        view={{
          loading: pending || busy,
          empty: filtered ? (
            <EmptyState title={tn("notFoundTitle")} text={tn("notFoundText")} />
          ) : (
            <EmptyState title={tn("emptyTitle")} text={tn("emptyText")}>
              {canManage ? (
                <div className="flex flex-wrap justify-center gap-2">
                  <Button onClick={openCreate}>{tn("add")}</Button>
                  <Link
                    href="/nomenclature/import"
                    className="inline-flex h-10 items-center rounded-md border border-slate-300 bg-white px-4 text-sm font-medium hover:bg-slate-50"
                  >
                    {tn("importExcel")}
                  </Link>
                </div>
              ) : null}
            </EmptyState>
          ),
          pagination: { path: "/nomenclature", params: search, page, pages, total },
        }}
      />

      {canManage ? (
        <ItemFormDialog
          item={editing}
          open={dialogOpen}
          onOpenChange={setDialogOpen}
          vatOptions={vat}
          sections={sections}
          defaultVat={props.defaultVat}
          onSaved={onSaved}
        />
      ) : null}
    </div>
  );
}
