// Device token → its cashbox: the first step of every device request, through the lookup table
// "CashboxToken" (single-shard on Citus: distributed by tokenHash). The answer never changes for a
// given hash (a reissued token gets a new hash), so it is cached per process; the tenant query that
// follows re-checks Cashbox.tokenHash, so an entry of a reissued token can only miss.
import { pgQuery } from "@/lib/db/pool";

const MAX = 10_000;
const cache = new Map<string, { organizationId: string; cashboxId: string }>();

export async function findCashboxByToken(
  tokenHash: string,
): Promise<{ organizationId: string; cashboxId: string } | null> {
  const hit = cache.get(tokenHash);
  if (hit) return hit;
  const rows = await pgQuery<{ organizationId: string; cashboxId: string }>(
    `SELECT "tenantId"::text AS "organizationId", "cashboxId"::text AS "cashboxId" FROM "CashboxToken" WHERE "tokenHash" = $1`,
    [tokenHash],
  );
  const row = rows[0] ?? null;
  if (row) {
    if (cache.size >= MAX) cache.delete(cache.keys().next().value!);
    cache.set(tokenHash, row);
  }
  return row;
}
