import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { assertKeysFree } from "./assert-keys-free";
import { itemSelect, toItemDto, type ItemDto } from "./dto";
import { lockNomenclature } from "./lock";
import type { TCreateItemInput } from "./schemas";
import { assertVatRateUsable, getVatRates } from "./vat-rates";
import { localDate } from "@/lib/locale/zone";

export async function createItem(ctx: TenantContext, input: TCreateItemInput): Promise<ItemDto> {
  assertCan(ctx, "nomenclature.manage");
  assertVatRateUsable(input.vatRate, await getVatRates(ctx.country), localDate(new Date(), ctx.timezone));
  return db.$transaction(async (tx) => {
    await lockNomenclature(tx, ctx.organizationId);
    await assertKeysFree(tx, ctx.organizationId, input);
    const item = await tx.nomenclatureItem.create({
      data: {
        organizationId: ctx.organizationId,
        name: input.name,
        article: input.article,
        type: input.type,
        unit: input.unit,
        price: input.price,
        vatRate: input.vatRate,
        section: input.section,
        barcodes: { create: input.barcodes.map((barcode, position) => ({ barcode, position })) },
      },
      select: itemSelect,
    });
    await audit(tx, ctx, {
      action: "nomenclature.create",
      objectType: "nomenclatureItem",
      objectId: item.id,
      details: {
        name: item.name,
        article: item.article,
        barcodes: input.barcodes,
        price: item.price.toString(),
        vatRate: item.vatRate,
      },
    });
    return toItemDto(item);
  });
}
