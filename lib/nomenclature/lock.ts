import type { Tx } from "@/lib/db/client";

/**
 * Serializes nomenclature writes of one organization (transaction-scoped advisory lock). Every
 * writer takes it before touching NomenclatureItem, so changeSeq values of an organization are
 * handed out in commit order and a terminal reading «changes since N» can never miss a row that
 * commits later with a smaller N.
 */
export async function lockNomenclature(tx: Tx, organizationId: string) {
  await tx.$executeRawUnsafe(
    `SELECT pg_advisory_xact_lock(hashtextextended('nomenclature:' || $1::text, 0))`,
    organizationId,
  );
}
