import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/locale/money";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { findCashboxShifts } from "@/lib/device/find-cashbox-shifts";
import { requireTenant } from "@/lib/http/require-tenant";
import { cardFormat } from "./format";

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
  return (
    <div>
      {/* phones: one line per shift; wider screens: the table */}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white sm:hidden">
        {list.rows.map((s) => (
          <li key={s.id} className="flex items-start justify-between gap-3 px-4 py-3 text-sm">
            <div className="min-w-0">
              <p className="font-medium text-slate-900">
                {t("shift")} {s.number}
              </p>
              <p className="text-xs text-slate-500">
                {fmt.dateTime(s.openedAt)} — {s.closedAt ? fmt.dateTime(s.closedAt) : t("open")}
              </p>
              <p className="text-xs text-slate-500">
                {t("documents")}: {s.documentCount}
              </p>
            </div>
            <div className="text-right tabular-nums">
              <p className="font-medium whitespace-nowrap">{money(s.revenue)}</p>
              <p className="text-xs whitespace-nowrap text-slate-500">
                {t("cashInDrawer")}: {money(s.cash)}
              </p>
            </div>
          </li>
        ))}
      </ul>
      <Card className="hidden p-0 sm:block sm:p-0">
        <div className="overflow-x-auto">
          <table className="w-full min-w-[44rem] text-left text-sm">
            <caption className="sr-only">{t("shifts")}</caption>
            <thead className="border-b border-slate-200 bg-slate-50 text-xs uppercase text-slate-500">
              <tr>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("number")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("openedAt")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("closedAt")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("cashier")}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t("documents")}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t("revenue")}
                </th>
                <th scope="col" className="px-4 py-2 text-right font-medium">
                  {t("cashInDrawer")}
                </th>
                <th scope="col" className="px-4 py-2 font-medium">
                  {t("zReport")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((s) => (
                <tr key={s.id} data-testid="shift-row">
                  <td className="px-4 py-2 font-mono">{s.number}</td>
                  <td className="px-4 py-2 whitespace-nowrap">{fmt.dateTime(s.openedAt)}</td>
                  <td className="px-4 py-2 whitespace-nowrap">
                    {s.closedAt ? (
                      <>
                        {fmt.dateTime(s.closedAt)}
                        {s.autoClosed ? (
                          <span className="block text-xs text-slate-500">{t("autoClosed")}</span>
                        ) : null}
                      </>
                    ) : (
                      <Badge tone="green">{t("open")}</Badge>
                    )}
                  </td>
                  <td className="px-4 py-2">{s.openedByName || "—"}</td>
                  <td className="px-4 py-2 text-right tabular-nums">{s.documentCount}</td>
                  <td className="px-4 py-2 text-right tabular-nums whitespace-nowrap">{money(s.revenue)}</td>
                  <td className="px-4 py-2 text-right tabular-nums whitespace-nowrap">{money(s.cash)}</td>
                  <td className="px-4 py-2 font-mono text-xs">
                    {s.zFiscalSign ? `${t("fiscalSign")} ${s.zFiscalSign}` : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Pagination
        path={`/cashboxes/${cashboxId}`}
        params={{ tab: "shifts" }}
        page={list.page}
        pages={list.pages}
        total={list.total}
      />
    </div>
  );
}
