// Seeds the two-period e2e test's own KZ organization into the e2e database (DATABASE_URL)
// (issue 20.1): «ККМ ОФД скоро» on ОФД Транстелеком — tariff paid for 200 days, its ОФД runs out
// in 5 («Истекает оплата ОФД»); «ККМ тариф истёк» on ОФД Казахтелеком — ОФД paid for 120 days,
// the tariff ran out 3 days ago («Не оплачена»); one activation code of the organization.
// Prints one JSON line: the owner's login.
// Usage: DATABASE_URL=… npx tsx tests/e2e/seed-ofd-periods.ts
async function seedOfdPeriods() {
  const { getDb, disconnectDb } = await import("../../lib/db/client");
  const { seedActivationCodes, seedCashbox, seedTenant } = await import("../../prisma/seed/factories");
  const db = getDb();
  const t = await seedTenant(db, { country: "KZ" });
  const day = 86400_000;
  const rnm = () => `0102${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  for (const [name, ofd, tariffIn, ofdIn] of [
    ["ККМ ОФД скоро", "TRANSTELECOM", 200, 5],
    ["ККМ тариф истёк", "KAZAKHTELECOM", -3, 120],
  ] as const) {
    await seedCashbox(db, {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      name,
      model: "Webkassa POS",
      registrationStatus: "REGISTERED",
      registrationNumber: rnm(),
      ofd,
      paidUntil: new Date(Date.now() + tariffIn * day),
      ofdPaidUntil: new Date(Date.now() + ofdIn * day),
      lastSeenAt: new Date(),
    });
  }
  await seedActivationCodes(db, { organizationId: t.org.id, productCode: "OFD-12", quantity: 1 });
  console.log(JSON.stringify({ email: t.users.OWNER.email, password: "password123" }));
  await disconnectDb();
}

seedOfdPeriods().catch((e) => {
  console.error(e);
  process.exit(1);
});
