import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/locale/money";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { findCashboxDocuments } from "@/lib/device/find-cashbox-documents";
import { requireTenant } from "@/lib/http/require-tenant";
import { cardFormat } from "./format";

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
  return (
    <div>
      {/* phones: one line per document; wider screens: the table */}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white sm:hidden">
        {list.rows.map((d) => {
          const hasAmount = RECEIPTS.has(d.type) || d.type === "cash_deposit" || d.type === "cash_withdrawal";
          return (
            <li key={d.id} className="flex items-start justify-between gap-3 px-4 py-3 text-sm">
              <div className="min-w-0">
                <p className="font-medium text-slate-900">
                  № {d.number} · {t(`types.${d.type}`)}
                  {d.offline ? (
                    <Badge tone="yellow" className="ml-2">
                      {t("offline")}
                    </Badge>
                  ) : null}
                </p>
                <p className="text-xs text-slate-500">
                  {fmt.dateTime(d.createdAt)}
                  {d.shiftNumber !== null ? ` · ${t("shift")} ${d.shiftNumber}` : ""}
                </p>
                <p className="font-mono text-xs text-slate-500">
                  {t("fiscalSign")} {d.fiscalSign}
                </p>
              </div>
              <p
                className={`font-medium whitespace-nowrap tabular-nums ${OUTGOING.has(d.type) ? "text-red-700" : ""}`}
              >
                {hasAmount ? `${OUTGOING.has(d.type) ? "−" : ""}${money(d.total)}` : "—"}
              </p>
            </li>
          );
        })}
      </ul>
      <Card className="hidden p-0 sm:block sm:p-0">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">{t("receipts")}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("number")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("date")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("type")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("shift")}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t("total")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("payment")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("cashier")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("fiscalSign")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((d) => {
                const isReceipt = RECEIPTS.has(d.type);
                const hasAmount = isReceipt || d.type === "cash_deposit" || d.type === "cash_withdrawal";
                return (
                  <tr key={d.id} data-testid="document-row">
                    <td className="px-4 py-2 font-mono">{d.number}</td>
                    <td className="px-4 py-2 whitespace-nowrap">{fmt.dateTime(d.createdAt)}</td>
                    <td className="px-4 py-2">
                      <span className={isReceipt ? "font-medium text-slate-900" : "text-slate-600"}>
                        {t(`types.${d.type}`)}
                      </span>
                      {d.offline ? (
                        <Badge tone="yellow" className="ml-2">
                          {t("offline")}
                        </Badge>
                      ) : null}
                    </td>
                    <td className="px-4 py-2 font-mono">{d.shiftNumber ?? "—"}</td>
                    <td
                      className={`px-4 py-2 text-right tabular-nums whitespace-nowrap ${OUTGOING.has(d.type) ? "text-red-700" : ""}`}
                    >
                      {hasAmount ? `${OUTGOING.has(d.type) ? "−" : ""}${money(d.total)}` : "—"}
                    </td>
                    <td className="px-4 py-2 text-xs text-slate-600 whitespace-nowrap">
                      {isReceipt
                        ? [
                            d.cash > 0n ? `${t("cash")} ${money(d.cash)}` : null,
                            d.card > 0n ? `${t("card")} ${money(d.card)}` : null,
                          ]
                            .filter(Boolean)
                            .join(" · ") || "—"
                        : "—"}
                    </td>
                    <td className="px-4 py-2">{d.cashierName || "—"}</td>
                    <td className="px-4 py-2 font-mono text-xs">{d.fiscalSign}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>
      <Pagination
        path={`/cashboxes/${cashboxId}`}
        params={{ tab: "receipts" }}
        page={list.page}
        pages={list.pages}
        total={list.total}
      />
    </div>
  );
}
