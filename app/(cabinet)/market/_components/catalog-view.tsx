import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { formatMoney } from "@/lib/locale/money";
import { perMonthPrice } from "@/lib/market/money";
import { productName } from "@/lib/market/product-name";
import { PRODUCT_KINDS } from "@/lib/market/schemas";
import { AddToCart } from "./add-to-cart";

interface Product {
  id: string;
  code: string;
  kind: (typeof PRODUCT_KINDS)[number];
  nameRu: string;
  nameKk: string;
  nameEn: string;
  months: number | null;
  price: string;
  currency: string;
}

/** The catalog grouped by kind: OFD service, the cashbox tariff, fiscal drives (goods). */
export async function CatalogView({
  products,
  locale,
  canBuy,
}: {
  products: Product[];
  locale: string;
  canBuy: boolean;
}) {
  const t = await getTranslations("market");
  if (products.length === 0) return <EmptyState title={t("cart.emptyText")} />;
  return (
    <div className="space-y-8">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      {!canBuy ? (
        <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-brand-700">{t("readOnly")}</p>
      ) : null}
      {PRODUCT_KINDS.map((kind) => {
        const items = products.filter((p) => p.kind === kind);
        if (items.length === 0) return null;
        return (
          <section key={kind} aria-labelledby={`kind-${kind}`}>
            <h2 id={`kind-${kind}`} className="text-lg font-semibold text-slate-900">
              {t(`kind.${kind}`)}
            </h2>
            <p className="mt-1 text-sm text-slate-600">{t(`kindHint.${kind}`)}</p>
            <ul className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
              {items.map((p) => {
                const price = BigInt(p.price);
                const name = productName(p, locale);
                return (
                  <li
                    key={p.id}
                    className="flex flex-col rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
                    data-product={p.code}
                  >
                    <h3 className="font-medium text-slate-900">{name}</h3>
                    <p className="mt-1 text-xs text-slate-500">
                      {p.months
                        ? kind === "FISCAL_DRIVE"
                          ? t("validity", { months: p.months })
                          : t("months", { months: p.months })
                        : null}
                    </p>
                    <p className="mt-3 text-2xl font-semibold text-slate-900">
                      {formatMoney(price, p.currency, locale)}
                    </p>
                    {kind !== "FISCAL_DRIVE" && p.months && p.months > 1 ? (
                      <p className="text-xs text-slate-500">
                        {t("perMonth", {
                          price: formatMoney(perMonthPrice(price, p.months), p.currency, locale),
                          total: formatMoney(price, p.currency, locale),
                          months: p.months,
                        })}
                      </p>
                    ) : (
                      <p className="text-xs text-transparent" aria-hidden>
                        ·
                      </p>
                    )}
                    {canBuy ? <AddToCart productId={p.id} productName={name} /> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
