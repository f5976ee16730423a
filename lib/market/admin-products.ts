// PLATFORM_ADMIN: the catalog and its prices (/admin/catalog). Platform data, not a tenant's:
// changes are journalled under the operator's own organization.
import { crossTenant } from "@/lib/db/fan-out";
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { CURRENCY_OF } from "@/lib/locale/country";
import type { TProductInput } from "./schemas";

async function adminListProductsUnscoped(ctx: TenantContext) {
  assertCan(ctx, "platform.admin");
  return db.product.findMany({
    orderBy: [{ sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      kind: true,
      nameRu: true,
      nameKk: true,
      nameEn: true,
      months: true,
      active: true,
      sortOrder: true,
      prices: { select: { country: true, amount: true, currency: true } },
    },
  });
}
export type AdminProduct = Awaited<ReturnType<typeof adminListProducts>>[number];

/** Creates a product (empty productId) or updates one; a price left empty removes the product from that country. */
async function adminSaveProductUnscoped(ctx: TenantContext, input: TProductInput) {
  assertCan(ctx, "platform.admin");
  await db.$transaction(async (tx) => {
    const data = {
      code: input.code,
      kind: input.kind,
      nameRu: input.nameRu,
      nameKk: input.nameKk,
      nameEn: input.nameEn,
      months: input.months,
      active: input.active,
      sortOrder: input.sortOrder,
    };
    const clash = await tx.product.findFirst({
      where: { code: input.code, ...(input.productId ? { NOT: { id: input.productId } } : {}) },
      select: { id: true },
    });
    if (clash) throw new AppError("CONFLICT", { messageKey: "market.admin.codeTaken", field: "code" });
    let productId = input.productId;
    if (productId) {
      const { count } = await tx.product.updateMany({ where: { id: productId }, data });
      if (count === 0) throw new AppError("NOT_FOUND");
    } else {
      productId = (await tx.product.create({ data, select: { id: true } })).id;
    }
    for (const [country, amount] of [
      ["RU", input.priceRu],
      ["KZ", input.priceKz],
    ] as const) {
      if (amount === null) {
        await tx.productPrice.deleteMany({ where: { productId, country } });
      } else {
        await tx.productPrice.upsert({
          where: { productId_country: { productId, country } },
          create: { productId, country, currency: CURRENCY_OF[country], amount },
          update: { amount, currency: CURRENCY_OF[country] },
        });
      }
    }
    await audit(tx, ctx, {
      action: input.productId ? "product.update" : "product.create",
      objectType: "product",
      objectId: productId,
      details: {
        code: input.code,
        months: input.months,
        active: input.active,
        priceRu: input.priceRu?.toString() ?? null,
        priceKz: input.priceKz?.toString() ?? null,
      },
    });
  });
}

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminListProducts: typeof adminListProductsUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminListProductsUnscoped(...args));

/** PLATFORM_ADMIN work spans tenants (lib/db/fan-out.ts). */
export const adminSaveProduct: typeof adminSaveProductUnscoped = (...args) =>
  crossTenant("admin.platform", () => adminSaveProductUnscoped(...args));
