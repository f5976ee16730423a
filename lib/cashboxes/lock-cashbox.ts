// Row lock of one cashbox for the card's writes: concurrent changes of one cashbox (block vs.
// token re-issue vs. ФН replacement) run one after another and each sees the other's result.
import type { Tx } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { OperationalState, RegistrationStatus } from "./status";
import { isUuid } from "@/lib/validation/uuid";
import { adminQuery, sql, tenantQuery } from "@/lib/db/sql";
import { unsafeOrganizationId, type OrganizationId } from "@/lib/tenant/context";

export interface LockedCashbox {
  id: string;
  organizationId: string;
  registrationStatus: RegistrationStatus;
  operationalState: OperationalState;
  operationalReason: string | null;
}

/** SELECT … FOR UPDATE inside the tenant; another tenant's or an unknown id → NOT_FOUND. */
export async function lockCashbox(
  tx: Tx,
  organizationId: OrganizationId,
  cashboxId: string,
): Promise<LockedCashbox> {
  if (!isUuid(cashboxId)) throw new AppError("NOT_FOUND");
  const rows = await tenantQuery<LockedCashbox[]>(
    tx,
    organizationId,
    sql`
    SELECT id::text, "organizationId"::text, "registrationStatus"::text, "operationalState"::text, "operationalReason"
      FROM "Cashbox" WHERE "organizationId" = ${organizationId}::uuid AND id = ${cashboxId}::uuid FOR UPDATE`,
  );
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0];
}

/**
 * The same lock across tenants, for PLATFORM_ADMIN use cases only (lib/cashboxes/admin-*.ts),
 * which check platform.admin first. Bypasses tenant scope by design, hence the prefix.
 */
export async function unsafeLockCashboxAnyTenant(tx: Tx, cashboxId: string): Promise<LockedCashbox> {
  if (!isUuid(cashboxId)) throw new AppError("NOT_FOUND");
  // the tenant first (a read across shards: Citus locks rows only within one shard), then the lock
  const owner = await adminQuery<{ organizationId: string }[]>(
    tx,
    sql`
    SELECT "organizationId"::text FROM "Cashbox" WHERE id = ${cashboxId}::uuid`,
  );
  if (!owner[0]) throw new AppError("NOT_FOUND");
  const rows = await tenantQuery<LockedCashbox[]>(
    tx,
    unsafeOrganizationId(owner[0].organizationId),
    sql`
    SELECT id::text, "organizationId"::text, "registrationStatus"::text, "operationalState"::text, "operationalReason"
      FROM "Cashbox" WHERE "organizationId" = ${owner[0].organizationId}::uuid AND id = ${cashboxId}::uuid FOR UPDATE`,
  );
  if (!rows[0]) throw new AppError("NOT_FOUND");
  return rows[0];
}
