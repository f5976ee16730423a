import { audit, diff } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { assertKeysFree } from "./assert-keys-free";
import { itemSelect, toItemDto, type ItemDto } from "./dto";
import { lockNomenclature } from "./lock";
import type { TUpdateItemInput } from "./schemas";
import { assertVatRateUsable, getVatRates } from "./vat-rates";
import { localDate } from "@/lib/locale/zone";

export async function updateItem(ctx: TenantContext, input: TUpdateItemInput): Promise<ItemDto> {
  assertCan(ctx, "nomenclature.manage");
  const rates = await getVatRates(ctx.country);
  return db.$transaction(async (tx) => {
    await lockNomenclature(tx, ctx.organizationId);
    const before = await tx.nomenclatureItem.findFirst({
      where: { organizationId: ctx.organizationId, id: input.id },
      select: itemSelect,
    });
    if (!before) throw new AppError("NOT_FOUND");
    if (input.version !== undefined && before.changeSeq.toString() !== input.version)
      throw new AppError("CONFLICT");
    assertVatRateUsable(input.vatRate, rates, localDate(new Date(), ctx.timezone), before.vatRate);
    await assertKeysFree(tx, ctx.organizationId, input, before.id);

    const old = {
      ...before,
      price: before.price.toString(),
      barcodes: before.barcodes.map((b) => b.barcode).join(", "),
    };
    const next = {
      name: input.name,
      article: input.article,
      type: input.type,
      unit: input.unit,
      price: input.price.toString(),
      vatRate: input.vatRate,
      section: input.section,
      barcodes: input.barcodes.join(", "),
    };
    const changes = diff(old, next);
    if (Object.keys(changes).length === 0) return toItemDto(before);

    if (changes.barcodes)
      await tx.nomenclatureBarcode.deleteMany({
        where: { organizationId: ctx.organizationId, itemId: before.id },
      });
    const item = await tx.nomenclatureItem.update({
      where: { organizationId_id: { organizationId: ctx.organizationId, id: before.id } },
      data: {
        name: input.name,
        article: input.article,
        type: input.type,
        unit: input.unit,
        price: input.price,
        vatRate: input.vatRate,
        section: input.section,
        ...(changes.barcodes
          ? { barcodes: { create: input.barcodes.map((barcode, position) => ({ barcode, position })) } }
          : {}),
      },
      select: itemSelect,
    });
    await audit(tx, ctx, {
      action: "nomenclature.update",
      objectType: "nomenclatureItem",
      objectId: item.id,
      details: { name: item.name, changes } as Prisma.InputJsonValue,
    });
    return toItemDto(item);
  });
}
