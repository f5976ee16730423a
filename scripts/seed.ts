// npm run seed — migrates the database of DATABASE_URL and loads the demo data when it is empty
// (the same demo `npm start` seeds). To start over: `npm run db:reset` (drops the database first).
import path from "node:path";
import { migrate } from "../lib/db/migrate";

async function main() {
  if (!process.env.DATABASE_URL)
    throw new Error("DATABASE_URL is not set (e.g. postgresql://postgres@127.0.0.1:5432/kassa_dev)");
  const result = await migrate(process.env.DATABASE_URL, path.resolve(__dirname, "../prisma/migrations"));
  console.log(`migrations: ${result.applied.length} applied, ${result.skipped} already in place`);
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const { seedDemo, isDatabaseEmpty } = await import("../prisma/seed/demo");
  try {
    if (!(await isDatabaseEmpty(getDb()))) {
      console.log("the database already has data: nothing seeded (npm run db:reset starts over)");
      return;
    }
    await seedDemo(getDb());
    console.log("demo data seeded");
  } finally {
    await disconnectDb();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});
