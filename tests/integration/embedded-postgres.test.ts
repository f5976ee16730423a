// `npm start` without DATABASE_URL runs on the embedded PostgreSQL: prove that path works on
// every test run (CI may run the other tests against the machine's PostgreSQL).
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { ensureDatabase, migrate } from "@/lib/db/migrate";

describe("embedded PostgreSQL", () => {
  it("initialises, migrates, keeps data across a restart, and refuses an edited migration", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "kassa-pg-"));
    chmodSync(dir, 0o755); // the server runs as the unprivileged postgres user
    const port = 55000 + Math.floor(Math.random() * 1000);
    try {
      let server = await startEmbeddedPostgres(path.join(dir, "pg"), port);
      const url = await ensureDatabase(server.adminUrl, "kassa");
      const first = await migrate(url);
      expect(first.applied.length).toBeGreaterThan(0);
      const c1 = new pg.Client({ connectionString: url });
      await c1.connect();
      await c1.query(`INSERT INTO "RateLimit"("key","count","resetAt") VALUES ('persist', 1, now())`);
      await c1.end();
      await server.stop();

      server = await startEmbeddedPostgres(path.join(dir, "pg"), port);
      const second = await migrate(url);
      expect(second.applied).toEqual([]);
      expect(second.skipped).toBe(first.applied.length);
      const c2 = new pg.Client({ connectionString: url });
      await c2.connect();
      expect((await c2.query(`SELECT count FROM "RateLimit" WHERE key = 'persist'`)).rows[0].count).toBe(1);
      await c2.query(`UPDATE "_kassa_migrations" SET checksum = 'tampered' WHERE name = $1`, [
        first.applied[0],
      ]);
      await c2.end();
      await expect(migrate(url)).rejects.toThrow(/changed after it was applied/);
      await server.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
