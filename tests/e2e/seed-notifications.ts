import { unsafeOrganizationId } from "@/lib/tenant/context";
// Seeds the notifications e2e test's own organization into the e2e database (DATABASE_URL): a
// registered «Касса на складе» whose last online contact was 30 hours ago, then runs that
// organization's notification scan (what the hourly job "notifications-scan" does), so its
// OFFLINE_24H notice is in the bell. Prints one JSON line: the owner's login and the cashbox id.
// Usage: DATABASE_URL=… npx tsx tests/e2e/seed-notifications.ts
export {};

async function seedNotifications() {
  const { getDb, disconnectDb } = await import("../../lib/db/client");
  const { seedCashbox, seedTenant } = await import("../../prisma/seed/factories");
  const { scanOrganizationNotifications } = await import("../../lib/notifications/scan");
  const db = getDb();
  const t = await seedTenant(db, { country: "RU" });
  const { cashbox } = await seedCashbox(db, {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    name: "Касса на складе",
    registrationStatus: "REGISTERED",
    registrationNumber: `00008${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
    paidUntil: new Date(Date.now() + 200 * 86400_000),
    lastSeenAt: new Date(Date.now() - 30 * 3600_000),
  });
  const created = await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), new Date());
  if (created !== 1) throw new Error(`expected one notification, got ${created}`);
  console.log(JSON.stringify({ email: t.users.OWNER.email, password: "password123", cashboxId: cashbox.id }));
  await disconnectDb();
}

seedNotifications().catch((e) => {
  console.error(e);
  process.exit(1);
});
