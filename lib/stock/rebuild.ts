// Recomputes an organization's stock balances from its movements (`npm run stock:rebuild
// [-- --org <id>]`), the truth they roll up; tests/integration/stock.test.ts checks that the live
// balances (written with each movement) equal these. One transaction per organization on the
// "jobs" pool: it takes the same balance row locks as every writer, in key order, so a document
// written meanwhile waits and is counted after.
import { crossTenant } from "@/lib/db/fan-out";
import { getPool, adminPoolQuery, tenantPoolQuery, pgTransaction, type PgClient } from "@/lib/db/pool";
import { CABINET_WRITER } from "./fiscal-sql";
import { type OrganizationId, unsafeOrganizationId } from "@/lib/tenant/context";

async function rebuildIn(c: PgClient, organizationId: OrganizationId): Promise<void> {
  await tenantPoolQuery(
    organizationId,
    `SELECT 1 FROM "StockBalance" WHERE "organizationId" = $1 ORDER BY "tradePointId", "itemId" FOR UPDATE`,
    [organizationId],
    c,
  );
  await tenantPoolQuery(
    organizationId,
    `DELETE FROM "StockBalance" WHERE "organizationId" = $1`,
    [organizationId],
    c,
  );
  await tenantPoolQuery(
    organizationId,
    `INSERT INTO "StockBalance" ("organizationId", "tradePointId", "itemId", quantity, value, "lastCost", "lastCostSeq")
     SELECT $1::uuid, m."tradePointId", m."itemId", sum(m.quantity), sum(m.value),
            COALESCE((array_agg(m."unitCost" ORDER BY m.id DESC) FILTER (WHERE m."unitCost" IS NOT NULL))[1], 0),
            COALESCE(max(m.id) FILTER (WHERE m."unitCost" IS NOT NULL), 0)
       FROM "StockMovement" m WHERE m."organizationId" = $1
      GROUP BY m."tradePointId", m."itemId"
      ORDER BY m."tradePointId", m."itemId"
     -- a balance a device created (and committed) after the DELETE holds movements this snapshot sees
     ON CONFLICT ("organizationId", "tradePointId", "itemId") DO UPDATE SET quantity = EXCLUDED.quantity,
        value = EXCLUDED.value, "lastCost" = EXCLUDED."lastCost", "lastCostSeq" = EXCLUDED."lastCostSeq"`,
    [organizationId],
    c,
  );
  // The trade points' figures (StockTotal) from the rebuilt balances, one row per trade point. The
  // rows are locked first (after the balances: the writers' order), so a document that changed them
  // before is committed and counted below; the DELETE and the INSERT share one snapshot, so a document
  // that commits later either adds its delta to the rows written here or to a fresh row of its own,
  // its balances not being counted here.
  await tenantPoolQuery(
    organizationId,
    `SELECT 1 FROM "StockTotal" WHERE "organizationId" = $1 ORDER BY "tradePointId", "writerId" FOR UPDATE`,
    [organizationId],
    c,
  );
  await tenantPoolQuery(
    organizationId,
    `WITH gone AS (DELETE FROM "StockTotal" WHERE "organizationId" = $1::uuid RETURNING 1),
          n AS (SELECT count(*) FROM gone)
     INSERT INTO "StockTotal" AS t ("organizationId", "tradePointId", "writerId", value, negative, positive)
     SELECT $1::uuid, b."tradePointId", $2::uuid, sum(b.value), count(*) FILTER (WHERE b.quantity < 0),
            count(*) FILTER (WHERE b.quantity > 0)
       FROM "StockBalance" b, n WHERE b."organizationId" = $1::uuid GROUP BY b."tradePointId" ORDER BY b."tradePointId"
     ON CONFLICT ("organizationId", "tradePointId", "writerId") DO UPDATE SET
       value = t.value + EXCLUDED.value, negative = t.negative + EXCLUDED.negative, positive = t.positive + EXCLUDED.positive`,
    [organizationId, CABINET_WRITER],
    c,
  );
}

export async function rebuildStock(organizationId: OrganizationId): Promise<void> {
  await pgTransaction((c) => rebuildIn(c, organizationId), "jobs");
}

/** Rebuilds every organization with movements or balances; returns their ids. */
async function rebuildAllStockUnscoped(onOrg?: (id: string) => void): Promise<string[]> {
  const orgs = await adminPoolQuery<{ id: string }>(
    `SELECT id::text FROM "Organization" o
      WHERE EXISTS (SELECT 1 FROM "StockMovement" m WHERE m."organizationId" = o.id)
         OR EXISTS (SELECT 1 FROM "StockBalance" b WHERE b."organizationId" = o.id)
      ORDER BY id`,
    [],
    getPool("jobs"),
  );
  for (const { id } of orgs) {
    await rebuildStock(unsafeOrganizationId(id));
    onOrg?.(id);
  }
  return orgs.map((o) => o.id);
}

/** The operator command `npm run stock:rebuild`: finds the organizations across shards on Citus. */
export const rebuildAllStock: typeof rebuildAllStockUnscoped = (...args) =>
  crossTenant("stock.rebuild", () => rebuildAllStockUnscoped(...args));
