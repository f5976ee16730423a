import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { cartCount } from "@/lib/market/cart";
import { can } from "@/lib/tenant/context";
import { SectionTabs } from "@/components/ui/section-tabs";
import { readCart } from "./cart-cookie";

export async function generateMetadata() {
  return { title: (await getTranslations("market"))("title") };
}

export default async function MarketLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireTenant("market.read");
  const t = await getTranslations("market");
  const count = can(ctx, "market.buy") ? cartCount(await readCart(ctx)) : 0;
  const tabs = [
    { href: "/market", label: t("catalog"), exact: true },
    ...(can(ctx, "market.buy")
      ? [{ href: "/market/cart", label: `${t("cartLink")} · ${t("cartCount", { count })}` }]
      : []),
    { href: "/market/orders", label: t("orders.title") },
  ];
  return (
    <div className="max-w-6xl">
      <PageHeader title={t("title")} />
      <SectionTabs tabs={tabs} label={t("title")} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
