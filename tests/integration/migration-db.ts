// A database of a migration test's own, migrated up to the step before the migration under test
// (then `migrateAll()` applies it, and any later ones, to the data the test put in the old shape).
// Under npm run test:citus the database is already distributed when the migration runs: the upgrade
// of an existing cluster, its file run statement by statement.
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { dropDatabase, ensureDatabase, migrate } from "@/lib/db/migrate";

export function migrationDatabase(migration: string, tag: string) {
  const admin = (() => {
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = "/postgres";
    return u.toString();
  })();
  const name = `${process.env.KASSA_TEST_DB_PREFIX ?? "kassa_test"}_${tag}_${randomUUID().slice(0, 8)}`;
  const dir = mkdtempSync(path.join(os.tmpdir(), `${tag}-`));
  const all = path.resolve("prisma/migrations");
  return {
    /** creates the database and applies every migration before `migration`; returns its URL */
    async before(): Promise<string> {
      const url = await ensureDatabase(admin, name);
      for (const m of readdirSync(all, { withFileTypes: true }))
        if (m.isDirectory() && m.name < migration)
          cpSync(path.join(all, m.name), path.join(dir, m.name), { recursive: true });
      await migrate(url, dir);
      return url;
    },
    /** applies the rest: the migration under test and any later ones */
    migrateAll: (url: string) => migrate(url, all),
    async drop() {
      await dropDatabase(admin, name);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
