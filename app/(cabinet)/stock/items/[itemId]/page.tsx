import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { DataTable } from "@/components/data-table/data-table";
import { Card, PageHeader } from "@/components/ui/card";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { findItemMovements } from "@/lib/stock/find-item-movements";
import { can } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { cn } from "@/lib/cn";
import { ItemStockSettings } from "../../_components/item-stock-settings";

export async function generateMetadata() {
  return { title: (await getTranslations("stock"))("item.title") };
}

type Search = Record<string, string | string[] | undefined>;

// GET /stock/items/:itemId?tp=&before= – an item's balances and movement history.
export default async function StockItemPage({
  params,
  searchParams,
}: {
  params: Promise<{ itemId: string }>;
  searchParams: Promise<Search>;
}) {
  const ctx = await requireTenant("stock.read");
  const { itemId } = await params;
  const sp = await searchParams;
  if (!isUuid(itemId)) notFound();
  const tp = typeof sp.tp === "string" && isUuid(sp.tp) ? sp.tp : undefined;
  const before = typeof sp.before === "string" ? sp.before : undefined;
  const card = await orNotFound(findItemMovements(ctx, itemId, { tradePointId: tp, before }));
  const [t, tn, f] = await Promise.all([
    getTranslations("stock"),
    getTranslations("nomenclature"),
    getFormatter(),
  ]);
  const pageLocale = (await getLocale()) as Locale;
  const money = (minor: number) =>
    f.number(minor / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const qty = (q: string) => f.number(Number(q), { maximumFractionDigits: 3 });
  const dt = (iso: string) => formatDateTime(new Date(iso), pageLocale, ctx.timezone);
  return (
    <div>
      <Link href={tp ? `/stock?tp=${tp}` : "/stock"} className="text-sm text-brand-700 hover:underline">
        ← {t("item.back")}
      </Link>
      <PageHeader title={card.item.name} />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="mb-3 font-semibold">{t("item.balances")}</h2>
          {card.balances.length === 0 ? (
            <p className="text-sm text-slate-600">{t("item.noBalances")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {card.balances.map((b) => (
                <li key={b.tradePointId} className="flex justify-between gap-4">
                  <span>{b.tradePointName}</span>
                  <span
                    className={cn("tabular-nums", Number(b.quantity) < 0 && "font-semibold text-red-700")}
                    data-testid="item-balance"
                  >
                    {qty(b.quantity)} {tn(`unit.${card.item.unit}`)} · {money(b.value)}
                  </span>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {can(ctx, "stock.manage") ? (
          <ItemStockSettings
            itemId={card.item.id}
            tracksStock={card.item.tracksStock}
            stockMin={card.item.stockMin ?? ""}
            service={card.item.type === "SERVICE"}
          />
        ) : null}
      </div>
      <h2 className="mb-3 mt-6 font-semibold">{t("item.history")}</h2>
      {card.movements.length === 0 ? (
        <p className="text-sm text-slate-600">{t("item.noHistory")}</p>
      ) : (
        <DataTable
          label={t("item.history")}
          rowTestId="movement-row"
          columns={[
            { id: "at", header: t("item.col.at"), card: "title" },
            { id: "tradePoint", header: t("item.col.tradePoint") },
            { id: "kind", header: t("item.col.kind") },
            { id: "quantity", header: t("item.col.quantity"), align: "right" },
            { id: "value", header: t("item.col.value"), align: "right" },
            { id: "source", header: t("item.col.source") },
          ]}
          rows={card.movements.map((m) => ({
            id: m.id,
            cells: {
              at: dt(m.at),
              tradePoint: m.tradePointName,
              kind: (
                <span>
                  {t(`kind.${m.kind}` as "kind.SALE")}
                  {m.reversal ? (
                    <span className="ml-1 text-xs text-slate-500">({t("item.reversal")})</span>
                  ) : null}
                </span>
              ),
              quantity: (
                <span className={Number(m.quantity) < 0 ? "text-red-700" : "text-emerald-700"}>
                  {Number(m.quantity) > 0 ? "+" : ""}
                  {qty(m.quantity)}
                </span>
              ),
              value: money(m.value),
              source: m.fiscal ? (
                <Link href={`/receipts/${m.fiscal.id}`} className="text-brand-700 hover:underline">
                  {t("item.fiscal", { number: m.fiscal.number })}
                </Link>
              ) : m.stockDocument ? (
                <Link
                  href={`/stock/documents/${m.stockDocument.id}`}
                  className="text-brand-700 hover:underline"
                >
                  {t("item.stockDoc", { number: m.stockDocument.number })}
                </Link>
              ) : null,
            },
          }))}
        />
      )}
      {card.nextBefore ? (
        <Link
          href={`/stock/items/${card.item.id}?${new URLSearchParams({ ...(tp ? { tp } : {}), before: card.nextBefore })}`}
          className="mt-3 inline-block text-sm text-brand-700 hover:underline"
        >
          {t("item.more")}
        </Link>
      ) : null}
    </div>
  );
}
