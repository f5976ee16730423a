import { crossTenantInTransaction } from "@/lib/db/fan-out";
import type { Tx } from "@/lib/db/client";

/**
 * REVIEWED GLOBAL LOOK-UP. A client links its partner by the partner's tax id (ИНН/БИН), so the
 * partner is found outside the caller's tenant. Only PARTNER organizations match, and only their
 * id and public name come back.
 */
async function unsafeFindPartnerByTaxIdUnscoped(tx: Tx, taxId: string) {
  return tx.organization.findFirst({
    where: { taxId, kind: "PARTNER" },
    select: { id: true, name: true },
    orderBy: { createdAt: "asc" },
  });
}

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const unsafeFindPartnerByTaxId: typeof unsafeFindPartnerByTaxIdUnscoped = (...args) =>
  crossTenantInTransaction(args[0], "partners.find-by-tax-id", () =>
    unsafeFindPartnerByTaxIdUnscoped(...args),
  );
