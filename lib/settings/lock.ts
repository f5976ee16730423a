import { Prisma } from "@/lib/db/generated/client";
import type { Tx } from "@/lib/db/client";
import type { OrganizationId } from "@/lib/tenant/context";
import { sql, tenantQuery } from "@/lib/db/sql";

/**
 * Serialises membership changes of one organization for the rest of the transaction: the
 * "never without an owner" and "unique cashier PIN" rules count rows that concurrent changes
 * could otherwise both see (two owners demoting each other at once).
 */
export async function lockOrganization(tx: Tx, organizationId: OrganizationId) {
  await tenantQuery(
    tx,
    organizationId,
    sql`SELECT 1 FROM "Organization" WHERE id = ${organizationId}::uuid FOR UPDATE`,
  );
}

/** A unique index refused the write (e.g. the same e-mail invited twice at the same moment). */
export function isUniqueViolation(e: unknown): boolean {
  return e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002";
}
