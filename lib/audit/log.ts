import type { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import type { TenantContext } from "@/lib/tenant/context";

export interface AuditEntry {
  /** dotted verb, e.g. "tradePoint.create", "member.role.change", "cashbox.block" */
  action: string;
  objectType: string;
  objectId?: string | null;
  /** what changed: { field: [before, after] } or any small JSON */
  details?: Prisma.InputJsonValue;
}

/** Writes the audit row inside the caller's transaction: no change without its log line. */
export async function audit(
  tx: Tx,
  ctx: TenantContext,
  entry: AuditEntry,
  organizationId: string = ctx.organizationId,
) {
  await tx.auditLog.create({
    data: {
      organizationId,
      userId: ctx.userId,
      userEmail: ctx.userEmail,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      details: entry.details ?? {},
      ip: ctx.ip,
    },
  });
}

/** { field: [before, after] } for the fields whose values differ. */
export function diff<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after)) {
    const b = before[k];
    const norm = (x: unknown) =>
      typeof x === "bigint" ? x.toString() : x instanceof Date ? x.toISOString() : (x ?? null);
    if (JSON.stringify(norm(b)) !== JSON.stringify(norm(v))) out[k] = [norm(b), norm(v)];
  }
  return out;
}

/**
 * An audit row for a change nobody in the cabinet made: a scheduled job (unpaid block) or a
 * payment provider's callback. userId stays null (the journal shows «Система»).
 */
export async function auditSystem(tx: Tx, organizationId: string, entry: AuditEntry) {
  await tx.auditLog.create({
    data: {
      organizationId,
      userId: null,
      userEmail: null,
      action: entry.action,
      objectType: entry.objectType,
      objectId: entry.objectId ?? null,
      details: entry.details ?? {},
      ip: null,
    },
  });
}
