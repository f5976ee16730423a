import type { Tx } from "@/lib/db/client";
import { tenantExecuteText } from "@/lib/db/sql";
import type { OrganizationId } from "@/lib/tenant/context";

/**
 * Serializes nomenclature writes of one organization (transaction-scoped advisory lock). Every
 * writer takes it before touching NomenclatureItem, so changeSeq values of an organization are
 * handed out in commit order and a terminal reading «changes since N» can never miss a row that
 * commits later with a smaller N.
 */
export async function lockNomenclature(tx: Tx, organizationId: OrganizationId) {
  await tenantExecuteText(
    tx,
    organizationId,
    `SELECT pg_advisory_xact_lock(hashtextextended('nomenclature:' || $1::text, 0))`,
    organizationId,
  );
}
