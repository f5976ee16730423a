// Seeds the «Чеки» e2e test's own organization into the e2e database (DATABASE_URL): a registered
// cashbox and a few receipts made through acceptDocument, minutes ago (so «today»'s reports have
// them). Prints one JSON line: the owner's login and the receipts' numbers.
// Usage: DATABASE_URL=… NEXTAUTH_SECRET=… npx tsx tests/e2e/seed-receipts.ts
import { randomUUID } from "node:crypto";
import { unsafeOrganizationId } from "@/lib/tenant/context";

async function main() {
  const { getDb, disconnectDb } = await import("../../lib/db/client");
  const { closePool } = await import("../../lib/db/pool");
  const { acceptDocument } = await import("../../lib/device/accept-document");
  const { loadCashier, loadDeviceCashbox } = await import("../../lib/device/context");
  const { seedCashbox, seedTenant } = await import("../../prisma/seed/factories");
  const db = getDb();
  const t = await seedTenant(db, { country: "RU" });
  const { cashbox } = await seedCashbox(db, {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    name: "Касса E2E чеки",
    registrationStatus: "REGISTERED",
    registrationNumber: `00009${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
    paidUntil: new Date(Date.now() + 365 * 86400_000),
  });
  const cb = (await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(cashbox.organizationId)))!;
  const m = await db.membership.findFirstOrThrow({ where: { organizationId: t.org.id, role: "CASHIER" } });
  const cashier = (await loadCashier(unsafeOrganizationId(t.org.id), m.id))!;
  const now = Date.now();
  const numbers: number[] = [];
  const items = [
    { name: "Кофе капучино", price: 22_000, pay: "cash" },
    { name: "Эклер фисташковый", price: 18_500, pay: "card" },
    { name: "Чай облепиховый", price: 15_000, pay: "cash" },
  ] as const;
  for (const [i, it] of items.entries()) {
    const createdAt = new Date(now - (10 - i) * 60_000);
    const out = await acceptDocument(
      cb,
      {
        op: "receipt",
        body: {
          clientDocId: randomUUID(),
          createdAt: createdAt.toISOString(),
          type: "sale",
          items: [{ name: it.name, unit: { code: "0" }, price: it.price, quantity: "2", vatRate: "VAT22" }],
          payments: [{ type: it.pay, amount: it.price * 2 }],
        },
        cashier,
      },
      { now: new Date(createdAt.getTime() + 1000) },
    );
    numbers.push(out.document.number);
  }
  console.log(JSON.stringify({ email: t.users.OWNER.email, password: "password123", numbers }));
  await closePool();
  await disconnectDb();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
