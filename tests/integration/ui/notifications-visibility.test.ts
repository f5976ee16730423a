// Issue 15.8: the bell shows a reader only what their role may open, and a notification whose
// cause is gone (the cashbox was renewed, the block lifted) is withdrawn.
import { describe, expect, it } from "vitest";
import { blockUnpaidCashboxes } from "@/lib/billing/block-unpaid-cashboxes";
import { runPaymentReminders } from "@/lib/billing/run-payment-reminders";
import { listUnreadNotifications } from "@/lib/notifications/list-notifications";
import { notify } from "@/lib/notifications/notify";
import { seedCashbox, seedTenant } from "@/prisma/seed/factories";
import { ctxFor, db } from "../helpers";

const NOW = new Date("2003-05-15T09:00:00Z");
const day = (n: number) => new Date(Date.UTC(2003, 4, 15 + n));

describe("the bell by role and cause", () => {
  it("hides cashbox and order notifications from a cashier, shows them to the owner and accountant", async () => {
    const t = await seedTenant(db());
    await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      name: "Касса 3",
      registrationStatus: "REGISTERED",
      paidUntil: day(-3),
    });
    await runPaymentReminders(NOW);
    await db().$transaction((tx) =>
      notify(tx, {
        organizationId: t.org.id,
        kind: "ORDER_PAID",
        dedupeKey: `order-${t.org.id}`,
        params: { number: 8, codes: 1, orderId: "00000000-0000-0000-0000-000000000008" },
      }),
    );
    const titles = async (role: "OWNER" | "ACCOUNTANT" | "CASHIER") =>
      (await listUnreadNotifications(ctxFor(t.org, t.users[role], role), "ru")).map((b) => b.title).sort();
    const owner = await titles("OWNER");
    expect(owner).toHaveLength(2);
    expect(owner.some((x) => x.includes("Касса «Касса 3» не оплачена"))).toBe(true);
    expect(owner.some((x) => x.includes("№ 8"))).toBe(true);
    expect(await titles("ACCOUNTANT")).toEqual(owner);
    expect(await titles("CASHIER")).toEqual([]);
  });

  it("withdraws a payment reminder after the renewal and a block notice after it is lifted", async () => {
    const t = await seedTenant(db());
    const { cashbox: soon } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      name: "Скоро",
      registrationStatus: "REGISTERED",
      paidUntil: day(5),
    });
    const { cashbox: late } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      name: "Просрочена",
      registrationStatus: "REGISTERED",
      paidUntil: day(-20),
    });
    await runPaymentReminders(NOW);
    await blockUnpaidCashboxes(NOW, 14);
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const hrefs = async () => (await listUnreadNotifications(owner, "ru")).map((b) => b.href);
    expect((await hrefs()).filter((h) => h.endsWith(soon.id))).toHaveLength(1);
    expect((await hrefs()).filter((h) => h.endsWith(late.id)).length).toBeGreaterThanOrEqual(2);

    // Renewed: the reminder about the old paidUntil is gone.
    await db().cashbox.update({
      where: { organizationId_id: { organizationId: t.org.id, id: soon.id } },
      data: { paidUntil: day(60) },
    });
    expect((await hrefs()).filter((h) => h.endsWith(soon.id))).toEqual([]);

    // Unblocked and renewed: the block notice and the «not paid» reminder are gone too.
    await db().cashbox.update({
      where: { organizationId_id: { organizationId: t.org.id, id: late.id } },
      data: { paidUntil: day(40), operationalState: "ACTIVE" },
    });
    expect(await hrefs()).toEqual([]);
  });
});
