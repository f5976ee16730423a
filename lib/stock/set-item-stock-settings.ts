import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { lockNomenclature } from "@/lib/nomenclature/lock";
import { UNIT_INFO } from "@/lib/nomenclature/units";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { formatQuantity, parseStockQuantity } from "./quantity";
import type { TItemStockSettingsInput } from "./schemas";

/**
 * The per-item switch «Учитывать остатки» and the low-stock minimum. A service never tracks
 * stock. Switching off keeps the balance and the history (they reappear when switched on again);
 * sales made meanwhile move nothing.
 */
export async function setItemStockSettings(
  ctx: TenantContext,
  input: TItemStockSettingsInput,
): Promise<void> {
  assertCan(ctx, "stock.manage");
  await db.$transaction(async (tx) => {
    await lockNomenclature(tx, ctx.organizationId);
    const item = await tx.nomenclatureItem.findFirst({
      where: { organizationId: ctx.organizationId, id: input.itemId },
      select: { id: true, type: true, unit: true, tracksStock: true, stockMin: true },
    });
    if (!item) throw new AppError("NOT_FOUND");
    if (input.tracksStock && item.type === "SERVICE")
      throw new AppError("VALIDATION_FAILED", { field: "tracksStock", messageKey: "stock.v.service" });
    let stockMin: string | null = null;
    if (input.stockMin?.trim()) {
      const q = parseStockQuantity(input.stockMin, { whole: !UNIT_INFO[item.unit].fractional });
      if (!q.ok)
        throw new AppError("VALIDATION_FAILED", {
          field: "stockMin",
          messageKey: `stock.v.quantity_${q.problem}`,
        });
      stockMin = formatQuantity(q.thousandths);
    }
    const before = { tracksStock: item.tracksStock, stockMin: item.stockMin?.toFixed(3) ?? null };
    await tx.nomenclatureItem.updateMany({
      where: { organizationId: ctx.organizationId, id: item.id },
      data: { tracksStock: input.tracksStock, stockMin },
    });
    await audit(tx, ctx, {
      action: "stock.item.settings",
      objectType: "nomenclatureItem",
      objectId: item.id,
      details: {
        tracksStock: [before.tracksStock, input.tracksStock],
        stockMin: [before.stockMin, stockMin],
      },
    });
  });
}

/** «Учитывать остатки всех товаров»: switches tracking on for every active good at once. */
export async function trackAllGoods(ctx: TenantContext): Promise<{ count: number }> {
  assertCan(ctx, "stock.manage");
  return db.$transaction(async (tx) => {
    await lockNomenclature(tx, ctx.organizationId);
    const r = await tx.nomenclatureItem.updateMany({
      where: { organizationId: ctx.organizationId, type: "GOOD", tracksStock: false, archivedAt: null },
      data: { tracksStock: true },
    });
    await audit(tx, ctx, {
      action: "stock.item.trackAll",
      objectType: "nomenclatureItem",
      details: { count: r.count },
    });
    return { count: r.count };
  });
}
