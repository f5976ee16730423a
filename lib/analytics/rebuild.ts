// Recomputes an organization's analytics rollups from its stored documents, one transaction per
// cashbox (`npm run rollups:rebuild [-- --org <id>]`): each transaction locks only that cashbox's
// journal, so receipts of the other cashboxes go on while a long rebuild runs (issue 16.2), and it
// runs on the "jobs" pool with the background time limits (lib/db/timeouts.ts). The same rules as the incremental path
// (lib/analytics/rollup-sql.ts); tests/integration/analytics-rollups.test.ts checks they agree.
import { crossTenant } from "@/lib/db/fan-out";
import {
  getPool,
  onCitus,
  pgSetLocal,
  pgTransaction,
  adminPoolQuery,
  tenantPoolQuery,
  type PgClient,
} from "@/lib/db/pool";
import { ITEM_KEY_SQL } from "./rollup-sql";
import { type OrganizationId, unsafeOrganizationId } from "@/lib/tenant/context";

const TABLES = [
  "AnalyticsDay",
  "AnalyticsHours",
  "AnalyticsWeekHours",
  "AnalyticsItemDay",
  "AnalyticsItemMonth",
] as const;

/** Local time of a document `d` in the organization's timezone `$2`. */
const LT = `(d."createdAt" AT TIME ZONE $2::text)`;

async function rebuildIn(c: PgClient, organizationId: OrganizationId, cashboxId: string): Promise<void> {
  const [org] = await tenantPoolQuery<{ timezone: string }>(
    organizationId,
    `SELECT timezone FROM "Organization" WHERE id = $1`,
    [organizationId],
    c,
  );
  if (!org) throw new Error(`organization ${organizationId} not found`);
  // hold this cashbox's journal lock: no document of it can be written meanwhile, and each later
  // statement sees every document of it committed before (the other cashboxes are not held)
  await tenantPoolQuery(
    organizationId,
    `SELECT 1 FROM "CashboxJournal" WHERE "organizationId" = $1 AND "cashboxId" = $2 FOR UPDATE`,
    [organizationId, cashboxId],
    c,
  );
  for (const t of TABLES)
    await tenantPoolQuery(
      organizationId,
      `DELETE FROM "${t}" WHERE "organizationId" = $1 AND "cashboxId" = $2`,
      [organizationId, cashboxId],
      c,
    );
  const args = [organizationId, org.timezone, cashboxId];

  await tenantPoolQuery(
    organizationId,
    `INSERT INTO "AnalyticsDay" ("organizationId", day, "cashboxId", type, reversal, "cashierName", count, total, cash, card, change, discount, vat, "cashOnly", "cardOnly", mixed)
     SELECT $1::uuid, ${LT}::date, d."cashboxId", d.type, d."cancelsId" IS NOT NULL, d."cashierName", count(*), sum(d.total), sum(d.cash), sum(d.card),
            sum(d.change), sum(d.discount),
            COALESCE(sum((SELECT sum((e->>'amount')::bigint) FROM jsonb_array_elements(d.vat) e)), 0),
            count(*) FILTER (WHERE d.cash > 0 AND d.card = 0), count(*) FILTER (WHERE d.card > 0 AND d.cash = 0),
            count(*) FILTER (WHERE d.card > 0 AND d.cash > 0)
       FROM "FiscalDocument" d WHERE d."organizationId" = $1 AND d."cashboxId" = $3
      GROUP BY 2, 3, 4, 5, 6`,
    args,
    c,
  );

  await tenantPoolQuery(
    organizationId,
    `WITH s AS (
       SELECT ${LT}::date AS day, d."cashboxId", extract(hour FROM ${LT})::int AS h,
              sum(CASE WHEN d.type = 'SALE' AND d."cancelsId" IS NULL THEN 1
                       WHEN d.type = 'SALE_RETURN' AND d."cancelsId" IS NOT NULL THEN -1 ELSE 0 END) AS r,
              sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END) AS v
         FROM "FiscalDocument" d
        WHERE d."organizationId" = $1 AND d."cashboxId" = $3 AND d.type IN ('SALE', 'SALE_RETURN')
        GROUP BY 1, 2, 3)
     INSERT INTO "AnalyticsHours" ("organizationId", day, "cashboxId", receipts, revenue)
     SELECT $1::uuid, k.day, k."cashboxId",
            array_agg(COALESCE(s.r, 0)::int ORDER BY g.h), array_agg(COALESCE(s.v, 0)::bigint ORDER BY g.h)
       FROM (SELECT DISTINCT day, "cashboxId" FROM s) k
      CROSS JOIN generate_series(0, 23) g(h)
       LEFT JOIN s ON s.day = k.day AND s."cashboxId" = k."cashboxId" AND s.h = g.h
      GROUP BY k.day, k."cashboxId"`,
    args,
    c,
  );

  await tenantPoolQuery(
    organizationId,
    `WITH s AS (
       SELECT date_trunc('month', ${LT})::date AS month, d."cashboxId",
              (extract(isodow FROM ${LT})::int - 1) * 24 + extract(hour FROM ${LT})::int + 1 AS i,
              sum(CASE WHEN d.type = 'SALE' AND d."cancelsId" IS NULL THEN 1
                       WHEN d.type = 'SALE_RETURN' AND d."cancelsId" IS NOT NULL THEN -1 ELSE 0 END) AS r,
              sum(CASE WHEN d.type = 'SALE' THEN d.total ELSE -d.total END) AS v
         FROM "FiscalDocument" d
        WHERE d."organizationId" = $1 AND d."cashboxId" = $3 AND d.type IN ('SALE', 'SALE_RETURN')
        GROUP BY 1, 2, 3)
     INSERT INTO "AnalyticsWeekHours" ("organizationId", month, "cashboxId", receipts, revenue)
     SELECT $1::uuid, k.month, k."cashboxId",
            array_agg(COALESCE(s.r, 0)::int ORDER BY g.i), array_agg(COALESCE(s.v, 0)::bigint ORDER BY g.i)
       FROM (SELECT DISTINCT month, "cashboxId" FROM s) k
      CROSS JOIN generate_series(1, 168) g(i)
       LEFT JOIN s ON s.month = k.month AND s."cashboxId" = k."cashboxId" AND s.i = g.i
      GROUP BY k.month, k."cashboxId"`,
    args,
    c,
  );

  // The goods of the cashbox's documents: each document's lines by their key (organizationId,
  // documentId, …, createdAt — the month partition named by the document's createdAt), a nested loop
  // of index probes. A hash join would read every line of the organization, all cashboxes' and all
  // months', once per cashbox (quadratic over a whole rebuild).
  // (on Citus the router statement is planned by the worker: the SET LOCALs travel with it)
  if (await onCitus()) await pgSetLocal(c, `SET LOCAL citus.propagate_set_commands = 'local'`);
  await pgSetLocal(c, `SET LOCAL enable_hashjoin = off`);
  await pgSetLocal(c, `SET LOCAL enable_mergejoin = off`);
  await tenantPoolQuery(
    organizationId,
    `INSERT INTO "AnalyticsItemDay" ("organizationId", day, "cashboxId", "itemKey", name, "unitCode", quantity, revenue,
            "soldQuantity", "soldAmount", "returnedQuantity", "returnedAmount")
     SELECT $1::uuid, ${LT}::date, d."cashboxId", ${ITEM_KEY_SQL}, min(l.name), min(l."unitCode"),
            sum(CASE WHEN d.type = 'SALE' THEN l.quantity ELSE -l.quantity END),
            sum(CASE WHEN d.type = 'SALE' THEN l.total ELSE -l.total END),
            COALESCE(sum(l.quantity) FILTER (WHERE d.type = 'SALE'), 0),
            COALESCE(sum(l.total) FILTER (WHERE d.type = 'SALE'), 0),
            COALESCE(sum(l.quantity) FILTER (WHERE d.type = 'SALE_RETURN'), 0),
            COALESCE(sum(l.total) FILTER (WHERE d.type = 'SALE_RETURN'), 0)
       FROM "FiscalDocument" d
       JOIN "ReceiptLine" l ON l."organizationId" = d."organizationId" AND l."documentId" = d.id AND l."createdAt" = d."createdAt"
      WHERE d."organizationId" = $1 AND d."cashboxId" = $3 AND d.type IN ('SALE', 'SALE_RETURN')
      GROUP BY 2, 3, 4`,
    args,
    c,
  );
  await pgSetLocal(c, `SET LOCAL enable_hashjoin = on`);
  await pgSetLocal(c, `SET LOCAL enable_mergejoin = on`);
  // a month's goods are the sum of its local days' (the name and unit: the smallest seen, as live)
  await tenantPoolQuery(
    organizationId,
    `INSERT INTO "AnalyticsItemMonth" ("organizationId", month, "cashboxId", "itemKey", name, "unitCode", quantity, revenue,
            "soldQuantity", "soldAmount", "returnedQuantity", "returnedAmount")
     SELECT $1::uuid, date_trunc('month', i.day)::date, i."cashboxId", i."itemKey", min(i.name), min(i."unitCode"),
            sum(i.quantity), sum(i.revenue), sum(i."soldQuantity"), sum(i."soldAmount"),
            sum(i."returnedQuantity"), sum(i."returnedAmount")
       FROM "AnalyticsItemDay" i
      WHERE i."organizationId" = $1 AND i."cashboxId" = $2
      GROUP BY 2, 3, 4`,
    [organizationId, cashboxId],
    c,
  );
}

/**
 * Rebuilds one organization's rollups: one short transaction per cashbox (every cashbox with a
 * journal, documents or rollups), in cashbox order.
 */
export async function rebuildRollups(organizationId: OrganizationId): Promise<void> {
  const cashboxes = await tenantPoolQuery<{ id: string }>(
    organizationId,
    `SELECT "cashboxId"::text AS id FROM "CashboxJournal" WHERE "organizationId" = $1
     UNION SELECT DISTINCT "cashboxId"::text FROM "FiscalDocument" WHERE "organizationId" = $1
     UNION SELECT DISTINCT "cashboxId"::text FROM "AnalyticsDay" WHERE "organizationId" = $1
     UNION SELECT DISTINCT "cashboxId"::text FROM "AnalyticsItemMonth" WHERE "organizationId" = $1
     ORDER BY 1`,
    [organizationId],
    getPool("jobs"),
  );
  for (const { id } of cashboxes) await pgTransaction((c) => rebuildIn(c, organizationId, id), "jobs");
}

/** Rebuilds every organization that has documents or rollups, one transaction each; returns their ids. */
async function rebuildAllRollupsUnscoped(onOrg?: (id: string) => void): Promise<string[]> {
  const orgs = await adminPoolQuery<{ id: string }>(
    `SELECT id::text FROM "Organization" o
      WHERE EXISTS (SELECT 1 FROM "FiscalDocument" d WHERE d."organizationId" = o.id)
         OR EXISTS (SELECT 1 FROM "AnalyticsDay" a WHERE a."organizationId" = o.id)
      ORDER BY id`,
    [],
    getPool("jobs"),
  );
  for (const { id } of orgs) {
    await rebuildRollups(unsafeOrganizationId(id));
    onOrg?.(id);
  }
  return orgs.map((o) => o.id);
}

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const rebuildAllRollups: typeof rebuildAllRollupsUnscoped = (...args) =>
  crossTenant("analytics.rebuild", () => rebuildAllRollupsUnscoped(...args));
