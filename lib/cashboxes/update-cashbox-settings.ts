import { audit, diff } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import type { TUpdateCashboxSettingsInput } from "./card-schemas";
import { TAXATION_CODES } from "./catalog";
import { lockCashbox } from "./lock-cashbox";

/** «Реквизиты → Настройки»: name, trade point, automatic shift closing, receipt footer, taxation. */
export async function updateCashboxSettings(ctx: TenantContext, input: TUpdateCashboxSettingsInput) {
  assertCan(ctx, "cashbox.manage");
  if (input.taxation && !TAXATION_CODES[ctx.country].includes(input.taxation)) {
    throw new AppError("VALIDATION_FAILED", { field: "taxation", messageKey: "cashbox.v.taxation" });
  }
  return db.$transaction(async (tx) => {
    await lockCashbox(tx, ctx.organizationId, input.cashboxId);
    const tradePoint = await tx.tradePoint.findFirst({
      where: { organizationId: ctx.organizationId, id: input.tradePointId },
      select: { id: true, archivedAt: true },
    });
    const before = await tx.cashbox.findFirstOrThrow({
      where: { organizationId: ctx.organizationId, id: input.cashboxId },
      select: { name: true, tradePointId: true, autoCloseTime: true, receiptFooter: true, taxation: true },
    });
    // An archived point may stay where it is, but no cashbox moves to one.
    if (!tradePoint || (tradePoint.archivedAt && tradePoint.id !== before.tradePointId)) {
      throw new AppError("VALIDATION_FAILED", { field: "tradePointId", messageKey: "cashbox.v.tradePoint" });
    }
    const after = {
      name: input.name,
      tradePointId: tradePoint.id,
      autoCloseTime: input.autoCloseTime || null,
      receiptFooter: input.receiptFooter,
      taxation: input.taxation,
    };
    const changes = diff(before, after);
    if (Object.keys(changes).length === 0) return { changed: false };
    await tx.cashbox.updateMany({
      where: { organizationId: ctx.organizationId, id: input.cashboxId },
      data: after,
    });
    await audit(tx, ctx, {
      action: "cashbox.settings.update",
      objectType: "cashbox",
      objectId: input.cashboxId,
      details: changes as Record<string, [string | null, string | null]>,
    });
    return { changed: true };
  });
}
