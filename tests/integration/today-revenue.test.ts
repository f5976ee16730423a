// Issue 15.6: «Выручка сегодня» in «Кассы» comes from the daily rollups of real accepted receipts, in
// the organization's time zone, inside the list's own query, and equals what «Аналитика» counts.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { acceptDocument } from "@/lib/device/accept-document";
import { loadCashier, loadDeviceCashbox, type Cashier, type DeviceCashbox } from "@/lib/device/context";
import { encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import { findCashboxes } from "@/lib/cashboxes/find-cashboxes";
import { closePool } from "@/lib/db/pool";
import { seedCashbox, seedTenant } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";
import { unsafeOrganizationId } from "@/lib/tenant/context";

afterAll(() => closePool());

const TZ = "Asia/Yekaterinburg"; // UTC+5
// 2026-12-03 local midnight = 2026-12-02T19:00Z
const LOCAL_MIDNIGHT = Date.parse("2026-12-02T19:00:00Z");
const at = (minutesFromLocalMidnight: number) => new Date(LOCAL_MIDNIGHT + minutesFromLocalMidnight * 60_000);

describe("«Выручка сегодня»", () => {
  it("is today's sales minus returns per cashbox, in the organization's day, from accepted receipts", async () => {
    const t = await seedTenant(db(), { country: "RU" });
    await db().organization.update({ where: { id: t.org.id }, data: { timezone: TZ } });
    const boxes: DeviceCashbox[] = [];
    for (let i = 0; i < 3; i++) {
      const { cashbox } = await seedCashbox(db(), {
        organizationId: t.org.id,
        tradePointId: t.tradePoint.id,
        name: `Касса ${i + 1}`,
        registrationStatus: "REGISTERED",
        registrationNumber: `00001${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
        paidUntil: new Date(Date.UTC(2027, 11, 31)),
      });
      await db().cashbox.updateMany({
        where: { id: cashbox.id },
        data: { deviceKeyEnc: encryptDeviceKey(generateDeviceKey(), cashbox.id) },
      });
      boxes.push((await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(cashbox.organizationId)))!);
    }
    const m = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "CASHIER" },
    });
    const cashier = (await loadCashier(unsafeOrganizationId(t.org.id), m.id))! as Cashier;

    const sell = async (box: (typeof boxes)[number], when: Date, price: number, quantity = "1") => {
      const total = Math.round(price * Number(quantity));
      const r = await acceptDocument(
        box,
        {
          op: "receipt",
          cashier,
          body: {
            clientDocId: randomUUID(),
            createdAt: when.toISOString(),
            type: "sale",
            items: [
              {
                name: "Сыр",
                unit: { code: quantity.includes(".") ? "11" : "0" },
                price,
                quantity,
                vatRate: "VAT10",
              },
            ],
            payments: [{ type: "cash", amount: total }],
          },
        },
        { now: new Date(when.getTime() + 500) },
      );
      return { id: r.document.id, price };
    };

    // Yesterday 23:30 local (same UTC date as today's sales): not today.
    await sell(boxes[0], at(-30), 100_000);
    // Today on box 1: two sales and a return of one of them.
    const a = await sell(boxes[0], at(30), 12_345);
    await sell(boxes[0], at(600), 24_630, "1.500");
    await acceptDocument(
      boxes[0],
      {
        op: "receipt",
        cashier,
        body: {
          clientDocId: randomUUID(),
          createdAt: at(700).toISOString(),
          type: "sale_return",
          items: [{ name: "Сыр", unit: { code: "0" }, price: a.price, quantity: "1", vatRate: "VAT10" }],
          payments: [{ type: "cash", amount: a.price }],
          returnBasis: { receiptId: a.id },
        },
      },
      { now: at(700) },
    );
    // Box 2: one sale today; box 3: nothing.
    await sell(boxes[1], at(120), 5_000);

    const ctx = ctxFor({ id: t.org.id, country: "RU", timezone: TZ }, t.users.ACCOUNTANT, "ACCOUNTANT");
    const list = await findCashboxes(ctx, {}, { now: at(720) });
    const byName = Object.fromEntries(list.rows.map((r) => [r.name, r.todayRevenue]));
    expect(byName).toEqual({
      "Касса 1": String(12_345 + 36_945 - 12_345),
      "Касса 2": "5000",
      "Касса 3": null,
    });

    // The same figure as the daily rollup «Аналитика» reads.
    const rollup = await db().$queryRawUnsafe<{ v: string }[]>(
      `SELECT sum(CASE WHEN type = 'SALE' THEN total ELSE -total END)::text AS v FROM "AnalyticsDay"
        WHERE "organizationId" = $1::uuid AND "cashboxId" = $2::uuid AND day = '2026-12-03'`,
      t.org.id,
      boxes[0].id,
    );
    expect(rollup[0].v).toBe(byName["Касса 1"]);

    // A moment later in UTC but already the next local day: nothing yet «today».
    const tomorrow = await findCashboxes(ctx, {}, { now: at(24 * 60 + 1) });
    expect(tomorrow.rows.map((r) => r.todayRevenue)).toEqual([null, null, null]);
  });
});
