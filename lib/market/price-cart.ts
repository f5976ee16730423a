import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { CURRENCY_OF } from "@/lib/locale/country";
import { lineAmount } from "./money";
import type { TCartItem } from "./schemas";

export interface PricedLine {
  productId: string;
  code: string;
  kind: "SERVICE_MONTHS" | "TARIFF" | "FISCAL_DRIVE";
  nameRu: string;
  nameKk: string;
  nameEn: string;
  months: number | null;
  quantity: number;
  unitPrice: bigint;
  amount: bigint;
}

export interface PricedCart {
  lines: PricedLine[];
  /** cart lines whose product is no longer sold (inactive or no price in this country) */
  unavailable: string[];
  currency: string;
  total: bigint;
  /** fiscal drives are shipped: the order needs a delivery address */
  needsDelivery: boolean;
}

/** The cart at today's catalog prices of the organization's country. */
export async function priceCart(ctx: TenantContext, items: TCartItem[], tx?: Tx): Promise<PricedCart> {
  assertCan(ctx, "market.read");
  const client = tx ?? db;
  const products = items.length
    ? await client.product.findMany({
        where: { id: { in: items.map((i) => i.productId) }, active: true },
        select: {
          id: true,
          code: true,
          kind: true,
          nameRu: true,
          nameKk: true,
          nameEn: true,
          months: true,
          prices: { where: { country: ctx.country }, select: { amount: true } },
        },
      })
    : [];
  const byId = new Map(products.map((p) => [p.id, p]));
  const lines: PricedLine[] = [];
  const unavailable: string[] = [];
  for (const item of items) {
    const p = byId.get(item.productId);
    if (!p || p.prices.length === 0) {
      unavailable.push(item.productId);
      continue;
    }
    const unitPrice = p.prices[0].amount;
    lines.push({
      productId: p.id,
      code: p.code,
      kind: p.kind,
      nameRu: p.nameRu,
      nameKk: p.nameKk,
      nameEn: p.nameEn,
      months: p.months,
      quantity: item.quantity,
      unitPrice,
      amount: lineAmount(unitPrice, item.quantity),
    });
  }
  return {
    lines,
    unavailable,
    currency: CURRENCY_OF[ctx.country],
    total: lines.reduce((s, l) => s + l.amount, 0n),
    needsDelivery: lines.some((l) => l.kind === "FISCAL_DRIVE"),
  };
}
