// Seeds the «Аналитика» e2e test's own organization into the e2e database (DATABASE_URL): five
// weeks of sales on three cashboxes made through acceptDocument (prisma/seed/sales.ts), so the
// engine has filled the rollups. Prints one JSON line: the tenant (logins, ids).
// Usage: DATABASE_URL=… NEXTAUTH_SECRET=… npx tsx tests/e2e/seed-analytics.ts
async function main() {
  const { getDb, disconnectDb } = await import("../../lib/db/client");
  const { closePool } = await import("../../lib/db/pool");
  const { seedSalesTenant } = await import("../../prisma/seed/sales");
  const tenant = await seedSalesTenant(getDb(), { days: 35, seed: 8 });
  await disconnectDb();
  await closePool();
  console.log(JSON.stringify(tenant));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
export {};
