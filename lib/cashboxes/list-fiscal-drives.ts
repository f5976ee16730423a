import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { fiscalDriveExpiry } from "./status";

/**
 * «История ФН»: every drive of the cashbox, newest first, with its expiry. A cashbox has a
 * handful over its life (one per 13–36 months), so the list is not paged.
 */
export async function listFiscalDrives(ctx: TenantContext, cashboxId: string) {
  assertCan(ctx, "cashbox.read");
  if (!isUuid(cashboxId)) throw new AppError("NOT_FOUND");
  const exists = await db.cashbox.count({ where: { organizationId: ctx.organizationId, id: cashboxId } });
  if (!exists) throw new AppError("NOT_FOUND");
  const drives = await db.fiscalDrive.findMany({
    where: { organizationId: ctx.organizationId, cashboxId },
    orderBy: [{ installedAt: "desc" }, { createdAt: "desc" }],
    select: { id: true, number: true, model: true, validityMonths: true, installedAt: true, closedAt: true },
    take: 200,
  });
  return drives.map((d) => ({ ...d, expiresAt: fiscalDriveExpiry(d.installedAt, d.validityMonths) }));
}
