import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, PageHeader } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { adminListProducts } from "@/lib/market/admin-products";
import { formatMoney } from "@/lib/locale/money";
import { ProductForm, type ProductFormValues } from "./product-form";

export async function generateMetadata() {
  return { title: (await getTranslations("market"))("admin.catalogTitle") };
}

const major = (v: bigint | undefined) => (v === undefined ? "" : (Number(v) / 100).toFixed(2));

/** /admin/catalog: the «Маркет» products and their prices per country (PLATFORM_ADMIN). */
export default async function AdminCatalogPage() {
  const ctx = await requireTenant("platform.admin");
  const [products, t, tm, locale] = await Promise.all([
    adminListProducts(ctx),
    getTranslations("market.admin"),
    getTranslations("market"),
    getLocale(),
  ]);
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title={t("catalogTitle")} />
      <ul className="space-y-2">
        {products.map((p) => {
          const ru = p.prices.find((x) => x.country === "RU");
          const kz = p.prices.find((x) => x.country === "KZ");
          const values: ProductFormValues = {
            productId: p.id,
            code: p.code,
            kind: p.kind,
            nameRu: p.nameRu,
            nameKk: p.nameKk,
            nameEn: p.nameEn,
            months: String(p.months ?? ""),
            priceRu: major(ru?.amount),
            priceKz: major(kz?.amount),
            active: p.active,
            sortOrder: String(p.sortOrder),
          };
          return (
            <li key={p.id}>
              <details className="group rounded-lg border border-slate-200 bg-white">
                <summary className="flex cursor-pointer flex-wrap items-center gap-x-4 gap-y-1 p-3 text-sm">
                  <code className="w-24 font-mono text-xs text-slate-500">{p.code}</code>
                  <span className="min-w-0 flex-1 font-medium">{p.nameRu}</span>
                  <span className="text-slate-600">{tm(`kind.${p.kind}`)}</span>
                  <span className="w-28 text-right tabular-nums">
                    {ru ? formatMoney(ru.amount, "RUB", locale) : t("notSold")}
                  </span>
                  <span className="w-32 text-right tabular-nums">
                    {kz ? formatMoney(kz.amount, "KZT", locale) : t("notSold")}
                  </span>
                  {!p.active ? <Badge tone="gray">{t("inactive")}</Badge> : null}
                </summary>
                <div className="border-t border-slate-200 p-4">
                  <ProductForm values={values} />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("newProduct")}</h2>
        <ProductForm
          values={{
            productId: "",
            code: "",
            kind: "SERVICE_MONTHS",
            nameRu: "",
            nameKk: "",
            nameEn: "",
            months: "",
            priceRu: "",
            priceKz: "",
            active: true,
            sortOrder: "100",
          }}
        />
      </Card>
    </div>
  );
}
