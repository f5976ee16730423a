// Two payment periods of a KZ cashbox on a third-party ОФД (issue 20.1, docs/product.md §4):
// «Тариф оплачен до» (paidUntil: codes, reminders, the unpaid block — as for own-ОФД cashboxes)
// and «ОФД оплачен до» (ofdPaidUntil: the owner's date, reminders only, never a block).
// The billing jobs scan every tenant, so their tests run at a `now` far in the past where only
// these cashboxes are due, and a period meant never to be due is far in the future.
import { describe, expect, it } from "vitest";
import { blockUnpaidCashboxes } from "@/lib/billing/block-unpaid-cashboxes";
import { runPaymentReminders } from "@/lib/billing/run-payment-reminders";
import { findCashboxes } from "@/lib/cashboxes/find-cashboxes";
import { PRIMARY_BADGES, addDays, type PrimaryBadgeKind } from "@/lib/cashboxes/status";
import { addMonths } from "@/lib/codes/paid-until";
import { redeemActivationCode } from "@/lib/codes/redeem-activation-code";
import { localDate } from "@/lib/locale/zone";
import { listUnreadNotifications } from "@/lib/notifications/list-notifications";
import { findClientCashboxes } from "@/lib/partners/find-client-cashboxes";
import { linkPartner } from "@/lib/partners/partner-link";
import { renewClientCashbox } from "@/lib/partners/renew-client-cashbox";
import { updateOfdPaidUntil } from "@/lib/registration/update-ofd-paid-until";
import {
  seedActivationCodes,
  seedCashbox,
  seedMembership,
  seedOrganization,
  seedTenant,
  seedUser,
} from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

type Ofd = "OWN" | "TRANSTELECOM" | "KAZAKHTELECOM";
const FAR = new Date("2099-01-01T00:00:00Z");
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

async function kzTenant() {
  const t = await seedTenant(db(), { country: "KZ" });
  return { ...t, owner: ctxFor(t.org, t.users.OWNER, "OWNER") };
}

async function box(
  t: Awaited<ReturnType<typeof kzTenant>>,
  name: string,
  opts: { ofd: Ofd; paidUntil: Date | null; ofdPaidUntil: Date | null; status?: "REGISTERED" | "SUBMITTED" },
) {
  const { cashbox } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    name,
    registrationStatus: opts.status ?? "REGISTERED",
    registrationNumber: opts.status === "SUBMITTED" ? null : `0102${String(Math.random()).slice(2, 10)}`,
    ofd: opts.ofd,
    paidUntil: opts.paidUntil,
    ofdPaidUntil: opts.ofdPaidUntil,
  });
  return cashbox.id;
}

const periods = async (id: string) => {
  const c = await db().cashbox.findFirstOrThrow({
    where: { id },
    select: { paidUntil: true, ofdPaidUntil: true, operationalState: true, unpaidBlockedAt: true },
  });
  return { ...c, paidUntil: iso(c.paidUntil), ofdPaidUntil: iso(c.ofdPaidUntil) };
};

describe("codes and the owner's ОФД date move one period each", () => {
  it("a code extends only the tariff of a third-party ОФД cashbox; the owner's date only the ОФД period", async () => {
    const t = await kzTenant();
    const id = await box(t, "ККМ ТТ", {
      ofd: "TRANSTELECOM",
      paidUntil: null,
      ofdPaidUntil: new Date("2030-01-31T00:00:00Z"),
    });
    const [code] = (await seedActivationCodes(db(), { organizationId: t.org.id, productCode: "OFD-12" }))
      .codes;
    const now = new Date();
    const r = await redeemActivationCode(t.owner, { code, cashboxId: id }, now);
    const today = localDate(now, "Asia/Almaty");
    expect(r).toMatchObject({ previousPaidUntil: null, paidUntil: addMonths(today, 12), unblocked: false });
    expect(await periods(id)).toMatchObject({ paidUntil: addMonths(today, 12), ofdPaidUntil: "2030-01-31" });

    // «ОФД оплачен до» from the renewal dialog: the ОФД period only, audited as such
    await updateOfdPaidUntil(t.owner, { cashboxId: id, paidUntil: "2031-05-01" });
    expect(await periods(id)).toMatchObject({ paidUntil: addMonths(today, 12), ofdPaidUntil: "2031-05-01" });
    const audit = await db().auditLog.findFirst({
      where: { organizationId: t.org.id, objectId: id, action: "cashbox.ofdPaidUntil.update" },
      select: { details: true },
    });
    expect(audit?.details).toMatchObject({ ofd: "TRANSTELECOM", ofdPaidUntil: ["2030-01-31", "2031-05-01"] });

    // an own-ОФД cashbox has no ОФД period to enter
    const own = await box(t, "ККМ своя", { ofd: "OWN", paidUntil: null, ofdPaidUntil: null });
    await expect(
      updateOfdPaidUntil(t.owner, { cashboxId: own, paidUntil: "2031-05-01" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
    expect(await periods(own)).toMatchObject({ paidUntil: null, ofdPaidUntil: null });
  });

  it("a partner renews a linked client's third-party ОФД cashbox with its code: the tariff only", async () => {
    const porg = await seedOrganization(db(), { kind: "PARTNER", country: "KZ" });
    const user = await seedUser(db());
    await seedMembership(db(), { organizationId: porg.id, userId: user.id, role: "PARTNER_MANAGER" });
    const partner = {
      ...ctxFor(porg, user, "PARTNER_MANAGER"),
      organizationName: porg.name,
      ip: `10.20.${Math.floor(Math.random() * 250)}.1`,
    };
    const t = await kzTenant();
    await linkPartner(t.owner, { taxId: porg.taxId });
    const id = await box(t, "ККМ КТ", {
      ofd: "KAZAKHTELECOM",
      paidUntil: new Date("2099-03-31T00:00:00Z"),
      ofdPaidUntil: new Date("2030-06-30T00:00:00Z"),
    });
    // the partner sees both periods of the client's cashbox
    const seen = await findClientCashboxes(partner, t.org.id, 1);
    expect(seen.rows.find((r) => r.id === id)).toMatchObject({ ofd: "KAZAKHTELECOM" });
    const [code] = (await seedActivationCodes(db(), { organizationId: porg.id, productCode: "OFD-1" })).codes;
    const r = await renewClientCashbox(partner, { code, cashboxId: id, clientOrganizationId: t.org.id });
    expect(r).toMatchObject({ previousPaidUntil: "2099-03-31", paidUntil: "2099-04-30" });
    expect(await periods(id)).toMatchObject({ paidUntil: "2099-04-30", ofdPaidUntil: "2030-06-30" });
  });
});

describe("the unpaid block follows the tariff only", () => {
  const NOW = new Date("2001-09-10T06:00:00Z"); // 12:00 in Almaty
  const day = (n: number) => new Date(`${addDays("2001-09-10", n)}T00:00:00Z`);

  it("blocks a third-party ОФД cashbox whose tariff ran out; never one whose ОФД ran out; a code lifts it", async () => {
    const t = await kzTenant();
    const tariffOut = await box(t, "тариф истёк", {
      ofd: "TRANSTELECOM",
      paidUntil: day(-20),
      ofdPaidUntil: FAR,
    });
    const ofdOut = await box(t, "ОФД истёк", {
      ofd: "KAZAKHTELECOM",
      paidUntil: FAR,
      ofdPaidUntil: day(-200),
    });
    await blockUnpaidCashboxes(NOW, 14);
    await blockUnpaidCashboxes(NOW, 14);
    expect(await periods(tariffOut)).toMatchObject({ operationalState: "BLOCKED" });
    expect((await periods(tariffOut)).unpaidBlockedAt).not.toBeNull();
    expect(await periods(ofdOut)).toMatchObject({ operationalState: "ACTIVE", unpaidBlockedAt: null });
    expect(
      await db().notification.count({
        where: { organizationId: t.org.id, kind: "CASHBOX_BLOCKED_UNPAID", cashboxId: tariffOut },
      }),
    ).toBe(1);

    // the owner's ОФД date does not lift the tariff's block…
    await updateOfdPaidUntil(t.owner, { cashboxId: tariffOut, paidUntil: "2030-01-01" });
    expect(await periods(tariffOut)).toMatchObject({ operationalState: "BLOCKED", paidUntil: "2001-08-21" });
    // …a code does, and leaves the ОФД period alone
    const [code] = (await seedActivationCodes(db(), { organizationId: t.org.id, productCode: "OFD-12" }))
      .codes;
    const r = await redeemActivationCode(t.owner, { code, cashboxId: tariffOut }, NOW);
    expect(r).toMatchObject({ unblocked: true, paidUntil: "2002-09-10" });
    expect(await periods(tariffOut)).toMatchObject({
      operationalState: "ACTIVE",
      unpaidBlockedAt: null,
      paidUntil: "2002-09-10",
      ofdPaidUntil: "2030-01-01",
    });
  });
});

describe("reminders of both periods, each deduplicated", () => {
  const NOW = new Date("2001-11-20T06:00:00Z");
  const day = (n: number) => new Date(`${addDays("2001-11-20", n)}T00:00:00Z`);

  it("PAYMENT_* for the tariff and OFD_PAYMENT_* for the ОФД period, once each; own ОФД only PAYMENT_*", async () => {
    const t = await kzTenant();
    const x = await box(t, "X", { ofd: "TRANSTELECOM", paidUntil: day(5), ofdPaidUntil: day(20) });
    const y = await box(t, "Y", { ofd: "KAZAKHTELECOM", paidUntil: FAR, ofdPaidUntil: day(-3) });
    const same = await box(t, "S", { ofd: "TRANSTELECOM", paidUntil: day(6), ofdPaidUntil: day(6) });
    const own = await box(t, "O", { ofd: "OWN", paidUntil: day(25), ofdPaidUntil: day(-3) });
    const submitted = await box(t, "W", {
      ofd: "TRANSTELECOM",
      paidUntil: FAR,
      ofdPaidUntil: day(-3),
      status: "SUBMITTED",
    });
    await runPaymentReminders(NOW);
    await runPaymentReminders(NOW);
    const rows = await db().notification.findMany({
      where: { organizationId: t.org.id },
      select: { kind: true, cashboxId: true, dedupeKey: true, params: true },
    });
    const key = (id: string, n: number) => `${id}:${addDays("2001-11-20", n)}`;
    expect(rows.map((r) => [r.kind, r.cashboxId, r.dedupeKey]).sort()).toEqual(
      [
        ["PAYMENT_EXPIRING_7", x, key(x, 5)],
        ["OFD_PAYMENT_EXPIRING_30", x, key(x, 20)],
        ["OFD_PAYMENT_UNPAID", y, key(y, -3)],
        // the same day on both periods: two reminders, one per kind, with the same key
        ["PAYMENT_EXPIRING_7", same, key(same, 6)],
        ["OFD_PAYMENT_EXPIRING_7", same, key(same, 6)],
        ["PAYMENT_EXPIRING_30", own, key(own, 25)],
      ].sort(),
    );
    expect(rows.map((r) => r.cashboxId)).not.toContain(submitted);
    expect(rows.find((r) => r.kind === "OFD_PAYMENT_UNPAID")?.params).toMatchObject({
      cashbox: "Y",
      ofdPaidUntil: addDays("2001-11-20", -3),
      days: 3,
    });
    // mails to the owner and the admin for each of the 6
    expect(await db().outboxMail.count({ where: { to: t.users.OWNER.email } })).toBe(6);

    // The bell: both kinds, in the reader's language.
    const fmt = (n: number) => addDays("2001-11-20", n).split("-").reverse().join(".");
    const titles = async () => (await listUnreadNotifications(t.owner, "ru")).map((n) => n.title).sort();
    expect(await titles()).toEqual(
      [
        "Касса «X»: осталось 5 дней оплаты",
        `Касса «X»: оплата ОФД заканчивается ${fmt(20)}`,
        `Касса «Y»: ОФД не оплачен, срок истёк ${fmt(-3)}`,
        "Касса «S»: осталось 6 дней оплаты",
        "Касса «S»: осталось 6 дней оплаты ОФД",
        `Касса «O»: оплата заканчивается ${fmt(25)}`,
      ].sort(),
    );

    // The owner enters new ОФД dates: the ОФД reminders of X and Y are withdrawn, X's tariff one stays.
    await updateOfdPaidUntil(t.owner, { cashboxId: y, paidUntil: "2030-01-01" });
    await updateOfdPaidUntil(t.owner, { cashboxId: x, paidUntil: "2030-01-01" });
    expect(await titles()).toEqual(
      [
        "Касса «X»: осталось 5 дней оплаты",
        "Касса «S»: осталось 6 дней оплаты",
        "Касса «S»: осталось 6 дней оплаты ОФД",
        `Касса «O»: оплата заканчивается ${fmt(25)}`,
      ].sort(),
    );
  });
});

describe("the list: badge precedence and filters for two periods", () => {
  const NOW = new Date("2026-03-10T06:00:00Z");
  const TODAY = "2026-03-10";
  const d = (n: number | null) => (n === null ? null : new Date(`${addDays(TODAY, n)}T00:00:00Z`));
  const SPECS: [string, Ofd, number | null, number | null, PrimaryBadgeKind, "SUBMITTED"?][] = [
    ["T-both-fine", "TRANSTELECOM", 100, 100, "CONNECTED"],
    ["T-ofd-expiring", "KAZAKHTELECOM", 100, 10, "OFD_EXPIRING"],
    ["T-tariff-expiring", "TRANSTELECOM", 10, 100, "EXPIRING"],
    ["T-ofd-unpaid", "KAZAKHTELECOM", 10, -1, "OFD_UNPAID"],
    ["T-both-unpaid-ofd-first", "TRANSTELECOM", -1, -5, "OFD_UNPAID"],
    ["T-both-unpaid-tariff-first", "KAZAKHTELECOM", -5, -1, "UNPAID"],
    ["T-tariff-never", "TRANSTELECOM", null, -5, "UNPAID"],
    ["T-ofd-never", "KAZAKHTELECOM", 10, null, "OFD_UNPAID"],
    ["T-same-day", "TRANSTELECOM", 5, 5, "EXPIRING"],
    ["T-own", "OWN", 100, -5, "CONNECTED"],
    ["T-own-expiring", "OWN", 3, null, "EXPIRING"],
    ["T-submitted", "TRANSTELECOM", null, -5, "SUBMITTED", "SUBMITTED"],
  ];

  it("every filter finds exactly the cashboxes whose badge it is", async () => {
    const t = await kzTenant();
    for (const [name, ofd, tariff, ofdDays, , status] of SPECS)
      await box(t, name, { ofd, paidUntil: d(tariff), ofdPaidUntil: d(ofdDays), status });
    const all = await findCashboxes(t.owner, {}, { now: NOW });
    expect(all.total).toBe(SPECS.length);
    for (const row of all.rows) {
      const spec = SPECS.find((s) => s[0] === row.name)!;
      expect(row.status.primary.kind, row.name).toBe(spec[4]);
      // both dates reach the list (the ОФД's only on a third-party ОФД)
      expect(row.ofdPaidUntil, row.name).toBe(spec[1] === "OWN" ? null : iso(d(spec[3])));
    }
    for (const kind of PRIMARY_BADGES) {
      const r = await findCashboxes(t.owner, { status: [kind] }, { now: NOW });
      expect(r.rows.map((x) => x.name).sort(), kind).toEqual(
        SPECS.filter((s) => s[4] === kind)
          .map((s) => s[0])
          .sort(),
      );
    }
  });
});
