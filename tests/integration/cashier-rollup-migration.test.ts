// Migration 20261208100000_cashier_rollup on a database with rollups and cash operations stored
// before it: AnalyticsDay gets "cashierName" in its primary key (the rows already there keep their
// figures under ''), and FiscalDocument a partial index of cash operations on every month. Runs on
// a database of its own, migrated up to the step before — under npm run test:citus that database is
// already distributed when the migration runs, so the file goes statement by statement through
// Citus (DROP CONSTRAINT / ADD PRIMARY KEY on a distributed table, CREATE INDEX on a distributed
// partitioned one: the upgrade of an existing cluster).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { hasCitus } from "@/lib/db/citus";
import { migrationDatabase } from "./migration-db";

const MIGRATION = "20261208100000_cashier_rollup";
const db = migrationDatabase(MIGRATION, "cashmig");

afterAll(() => db.drop());

describe(`migration ${MIGRATION}`, () => {
  it("keys the day rollup by cashier and indexes the cash operations of every month", async () => {
    const url = await db.before();

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const citus = await hasCitus(c);
      const org = (
        await c.query(
          `INSERT INTO "Organization"(name, country, "legalForm", "taxId", timezone)
           VALUES ('ООО «Кассиры»', 'RU', 'ООО', $1, 'Europe/Moscow') RETURNING id`,
          [String(Date.now()).slice(-10).padStart(10, "7")],
        )
      ).rows[0].id as string;
      const tp = (
        await c.query(
          `INSERT INTO "TradePoint"("organizationId", name, address) VALUES ($1, 'Точка', 'Москва') RETURNING id`,
          [org],
        )
      ).rows[0].id as string;
      const cb = (
        await c.query(
          `INSERT INTO "Cashbox"("organizationId", "tradePointId", name, model, "serialNumber")
           VALUES ($1, $2, 'Касса', 'АТОЛ', $3) RETURNING id`,
          [org, tp, `SN-${randomUUID().slice(0, 8)}`],
        )
      ).rows[0].id as string;
      // a day rollup row in the old key, and a deposit and a sale of this month (a month partition exists)
      await c.query(
        `INSERT INTO "AnalyticsDay" ("organizationId", day, "cashboxId", type, reversal, count, total, cash, card, change, discount, vat, "cashOnly", "cardOnly", mixed)
         VALUES ($1, '2026-03-10', $2, 'SALE', false, 3, 30000, 10000, 20000, 0, 0, 0, 1, 2, 0)`,
        [org, cb],
      );
      let n = 0;
      for (const type of ["CASH_DEPOSIT", "SALE"]) {
        n++;
        await c.query(
          `INSERT INTO "FiscalDocument" ("organizationId", "cashboxId", number, "deviceSeq", type, "clientDocId", "requestHash",
               "responseStatus", response, "createdAt", "fiscalSign", hash, "prevHash", total, "cashierName", content)
           VALUES ($1, $2, $3::int, $3::int, $4::"FiscalDocumentType", $5, 'h', 201, '{"document":{}}', now(), '0000000001', 'x', 'y', 100, 'Анна', '{}')`,
          [org, cb, n, type, `client-${n}`],
        );
      }

      await db.migrateAll(url);

      // the old row keeps its figures under the empty name (npm run rollups:rebuild fills the names in)
      const rows = await c.query(
        `SELECT "cashierName", count, total FROM "AnalyticsDay" WHERE "organizationId" = $1`,
        [org],
      );
      expect(rows.rows).toEqual([{ cashierName: "", count: 3, total: "30000" }]);
      const pkey = await c.query<{ columns: string[] }>(
        `SELECT array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                        JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
           FROM pg_index i WHERE i.indrelid = '"AnalyticsDay"'::regclass AND i.indisprimary`,
      );
      expect(pkey.rows.map((r) => r.columns)).toEqual([
        ["organizationId", "day", "cashboxId", "type", "reversal", "cashierName"],
      ]);
      // the same day, cashbox and type under two names: two rows; the same name again: the key holds
      const upsert = (cashier: string) =>
        c.query(
          `INSERT INTO "AnalyticsDay" AS a ("organizationId", day, "cashboxId", type, reversal, "cashierName", count, total, cash, card, change, discount, vat, "cashOnly", "cardOnly", mixed)
           VALUES ($1, '2026-03-10', $2, 'SALE', false, $3, 1, 500, 500, 0, 0, 0, 0, 1, 0, 0)
           ON CONFLICT ("organizationId", day, "cashboxId", type, reversal, "cashierName") DO UPDATE SET
             count = a.count + EXCLUDED.count, total = a.total + EXCLUDED.total`,
          [org, cb, cashier],
        );
      await upsert("Анна");
      await upsert("Анна");
      await upsert("");
      const after = await c.query(
        `SELECT "cashierName", count, total FROM "AnalyticsDay" WHERE "organizationId" = $1 ORDER BY 1`,
        [org],
      );
      expect(after.rows).toEqual([
        { cashierName: "", count: 4, total: "30500" },
        { cashierName: "Анна", count: 2, total: "1000" },
      ]);

      // the partial index: on the parent, and a child on every month partition and DEFAULT
      const [def] = (
        await c.query<{ def: string }>(
          `SELECT pg_get_indexdef('"FiscalDocument_organizationId_createdAt_cash_idx"'::regclass) AS def`,
        )
      ).rows;
      expect(def.def).toMatch(
        /\("organizationId", "createdAt"\) WHERE \(type = ANY \(ARRAY\['CASH_DEPOSIT'::"FiscalDocumentType", 'CASH_WITHDRAWAL'::"FiscalDocumentType"\]\)\)$/,
      );
      const missing = await c.query<{ partition: string }>(
        `SELECT p.inhrelid::regclass::text AS partition FROM pg_inherits p
          WHERE p.inhparent = '"FiscalDocument"'::regclass
            AND NOT EXISTS (SELECT 1 FROM pg_inherits i JOIN pg_index x ON x.indexrelid = i.inhrelid
                             WHERE i.inhparent = '"FiscalDocument_organizationId_createdAt_cash_idx"'::regclass
                               AND x.indrelid = p.inhrelid)`,
      );
      expect(missing.rows).toEqual([]);
      if (citus) {
        // still distributed, and every shard carries the new six-column key
        const dist = await c.query(
          `SELECT 1 FROM pg_dist_partition WHERE logicalrelid = '"AnalyticsDay"'::regclass`,
        );
        expect(dist.rowCount).toBe(1);
        const shards = await c.query<{ success: boolean; result: string }>(
          `SELECT success, result FROM run_command_on_shards('"AnalyticsDay"',
             $cmd$SELECT indnatts FROM pg_index WHERE indrelid = '%s'::regclass AND indisprimary$cmd$)`,
        );
        expect(shards.rows.length).toBeGreaterThan(1);
        for (const r of shards.rows) expect(r).toEqual({ success: true, result: "6" });
      }
    } finally {
      await c.end();
    }
  });
});
