// Migration 20261206400000_ofd_paid_until on data in the old shape (issue 20.1): a third-party ОФД
// cashbox's "paidUntil" held that ОФД's date; it moves to "ofdPaidUntil", and an activated or
// registered one starts a 30-day tariff from the migration day (docs/product.md §4). Own-ОФД
// cashboxes keep their one period. Runs on a database of its own, migrated up to the step before.
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrationDatabase } from "./migration-db";

const MIGRATION = "20261206400000_ofd_paid_until";
const db = migrationDatabase(MIGRATION, "ofdmig");

afterAll(() => db.drop());

describe(`migration ${MIGRATION}`, () => {
  it("moves the third-party ОФД's date to ofdPaidUntil and starts a 30-day tariff; own ОФД untouched", async () => {
    const url = await db.before();

    const c = new pg.Client({ connectionString: url });
    await c.connect();
    try {
      const column = `SELECT 1 FROM information_schema.columns WHERE table_name = 'Cashbox' AND column_name = 'ofdPaidUntil'`;
      expect((await c.query(column)).rowCount).toBe(0);
      const org = (
        await c.query(
          `INSERT INTO "Organization"(name, country, "legalForm", "taxId", timezone)
           VALUES ('ТОО «Миграция»', 'KZ', 'ТОО', $1, 'Asia/Almaty') RETURNING id`,
          [String(Date.now()).slice(-12).padStart(12, "1")],
        )
      ).rows[0].id as string;
      const tp = (
        await c.query(
          `INSERT INTO "TradePoint"("organizationId", name, address) VALUES ($1, 'Точка', 'Алматы') RETURNING id`,
          [org],
        )
      ).rows[0].id as string;
      const rows: [string, string, string, string | null][] = [
        ["own", "OWN", "REGISTERED", "2026-05-01"],
        ["tt-registered", "TRANSTELECOM", "REGISTERED", "2026-04-15"],
        ["kt-submitted", "KAZAKHTELECOM", "SUBMITTED", "2026-07-01"],
        ["tt-draft", "TRANSTELECOM", "DRAFT", null],
        ["kt-deregistered", "KAZAKHTELECOM", "DEREGISTERED", "2025-01-01"],
      ];
      for (const [n, ofd, status, paid] of rows)
        await c.query(
          `INSERT INTO "Cashbox"("organizationId", "tradePointId", name, model, "serialNumber", ofd, "registrationStatus", "paidUntil")
           VALUES ($1, $2, $3, 'Webkassa', $4, $5::"OfdProvider", $6::"RegistrationStatus", $7::date)`,
          [org, tp, n, `SN-${n}`, ofd, status, paid],
        );

      await db.migrateAll(url);

      const trial = (await c.query(`SELECT to_char(CURRENT_DATE + 30, 'YYYY-MM-DD') AS d`)).rows[0]
        .d as string;
      const after = await c.query<{ name: string; paid: string | null; ofd: string | null }>(
        `SELECT name, to_char("paidUntil", 'YYYY-MM-DD') AS paid, to_char("ofdPaidUntil", 'YYYY-MM-DD') AS ofd
           FROM "Cashbox" WHERE "organizationId" = $1 ORDER BY name`,
        [org],
      );
      expect(Object.fromEntries(after.rows.map((r) => [r.name, [r.paid, r.ofd]]))).toEqual({
        own: ["2026-05-01", null],
        "tt-registered": [trial, "2026-04-15"],
        "kt-submitted": [trial, "2026-07-01"],
        "tt-draft": [null, null],
        "kt-deregistered": [null, "2025-01-01"],
      });
    } finally {
      await c.end();
    }
  });
});
