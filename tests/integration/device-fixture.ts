// A registered, paid cashbox with its token, signing key and a cashier (PIN 1234), in an organization
// of its own: the starting point of the fuzz and crash tests (device-fuzz / device-crash).
import { encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import { seedCashbox, seedTenant } from "@/prisma/seed/factories";
import { db } from "./helpers";

export interface DeviceFixture {
  orgId: string;
  cashboxId: string;
  token: string;
  key: Buffer;
  cashierId: string;
  country: "RU" | "KZ";
  timezone: string;
}

export async function deviceFixture(country: "RU" | "KZ" = "RU"): Promise<DeviceFixture> {
  const t = await seedTenant(db(), { country });
  const registrationNumber =
    country === "RU"
      ? `00002${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`
      : String(Math.floor(Math.random() * 1e12)).padStart(12, "0");
  const { cashbox, token } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    registrationStatus: "REGISTERED",
    registrationNumber,
    paidUntil: new Date(Date.now() + 365 * 86400_000),
  });
  const key = generateDeviceKey();
  await db().cashbox.updateMany({
    where: { id: cashbox.id },
    data: { deviceKeyEnc: encryptDeviceKey(key, cashbox.id) },
  });
  const m = await db().membership.findFirstOrThrow({ where: { organizationId: t.org.id, role: "CASHIER" } });
  return {
    orgId: t.org.id,
    cashboxId: cashbox.id,
    token,
    key,
    cashierId: m.id,
    country,
    timezone: t.org.timezone,
  };
}
