// Seeds the simulator e2e test's own organization into the e2e database (DATABASE_URL): a registered,
// paid cashbox with its device token and signing key, a cashier (PIN 1234) and an owner. Prints one
// JSON line: the owner's login, the cashbox and its device credentials.
// Usage: DATABASE_URL=… NEXTAUTH_SECRET=… npx tsx tests/e2e/seed-simulator.ts
async function main() {
  const { getDb, disconnectDb } = await import("../../lib/db/client");
  const { encryptDeviceKey, generateDeviceKey } = await import("../../lib/cashboxes/device-key");
  const { seedCashbox, seedTenant } = await import("../../prisma/seed/factories");
  const db = getDb();
  const t = await seedTenant(db, { country: "RU" });
  const { cashbox, token } = await seedCashbox(db, {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    name: "Касса симулятора",
    registrationStatus: "REGISTERED",
    registrationNumber: `00008${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
    paidUntil: new Date(Date.now() + 365 * 86400_000),
  });
  const key = generateDeviceKey();
  await db.cashbox.updateMany({
    where: { id: cashbox.id },
    data: { deviceKeyEnc: encryptDeviceKey(key, cashbox.id) },
  });
  console.log(
    JSON.stringify({
      email: t.users.OWNER.email,
      password: "password123",
      cashboxId: cashbox.id,
      token,
      key: key.toString("base64url"),
      pin: "1234",
    }),
  );
  await disconnectDb();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

export {};
