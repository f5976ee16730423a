// Seeds volume data into the (migrated) database of DATABASE_URL: one organization with N
// cashboxes (see prisma/seed/volume.ts), and prints its owner's login.
// Usage: DATABASE_URL=… npx tsx scripts/seed-volume.ts -- --cashboxes 100000 [--trade-points 2000] [--country KZ]
import { parseArgs } from "node:util";

async function main() {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((a) => a !== "--"),
    options: {
      cashboxes: { type: "string", default: "100000" },
      "trade-points": { type: "string" },
      country: { type: "string", default: "RU" },
    },
  });
  if (!process.env.DATABASE_URL)
    throw new Error("DATABASE_URL is not set (a migrated database, e.g. kassa_dev)");
  const cashboxes = Number(values.cashboxes);
  if (!Number.isInteger(cashboxes) || cashboxes < 1)
    throw new Error("--cashboxes must be a positive integer");
  const country = values.country === "KZ" ? "KZ" : "RU";
  const { getDb, disconnectDb } = await import("../lib/db/client");
  const { seedVolume } = await import("../prisma/seed/volume");
  const started = Date.now();
  const r = await seedVolume(getDb(), {
    cashboxes,
    tradePoints: values["trade-points"] ? Number(values["trade-points"]) : undefined,
    country,
  });
  await disconnectDb();
  console.log(
    `seeded ${r.cashboxes} cashboxes in ${r.tradePoints} trade points of «${r.organizationName}» in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(`sign in as ${r.ownerEmail} / ${r.password}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
