// Seeds the renewal e2e test's own organization into the e2e database (DATABASE_URL): «Касса 2 (зал)»
// paid for 18 more days (EXPIRING), «Касса 3 (склад)» 5 days past its date (UNPAID), and two of the
// organization's own activation codes. The demo's cashboxes are renewed by other specs, so the test
// cannot rely on their state. Prints one JSON line: the owner's login.
// Usage: DATABASE_URL=… npx tsx tests/e2e/seed-renewal.ts
async function main() {
  const { getDb, disconnectDb } = await import("../../lib/db/client");
  const { seedActivationCodes, seedCashbox, seedTenant } = await import("../../prisma/seed/factories");
  const db = getDb();
  const t = await seedTenant(db, { country: "RU" });
  const day = 86400_000;
  const regNumber = () => `00008${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`;
  for (const [name, paidInDays] of [
    ["Касса 2 (зал)", 18],
    ["Касса 3 (склад)", -5],
  ] as const) {
    await seedCashbox(db, {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      name,
      registrationStatus: "REGISTERED",
      registrationNumber: regNumber(),
      paidUntil: new Date(Date.now() + paidInDays * day),
      lastSeenAt: new Date(),
    });
  }
  await seedActivationCodes(db, { organizationId: t.org.id, productCode: "OFD-12", quantity: 2 });
  console.log(JSON.stringify({ email: t.users.OWNER.email, password: "password123" }));
  await disconnectDb();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
