import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { isUuid } from "@/lib/validation/uuid";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { lockNomenclature } from "./lock";

/**
 * Archives (or restores) the given items of the caller's organization. Ids of other organizations
 * or already in the wanted state are left alone; returns how many changed.
 */
export async function setItemsArchived(
  ctx: TenantContext,
  ids: string[],
  archived: boolean,
): Promise<number> {
  assertCan(ctx, "nomenclature.manage");
  if (ids.length === 0) return 0;
  return db.$transaction(async (tx) => {
    await lockNomenclature(tx, ctx.organizationId);
    const where = {
      organizationId: ctx.organizationId,
      id: { in: ids },
      archivedAt: archived ? null : { not: null },
    };
    const affected = await tx.nomenclatureItem.findMany({ where, select: { id: true, name: true } });
    if (affected.length === 0) return 0;
    await tx.nomenclatureItem.updateMany({
      where: { organizationId: ctx.organizationId, id: { in: affected.map((a) => a.id) } },
      data: { archivedAt: archived ? new Date() : null },
    });
    const action = archived ? "nomenclature.archive" : "nomenclature.restore";
    if (affected.length === 1) {
      await audit(tx, ctx, {
        action,
        objectType: "nomenclatureItem",
        objectId: affected[0].id,
        details: { name: affected[0].name },
      });
    } else {
      await audit(tx, ctx, {
        action,
        objectType: "nomenclatureItem",
        details: { count: affected.length, items: affected.map((a) => ({ id: a.id, name: a.name })) },
      });
    }
    return affected.length;
  });
}

/** One item: NOT_FOUND when it is not the caller's organization's; archiving twice is a no-op. */
export async function archiveItem(ctx: TenantContext, id: string, archived = true): Promise<void> {
  assertCan(ctx, "nomenclature.manage");
  if (!isUuid(id)) throw new AppError("NOT_FOUND");
  const exists = await db.nomenclatureItem.findFirst({
    where: { organizationId: ctx.organizationId, id },
    select: { id: true },
  });
  if (!exists) throw new AppError("NOT_FOUND");
  await setItemsArchived(ctx, [id], archived);
}

export async function restoreItem(ctx: TenantContext, id: string): Promise<void> {
  await archiveItem(ctx, id, false);
}
