// A tenant with a few weeks of sales made through the device API's document path
// (acceptDocument): the e2e tests of «Аналитика» and local development use it. Deterministic for a
// given seed and end time. The analytics rollups are filled by the engine as the documents land.
import { randomUUID } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import { acceptDocument } from "@/lib/device/accept-document";
import { loadCashier, loadDeviceCashbox } from "@/lib/device/context";
import { isDeviceError } from "@/lib/device/errors";
import {
  seedCashbox,
  seedMembership,
  seedOrganization,
  seedTradePoint,
  seedUser,
  uniqueSuffix,
} from "./factories";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const GOODS = [
  { name: "Кофе американо", unit: { code: "0" }, price: 18000, vatRate: "VAT22" },
  { name: "Капучино", unit: { code: "0" }, price: 24000, vatRate: "VAT22" },
  { name: "Круассан", unit: { code: "0" }, price: 15000, vatRate: "VAT10" },
  { name: "Сыр российский", unit: { code: "11" }, price: 89000, vatRate: "VAT10", weight: true },
  { name: "Вода 0,5 л", unit: { code: "0" }, price: 6000, vatRate: "VAT22" },
  { name: "Сэндвич с курицей", unit: { code: "0" }, price: 32000, vatRate: "VAT10" },
];

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SalesTenant {
  orgId: string;
  ownerEmail: string;
  accountantEmail: string;
  cashierEmail: string;
  password: string;
  tradePoints: { id: string; name: string }[];
  cashboxes: { id: string; name: string }[];
  documents: number;
}

/**
 * An RU organization (Europe/Moscow) with 2 trade points, 3 cashboxes and `days` days of trading
 * ending at `end`: sales (cash, card, mixed), some returns and cancelled sales, a Z-report a day.
 */
export async function seedSalesTenant(
  db: Db,
  opts: { days?: number; end?: Date; seed?: number; password?: string } = {},
): Promise<SalesTenant> {
  const days = opts.days ?? 40;
  const end = opts.end ?? new Date();
  const rnd = prng(opts.seed ?? 42);
  const password = opts.password ?? "password123";
  const org = await seedOrganization(db, { country: "RU", name: `ООО «Аналитика ${uniqueSuffix()}»` });
  const emails = {} as Record<"OWNER" | "ACCOUNTANT" | "CASHIER", string>;
  let cashierMembership = "";
  for (const role of ["OWNER", "ACCOUNTANT", "CASHIER"] as const) {
    const user = await seedUser(db, {
      email: `${role.toLowerCase()}-${uniqueSuffix()}@analytics.test`,
      name: role === "CASHIER" ? "Кассир Иванова" : "Пользователь",
      password,
    });
    const m = await seedMembership(db, {
      organizationId: org.id,
      userId: user.id,
      role,
      pin: role === "CASHIER" ? "1234" : undefined,
    });
    if (role === "CASHIER") cashierMembership = m.id;
    emails[role] = user.email;
  }
  const tps = [
    await seedTradePoint(db, { organizationId: org.id, name: "Кофейня на Тверской" }),
    await seedTradePoint(db, { organizationId: org.id, name: "Киоск у метро" }),
  ];
  const boxes = [];
  for (const [i, tp] of [tps[0], tps[0], tps[1]].entries()) {
    const { cashbox } = await seedCashbox(db, {
      organizationId: org.id,
      tradePointId: tp.id,
      name: ["Касса 1 (зал)", "Касса 2 (бар)", "Касса киоска"][i],
      registrationStatus: "REGISTERED",
      registrationNumber: `00001${String(Math.floor(rnd() * 1e11)).padStart(11, "0")}`,
      paidUntil: new Date(end.getTime() + 365 * 86400_000),
    });
    await db.cashbox.update({
      where: { organizationId_id: { organizationId: cashbox.organizationId, id: cashbox.id } },
      data: { deviceKeyEnc: encryptDeviceKey(generateDeviceKey(), cashbox.id) },
    });
    boxes.push({ cashbox, weight: [1, 0.6, 0.35][i] });
  }
  const cashier = (await loadCashier(unsafeOrganizationId(org.id), cashierMembership))!;

  let documents = 0;
  const dayMs = 86400_000;
  // Moscow is UTC+3 all year: a local day starts at 21:00 UTC of the day before
  const endDay = Math.floor((end.getTime() + 3 * 3600_000) / dayMs);
  for (const { cashbox, weight } of boxes) {
    const cb = (await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(cashbox.organizationId)))!;
    const sales: { id: string; item: Record<string, unknown>; total: number }[] = [];
    for (let d = endDay - days + 1; d <= endDay; d++) {
      const dayStartUtc = d * dayMs - 3 * 3600_000;
      const weekday = new Date(d * dayMs).getUTCDay();
      const busy = (weekday === 0 || weekday === 6 ? 1.4 : 1) * weight;
      const count = Math.round((6 + rnd() * 8) * busy);
      const times = Array.from({ length: count }, () => {
        // opening hours 08–21 local, more around lunch and the evening
        const h = rnd() < 0.4 ? 12 + rnd() * 2 : rnd() < 0.5 ? 17 + rnd() * 3 : 8 + rnd() * 13;
        return dayStartUtc + Math.floor(h * 3600_000);
      })
        .filter((t) => t < end.getTime() - 60_000)
        .sort((a, b) => a - b);
      const send = async (
        op: "receipt" | "cancel_last" | "z_report",
        at: number,
        body: Record<string, unknown>,
      ) => {
        try {
          const r = await acceptDocument(
            cb,
            {
              op,
              body: { clientDocId: randomUUID(), createdAt: new Date(at).toISOString(), ...body },
              cashier,
            },
            { now: new Date(at + 1000) },
          );
          documents++;
          return r;
        } catch (e) {
          if (isDeviceError(e)) return null;
          throw e;
        }
      };
      for (const at of times) {
        const lines = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => {
          const g = GOODS[Math.floor(rnd() * GOODS.length)];
          const quantity = g.weight
            ? (0.2 + Math.round(rnd() * 40) / 100).toFixed(3)
            : String(1 + Math.floor(rnd() * 2));
          return { name: g.name, unit: g.unit, price: g.price, quantity, vatRate: g.vatRate };
        });
        const total = lines.reduce((s, l) => s + Math.round(l.price * Number(l.quantity)), 0);
        const mode = rnd();
        const payments =
          mode < 0.4
            ? [{ type: "cash", amount: total }]
            : mode < 0.9
              ? [{ type: "card", amount: total }]
              : [
                  { type: "cash", amount: Math.floor(total / 3) },
                  { type: "card", amount: total - Math.floor(total / 3) },
                ];
        const r = await send("receipt", at, { type: "sale", items: lines, payments });
        if (r) sales.push({ id: r.document.id, item: lines[0], total });
        const roll = rnd();
        if (r && roll < 0.04) {
          await send("cancel_last", at + 20_000, {});
          sales.pop();
        } else if (roll < 0.1 && sales.length > 1) {
          const basis = sales[Math.floor(rnd() * (sales.length - 1))];
          const price = Math.round((basis.item.price as number) * Number(basis.item.quantity));
          if (price <= basis.total)
            await send("receipt", at + 30_000, {
              type: "sale_return",
              items: [basis.item],
              payments: [{ type: "card", amount: price }],
              returnBasis: { receiptId: basis.id },
            });
        }
      }
      if (times.length > 0)
        await send("z_report", Math.min(dayStartUtc + 22 * 3600_000, end.getTime() - 30_000), {});
    }
  }
  return {
    orgId: org.id,
    ownerEmail: emails.OWNER,
    accountantEmail: emails.ACCOUNTANT,
    cashierEmail: emails.CASHIER,
    password,
    tradePoints: tps.map((t) => ({ id: t.id, name: t.name })),
    cashboxes: boxes.map((b) => ({ id: b.cashbox.id, name: b.cashbox.name })),
    documents,
  };
}
