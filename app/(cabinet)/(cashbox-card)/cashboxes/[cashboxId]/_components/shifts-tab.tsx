import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/locale/money";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { DataTable, type DataColumn, type DataRow } from "@/components/data-table/data-table";
import { findCashboxShifts } from "@/lib/device/find-cashbox-shifts";
import { requireTenant } from "@/lib/http/require-tenant";
import { cardFormat } from "./format";
import { tabPagination } from "./tab-pagination";

/** «Смены» of one cashbox: shifts with their Z-report figures (the open one live), newest first. */
export async function ShiftsTab({
  cashboxId,
  timeZone,
  page,
}: {
  cashboxId: string;
  timeZone: string;
  page?: number;
}) {
  const ctx = await requireTenant("cashbox.read");
  const t = await getTranslations("device.tabs");
  const list = await findCashboxShifts(ctx, cashboxId, { page });
  if (list.total === 0) return <EmptyState title={t("noShifts")} text={t("noShiftsHint")} />;
  const fmt = await cardFormat(timeZone);
  const locale = await getLocale();
  const money = (minor: bigint) => formatMoney(minor, ctx.country, locale);
  const columns: DataColumn[] = [
    { id: "number", header: t("number"), card: "title" },
    { id: "openedAt", header: t("openedAt") },
    { id: "closedAt", header: t("closedAt") },
    { id: "cashier", header: t("cashier") },
    { id: "documents", header: t("documents"), align: "right" },
    { id: "revenue", header: t("revenue"), align: "right" },
    { id: "cash", header: t("cashInDrawer"), align: "right" },
    { id: "zReport", header: t("zReport") },
  ];
  const rows: DataRow[] = list.rows.map((s) => ({
    id: s.id,
    cells: {
      number: (
        <span className="font-mono">
          <span className="font-sans md:hidden">{t("shift")} </span>
          {s.number}
        </span>
      ),
      openedAt: fmt.dateTime(s.openedAt),
      closedAt: s.closedAt ? (
        <span>
          {fmt.dateTime(s.closedAt)}
          {s.autoClosed ? <span className="block text-xs text-slate-500">{t("autoClosed")}</span> : null}
        </span>
      ) : (
        <Badge tone="green">{t("open")}</Badge>
      ),
      cashier: s.openedByName || "—",
      documents: s.documentCount,
      revenue: money(s.revenue),
      cash: money(s.cash),
      zReport: (
        <span className="font-mono text-xs">
          {s.zFiscalSign ? `${t("fiscalSign")} ${s.zFiscalSign}` : "—"}
        </span>
      ),
    },
  }));
  return (
    <DataTable
      rows={rows}
      columns={columns}
      label={t("shifts")}
      rowTestId="shift-row"
      pagination={tabPagination(cashboxId, "shifts", list)}
    />
  );
}
