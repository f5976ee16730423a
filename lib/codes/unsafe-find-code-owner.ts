import type { Tx } from "@/lib/db/client";

/**
 * REVIEWED GLOBAL LOOK-UP. A user types a code; only the code tells whose it is. This is the one
 * place a code is found without the caller's tenant: it returns the owner and the code's id and
 * nothing else. Callers (redeem-activation-code.ts, admin-revoke-code.ts) must then decide whether
 * the caller may use or see that code, and read it scoped by the returned organizationId.
 */
export async function unsafeFindCodeOwner(
  tx: Tx,
  code: string,
): Promise<{ organizationId: string; activationCodeId: string } | null> {
  const row = await tx.activationCodeLookup.findUnique({
    where: { code },
    select: { tenantId: true, activationCodeId: true },
  });
  return row && { organizationId: row.tenantId, activationCodeId: row.activationCodeId };
}
