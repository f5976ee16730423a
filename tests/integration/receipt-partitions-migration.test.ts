// Migration 20261208000000_receipt_partitions on data in the old shape (issue 21): the stored
// documents and lines move into month partitions of their device time (a document older than
// three years into DEFAULT), every document gets its FiscalDocumentKey row, every line its
// document's createdAt. Runs on a database of its own, migrated up to the step before — under
// npm run test:citus that database is already distributed when the migration runs (the upgrade of
// an existing cluster: the new tables are distributed by the migration itself).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { hasCitus } from "@/lib/db/citus";
import { migrationDatabase } from "./migration-db";

const MIGRATION = "20261208000000_receipt_partitions";
const db = migrationDatabase(MIGRATION, "partmig");

afterAll(() => db.drop());

/** "FiscalDocument_2026_09" for a partition, also when Citus shows a shard ("…_2026_09_102204"). */
const partitionOf = (regclass: string) =>
  regclass.replace(/"/g, "").match(/^(FiscalDocument|ReceiptLine)_(default|\d{4}_\d{2})/)?.[0] ?? regclass;

describe(`migration ${MIGRATION}`, () => {
  it("moves documents and lines into their months, with a key row per document", async () => {
    const url = await db.before();

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const org = (
        await c.query(
          `INSERT INTO "Organization"(name, country, "legalForm", "taxId", timezone)
           VALUES ('ООО «Миграция»', 'RU', 'ООО', $1, 'Europe/Moscow') RETURNING id`,
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
      const docs: Record<string, string> = {};
      const times: [string, string][] = [
        ["old", "2019-05-05T10:00:00Z"],
        ["sep", "2026-09-15T10:00:00Z"],
        ["oct", "2026-10-31T22:30:00Z"],
        ["nov", "2026-11-15T10:00:00Z"],
      ];
      let n = 0;
      for (const [key, at] of times) {
        n++;
        docs[key] = (
          await c.query(
            `INSERT INTO "FiscalDocument" ("organizationId", "cashboxId", number, "deviceSeq", type, "clientDocId", "requestHash",
                 "responseStatus", response, "createdAt", "fiscalSign", hash, "prevHash", total, content)
             VALUES ($1, $2, $3::int, $3::int, 'SALE', $4, 'h', 201, '{"document":{}}', $5, '0000000001', 'x', 'y', 100, '{}') RETURNING id`,
            [org, cb, n, `client-${key}`, at],
          )
        ).rows[0].id as string;
        for (const lineNo of [1, 2])
          await c.query(
            `INSERT INTO "ReceiptLine" ("organizationId", "documentId", "lineNo", name, "unitCode", price, quantity, total, "vatRate", "vatAmount")
             VALUES ($1, $2, $3, 'Кофе', '0', 50, 1, 50, 'VAT22', 9)`,
            [org, docs[key], lineNo],
          );
      }

      await db.migrateAll(url);

      const placed = await c.query<{ id: string; part: string; lines: string[]; same: boolean }>(
        `SELECT d.id, d.tableoid::regclass::text AS part,
                array(SELECT l.tableoid::regclass::text FROM "ReceiptLine" l
                       WHERE l."organizationId" = d."organizationId" AND l."documentId" = d.id ORDER BY l."lineNo") AS lines,
                (SELECT bool_and(l."createdAt" = d."createdAt") FROM "ReceiptLine" l
                  WHERE l."organizationId" = d."organizationId" AND l."documentId" = d.id) AS same
           FROM "FiscalDocument" d WHERE d."organizationId" = $1`,
        [org],
      );
      const where = Object.fromEntries(
        placed.rows.map((r) => [r.id, [partitionOf(r.part), r.lines.map(partitionOf), r.same]]),
      );
      expect(where).toEqual({
        [docs.old]: ["FiscalDocument_default", ["ReceiptLine_default", "ReceiptLine_default"], true],
        [docs.sep]: ["FiscalDocument_2026_09", ["ReceiptLine_2026_09", "ReceiptLine_2026_09"], true],
        // 31 October 22:30 UTC is 1 November in Moscow: the partition follows the instant (UTC months)
        [docs.oct]: ["FiscalDocument_2026_10", ["ReceiptLine_2026_10", "ReceiptLine_2026_10"], true],
        [docs.nov]: ["FiscalDocument_2026_11", ["ReceiptLine_2026_11", "ReceiptLine_2026_11"], true],
      });
      const keys = await c.query<{
        clientDocId: string;
        documentId: string;
        number: number;
        deviceSeq: string;
      }>(
        `SELECT "clientDocId", "documentId", number, "deviceSeq"::text FROM "FiscalDocumentKey"
          WHERE "organizationId" = $1 AND "cashboxId" = $2 ORDER BY number`,
        [org, cb],
      );
      expect(keys.rows).toEqual(
        times.map(([key], i) => ({
          clientDocId: `client-${key}`,
          documentId: docs[key],
          number: i + 1,
          deviceSeq: String(i + 1),
        })),
      );
      // the keys still hold for all time: a second document number 2 of the cashbox is refused
      await expect(
        c.query(
          `INSERT INTO "FiscalDocumentKey" ("organizationId", "cashboxId", "clientDocId", "documentId", "createdAt", number)
           VALUES ($1, $2, 'another', $3, now(), 2)`,
          [org, cb, randomUUID()],
        ),
      ).rejects.toMatchObject({ code: "23505" });
      // the months ahead exist, and no unpartitioned copy is left behind
      const left = await c.query(`SELECT 1 FROM pg_class WHERE relname LIKE '%_unpartitioned'`);
      expect(left.rowCount).toBe(0);
      if (await hasCitus(c)) {
        const dist = await c.query<{ name: string }>(
          `SELECT logicalrelid::text AS name FROM pg_dist_partition
            WHERE logicalrelid::text IN ('"FiscalDocument"', '"ReceiptLine"', '"FiscalDocumentKey"', '"FiscalDocument_2026_09"')`,
        );
        expect(dist.rows.map((r) => r.name).sort()).toEqual([
          '"FiscalDocument"',
          '"FiscalDocumentKey"',
          '"FiscalDocument_2026_09"',
          '"ReceiptLine"',
        ]);
      }
    } finally {
      await c.end();
    }
  });
});
