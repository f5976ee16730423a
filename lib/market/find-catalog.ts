import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

/** Active products with a price in the organization's country, in catalog order. */
export async function findCatalog(ctx: TenantContext) {
  assertCan(ctx, "market.read");
  const rows = await db.product.findMany({
    where: { active: true, prices: { some: { country: ctx.country } } },
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      kind: true,
      nameRu: true,
      nameKk: true,
      nameEn: true,
      months: true,
      prices: { where: { country: ctx.country }, select: { amount: true, currency: true } },
    },
  });
  return rows.map(({ prices, ...p }) => ({ ...p, price: prices[0].amount, currency: prices[0].currency }));
}
export type CatalogProduct = Awaited<ReturnType<typeof findCatalog>>[number];
