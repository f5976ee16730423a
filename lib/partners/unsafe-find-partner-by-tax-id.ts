import type { Tx } from "@/lib/db/client";

/**
 * REVIEWED GLOBAL LOOK-UP. A client links its partner by the partner's tax id (ИНН/БИН), so the
 * partner is found outside the caller's tenant. Only PARTNER organizations match, and only their
 * id and public name come back.
 */
export async function unsafeFindPartnerByTaxId(tx: Tx, taxId: string) {
  return tx.organization.findFirst({
    where: { taxId, kind: "PARTNER" },
    select: { id: true, name: true },
    orderBy: { createdAt: "asc" },
  });
}
