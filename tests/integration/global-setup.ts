// Vitest global setup: one fresh, migrated database per run, on DATABASE_URL's server when set,
// else on an embedded PostgreSQL. Workers inherit DATABASE_URL; the database is dropped at the end.
import path from "node:path";
import { randomUUID } from "node:crypto";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../lib/db/embedded";
import { dropDatabase, ensureDatabase, migrate } from "../../lib/db/migrate";

export default async function setup() {
  let embedded: EmbeddedServer | null = null;
  let adminUrl: string;
  if (process.env.DATABASE_URL) {
    const u = new URL(process.env.DATABASE_URL);
    u.pathname = "/postgres";
    adminUrl = u.toString();
  } else {
    embedded = await startEmbeddedPostgres(
      path.resolve(".data/pg-test"),
      Number(process.env.KASSA_TEST_PG_PORT ?? 54331),
      { pickFreePort: !process.env.KASSA_TEST_PG_PORT },
    );
    adminUrl = embedded.adminUrl;
  }
  // KASSA_TEST_DB_PREFIX lets parallel runs on one server keep their databases apart
  const name = `${process.env.KASSA_TEST_DB_PREFIX ?? "kassa_test"}_${Date.now()}_${randomUUID().slice(0, 6)}`;
  const url = await ensureDatabase(adminUrl, name);
  await migrate(url, path.resolve("prisma/migrations"));
  process.env.DATABASE_URL = url;
  process.env.KASSA_TEST_DB = name;
  return async () => {
    await dropDatabase(adminUrl, name).catch((e) => console.warn(`could not drop ${name}: ${e.message}`));
    if (embedded) await embedded.stop();
  };
}
