import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/locale/money";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/card";
import { DataTable, type DataColumn, type DataRow } from "@/components/data-table/data-table";
import { findCashboxDocuments } from "@/lib/device/find-cashbox-documents";
import { requireTenant } from "@/lib/http/require-tenant";
import { cardFormat } from "./format";
import { tabPagination } from "./tab-pagination";

const RECEIPTS = new Set(["sale", "sale_return", "purchase", "purchase_return"]);
const OUTGOING = new Set(["sale_return", "purchase", "cash_withdrawal"]);

/** «Чеки» of one cashbox: every document it sent — receipts, cash operations, reports — newest first. */
export async function ReceiptsTab({
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
  const list = await findCashboxDocuments(ctx, cashboxId, { page });
  if (list.total === 0) return <EmptyState title={t("noReceipts")} text={t("noReceiptsHint")} />;
  const fmt = await cardFormat(timeZone);
  const locale = await getLocale();
  const money = (minor: bigint) => formatMoney(minor, ctx.country, locale);
  const columns: DataColumn[] = [
    { id: "number", header: t("number"), card: "title" },
    { id: "date", header: t("date") },
    { id: "type", header: t("type") },
    { id: "shift", header: t("shift") },
    { id: "total", header: t("total"), align: "right" },
    { id: "payment", header: t("payment") },
    { id: "cashier", header: t("cashier") },
    { id: "fiscalSign", header: t("fiscalSign") },
  ];
  const rows: DataRow[] = list.rows.map((d) => {
    const isReceipt = RECEIPTS.has(d.type);
    const hasAmount = isReceipt || d.type === "cash_deposit" || d.type === "cash_withdrawal";
    const outgoing = OUTGOING.has(d.type);
    return {
      id: d.id,
      cells: {
        number: (
          <span className="font-mono">
            <span className="md:hidden">№ </span>
            {d.number}
          </span>
        ),
        date: fmt.dateTime(d.createdAt),
        type: (
          <span>
            <span className={isReceipt ? "font-medium text-slate-900" : "text-slate-600"}>
              {t(`types.${d.type}`)}
            </span>
            {d.offline ? (
              <Badge tone="yellow" className="ml-2">
                {t("offline")}
              </Badge>
            ) : null}
          </span>
        ),
        shift: <span className="font-mono">{d.shiftNumber ?? "—"}</span>,
        total: (
          <span className={outgoing ? "text-red-700" : undefined}>
            {hasAmount ? `${outgoing ? "−" : ""}${money(d.total)}` : "—"}
          </span>
        ),
        payment: (
          <span className="text-xs text-slate-600">
            {isReceipt
              ? [
                  d.cash > 0n ? `${t("cash")} ${money(d.cash)}` : null,
                  d.card > 0n ? `${t("card")} ${money(d.card)}` : null,
                ]
                  .filter(Boolean)
                  .join(" · ") || "—"
              : "—"}
          </span>
        ),
        cashier: d.cashierName || "—",
        fiscalSign: <span className="font-mono text-xs">{d.fiscalSign}</span>,
      },
    };
  });
  return (
    <DataTable
      rows={rows}
      columns={columns}
      label={t("receipts")}
      rowTestId="document-row"
      pagination={tabPagination(cashboxId, "receipts", list)}
    />
  );
}
