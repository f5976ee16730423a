import { getLocale, getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/http/require-tenant";
import { findCatalog } from "@/lib/market/find-catalog";
import { can } from "@/lib/tenant/context";
import { CatalogView } from "./_components/catalog-view";

export default async function MarketPage() {
  const ctx = await requireTenant("market.read");
  const [products, locale] = await Promise.all([findCatalog(ctx), getLocale()]);
  await getTranslations("market");
  return (
    <CatalogView
      products={products.map((p) => ({ ...p, price: p.price.toString() }))}
      locale={locale}
      canBuy={can(ctx, "market.buy")}
    />
  );
}
