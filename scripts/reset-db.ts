// Drops, recreates, migrates and seeds the demo into the database of DATABASE_URL (dev helper).
// Usage: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/kassa_dev npx tsx scripts/reset-db.ts
import path from "node:path";
import { dropDatabase, ensureDatabase, migrate } from "../lib/db/migrate";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const u = new URL(url);
  const name = u.pathname.slice(1);
  u.pathname = "/postgres";
  await dropDatabase(u.toString(), name);
  await ensureDatabase(u.toString(), name);
  await migrate(url, path.resolve(__dirname, "../prisma/migrations"));
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const { seedDemo } = await import("../prisma/seed/demo");
  await seedDemo(getDb());
  await disconnectDb();
  console.log(`reset ${name}: migrated and seeded`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
