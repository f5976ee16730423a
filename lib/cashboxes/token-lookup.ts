// Device token → its cashbox: the first step of every device request, through the lookup table
// "CashboxToken" (single-shard on Citus: distributed by tokenHash). The answer never changes for a
// given hash (a reissued token gets a new hash), so it is cached per process; the tenant query that
// follows re-checks Cashbox.tokenHash, so an entry of a reissued token can only miss.
import { adminPoolQuery } from "@/lib/db/pool";
import { unsafeOrganizationId, type OrganizationId } from "@/lib/tenant/context";

const MAX = 10_000;
const cache = new Map<string, { organizationId: OrganizationId; cashboxId: string }>();

export async function findCashboxByToken(
  tokenHash: string,
): Promise<{ organizationId: OrganizationId; cashboxId: string } | null> {
  const hit = cache.get(tokenHash);
  if (hit) return hit;
  const rows = await adminPoolQuery<{ organizationId: string; cashboxId: string }>(
    `SELECT "tenantId"::text AS "organizationId", "cashboxId"::text AS "cashboxId" FROM "CashboxToken" WHERE "tokenHash" = $1`,
    [tokenHash],
  );
  // the token is the proof: its lookup row names the tenant
  const row = rows[0] ? { ...rows[0], organizationId: unsafeOrganizationId(rows[0].organizationId) } : null;
  if (row) {
    if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
    cache.set(tokenHash, row);
  }
  return row;
}
