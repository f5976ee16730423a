// The scheduled billing jobs: payment reminders (30 and 7 days, not paid) in the bell and by
// mail, each once; BLOCKED after the grace period; the block cleared by a renewal.
// The jobs scan every tenant, so these tests run them at a `now` far in the past, where only
// their own cashboxes are due (other test files' data is not touched).
import { describe, expect, it } from "vitest";
import { blockUnpaidCashboxes, unpaidGraceDays } from "@/lib/billing/block-unpaid-cashboxes";
import { runPaymentReminders } from "@/lib/billing/run-payment-reminders";
import { redeemActivationCode } from "@/lib/codes/redeem-activation-code";
import { listUnreadNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import { seedActivationCodes, seedCashbox, seedTenant } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

const NOW = new Date("2003-03-15T09:00:00Z"); // 12:00 in Moscow
const day = (n: number) => new Date(Date.UTC(2003, 2, 15 + n));

async function tenantWith(
  specs: {
    name: string;
    paidIn: number | null;
    state?: "ACTIVE" | "BLOCKED";
    status?: "REGISTERED" | "DRAFT";
  }[],
) {
  const t = await seedTenant(db());
  const cashboxes: Record<string, string> = {};
  for (const s of specs) {
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      name: s.name,
      registrationStatus: s.status ?? "REGISTERED",
      paidUntil: s.paidIn === null ? null : day(s.paidIn),
      operationalState: s.state ?? "ACTIVE",
    });
    cashboxes[s.name] = cashbox.id;
  }
  return { ...t, cashboxes };
}

describe("payment reminders", () => {
  it("notifies 30 days, 7 days and not paid, each once, in the bell and by mail", async () => {
    const t = await tenantWith([
      { name: "A", paidIn: 20 },
      { name: "B", paidIn: 5 },
      { name: "C", paidIn: -3 },
      { name: "D", paidIn: 100 },
      { name: "E", paidIn: -3, status: "DRAFT" },
    ]);
    await runPaymentReminders(NOW);
    await runPaymentReminders(NOW);
    const rows = await db().notification.findMany({
      where: { organizationId: t.org.id },
      select: { kind: true, cashboxId: true, dedupeKey: true },
    });
    expect(rows.map((r) => [r.kind, r.cashboxId]).sort()).toEqual(
      [
        ["PAYMENT_EXPIRING_30", t.cashboxes.A],
        ["PAYMENT_EXPIRING_7", t.cashboxes.B],
        ["PAYMENT_UNPAID", t.cashboxes.C],
      ].sort(),
    );
    // Mails to the owner and the admin, once each per notification.
    for (const role of ["OWNER", "ADMIN"] as const) {
      expect(await db().outboxMail.count({ where: { to: t.users[role].email } })).toBe(3);
    }
    expect(await db().outboxMail.count({ where: { to: t.users.ACCOUNTANT.email } })).toBe(0);

    // Cashbox A a few weeks later: inside 7 days now, so the 7-day reminder follows, once.
    const later = new Date(NOW.getTime() + 16 * 86_400_000);
    await runPaymentReminders(later);
    await runPaymentReminders(later);
    expect(
      await db().notification.count({ where: { organizationId: t.org.id, cashboxId: t.cashboxes.A } }),
    ).toBe(2);

    // The bell: unread, newest first, in the reader's language; «mark all read» empties it.
    const owner = ctxFor(t.org, t.users.OWNER, "OWNER");
    const bell = await listUnreadNotifications(owner, "ru");
    // A: 30 and 7 days; B: 7 days, then not paid (it ran out meanwhile); C: not paid.
    expect(bell.length).toBe(5);
    expect(bell.map((b) => b.title)).toContain("Касса «C» не оплачена: срок истёк 12.03.2003");
    expect(bell.every((b) => b.href.startsWith("/cashboxes/"))).toBe(true);
    expect((await listUnreadNotifications(owner, "en")).map((b) => b.title)).toContain(
      // one date format per locale (lib/locale/dates.ts): English names the month
      "Cashbox «C» is not paid: the service ended on 12 Mar 2003",
    );
    await markNotificationsRead(owner);
    expect(await listUnreadNotifications(owner, "ru")).toEqual([]);
    // Another tenant's bell never shows them.
    const other = await seedTenant(db());
    expect(await listUnreadNotifications(ctxFor(other.org, other.users.OWNER, "OWNER"), "ru")).toEqual([]);
  });

  it("starts a new cycle after a renewal", async () => {
    const t = await tenantWith([{ name: "R", paidIn: 3 }]);
    await runPaymentReminders(NOW);
    // Renewed for one month from paidUntil (2003-03-18 → 2003-04-18): 34 days left, no reminder yet…
    await db().cashbox.updateMany({ where: { organizationId: t.org.id }, data: { paidUntil: day(34) } });
    await runPaymentReminders(NOW);
    expect(await db().notification.count({ where: { organizationId: t.org.id } })).toBe(1);
    // …until the new paidUntil comes within 30 days.
    await runPaymentReminders(new Date(NOW.getTime() + 10 * 86_400_000));
    expect(
      (await db().notification.findMany({ where: { organizationId: t.org.id }, select: { kind: true } }))
        .map((r) => r.kind)
        .sort(),
    ).toEqual(["PAYMENT_EXPIRING_30", "PAYMENT_EXPIRING_7"]);
  });
});

describe("blocking unpaid cashboxes", () => {
  it("blocks after the grace period, once, never over another block; a renewal lifts it", async () => {
    const t = await tenantWith([
      { name: "overdue", paidIn: -20 },
      { name: "grace", paidIn: -10 },
      { name: "edge", paidIn: -14 },
      { name: "ownerBlocked", paidIn: -30, state: "BLOCKED" },
    ]);
    await blockUnpaidCashboxes(NOW, 14);
    await blockUnpaidCashboxes(NOW, 14);
    const states = await db().cashbox.findMany({
      where: { organizationId: t.org.id },
      select: { name: true, operationalState: true, operationalReason: true, unpaidBlockedAt: true },
      orderBy: { name: "asc" },
    });
    const by = Object.fromEntries(states.map((s) => [s.name, s]));
    expect(by.overdue).toMatchObject({
      operationalState: "BLOCKED",
      operationalReason: "Не оплачено обслуживание: срок истёк 23.02.2003",
    });
    expect(by.overdue.unpaidBlockedAt).not.toBeNull();
    expect(by.grace.operationalState).toBe("ACTIVE");
    expect(by.edge.operationalState).toBe("ACTIVE");
    expect(by.ownerBlocked).toMatchObject({ operationalState: "BLOCKED", unpaidBlockedAt: null });
    expect(
      await db().notification.count({ where: { organizationId: t.org.id, kind: "CASHBOX_BLOCKED_UNPAID" } }),
    ).toBe(1);
    expect(
      await db().auditLog.count({ where: { organizationId: t.org.id, action: "cashbox.blockUnpaid" } }),
    ).toBe(1);

    // A shorter grace period (configurable) blocks the next one.
    await blockUnpaidCashboxes(NOW, 7);
    expect(
      (await db().cashbox.findFirstOrThrow({ where: { organizationId: t.org.id, name: "grace" } }))
        .operationalState,
    ).toBe("BLOCKED");

    // Renewal clears the unpaid block.
    const [code] = (await seedActivationCodes(db(), { organizationId: t.org.id })).codes;
    await redeemActivationCode(
      { ...ctxFor(t.org, t.users.OWNER, "OWNER"), ip: "10.77.0.1" },
      { code, cashboxId: t.cashboxes.overdue },
    );
    expect(
      await db().cashbox.findFirstOrThrow({
        where: { organizationId: t.org.id, id: t.cashboxes.overdue },
        select: { operationalState: true, unpaidBlockedAt: true },
      }),
    ).toEqual({ operationalState: "ACTIVE", unpaidBlockedAt: null });
  });

  it("reads the grace period from KASSA_UNPAID_GRACE_DAYS, default 14", () => {
    expect(unpaidGraceDays({})).toBe(14);
    expect(unpaidGraceDays({ KASSA_UNPAID_GRACE_DAYS: "30" })).toBe(30);
    expect(() => unpaidGraceDays({ KASSA_UNPAID_GRACE_DAYS: "-1" })).toThrow(/KASSA_UNPAID_GRACE_DAYS/);
  });
});
