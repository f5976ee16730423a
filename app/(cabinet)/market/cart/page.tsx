import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { priceCart } from "@/lib/market/price-cart";
import { readCart } from "../cart-cookie";
import { CartView } from "./_components/cart-view";

export default async function CartPage() {
  const ctx = await requireTenant("market.buy");
  const [cart, locale, t] = await Promise.all([
    readCart(ctx).then((i) => priceCart(ctx, i)),
    getLocale(),
    getTranslations("market"),
  ]);
  const org = ctx.organizationName;
  if (cart.lines.length === 0) {
    return (
      <EmptyState title={t("cart.empty")} text={t("cart.emptyText")}>
        <Link href="/market" className="font-medium text-brand-700 underline">
          {t("cart.toCatalog")}
        </Link>
      </EmptyState>
    );
  }
  return (
    <CartView
      locale={locale}
      organizationName={org}
      currency={cart.currency}
      total={cart.total.toString()}
      needsDelivery={cart.needsDelivery}
      unavailable={cart.unavailable.length}
      lines={cart.lines.map((l) => ({
        productId: l.productId,
        name: l.nameRu,
        names: { nameRu: l.nameRu, nameKk: l.nameKk, nameEn: l.nameEn },
        quantity: l.quantity,
        unitPrice: l.unitPrice.toString(),
        amount: l.amount.toString(),
      }))}
    />
  );
}
