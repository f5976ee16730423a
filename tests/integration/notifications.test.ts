// Issue 20.2: the notifications of a cashbox's life — offline 24 h / 72 h, registration answered,
// certificate and ФН expiring (30 / 7 days), shift open over 24 h. Each kind: fires once (bell and
// mail), dedupes, respects the member's preference, stays in its tenant, links to its fix.
// The scans run per organization (scanOrganizationNotifications) at a `now` of the test's own.
import { describe, expect, it } from "vitest";
import { acceptDocument } from "@/lib/device/accept-document";
import { loadCashier, loadDeviceCashbox, type Cashier, type DeviceCashbox } from "@/lib/device/context";
import { runDeviceMaintenance } from "@/lib/device/maintenance";
import { listUnreadNotifications } from "@/lib/notifications/list-notifications";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";
import {
  getNotificationPreferences,
  updateNotificationPreferences,
  ZNotificationPreferencesInput,
} from "@/lib/notifications/preferences";
import { runNotificationScan, scanOrganizationNotifications } from "@/lib/notifications/scan";
import { applyGatewayAnswer } from "@/lib/registration/gateway";
import { JOBS } from "@/lib/jobs/registry";
import { seedCashbox, seedRegistrationCase, seedTenant } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const H = 3_600_000;
const D = 24 * H;
const NOW = new Date("2004-06-15T09:00:00Z"); // 12:00 in Moscow

type Tenant = Awaited<ReturnType<typeof seedTenant>>;

async function cashboxOf(t: Tenant, name: string, extra: Partial<Parameters<typeof seedCashbox>[1]> = {}) {
  const { cashbox } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    name,
    registrationStatus: "REGISTERED",
    ...extra,
  });
  return cashbox;
}

const rows = (orgId: string) =>
  db().notification.findMany({
    where: { organizationId: orgId },
    orderBy: [{ kind: "asc" }, { dedupeKey: "asc" }],
    select: { kind: true, cashboxId: true, dedupeKey: true, params: true },
  });
const mailsTo = (email: string) =>
  db().outboxMail.findMany({ where: { to: email }, select: { subject: true, text: true } });
const owner = (t: Tenant) => ctxFor(t.org, t.users.OWNER, "OWNER");

describe("offline 24 h and 72 h", () => {
  it("notifies once per threshold and offline episode, by last online contact, and withdraws when back online", async () => {
    const t = await seedTenant(db());
    const a = await cashboxOf(t, "Касса A", { lastSeenAt: new Date(NOW.getTime() - 30 * H) });
    const b = await cashboxOf(t, "Касса B", { lastSeenAt: new Date(NOW.getTime() - 80 * H) });
    await cashboxOf(t, "Касса C", { lastSeenAt: new Date(NOW.getTime() - 2 * H) });
    await cashboxOf(t, "Касса D", { lastSeenAt: new Date(NOW.getTime() - 60 * D) }); // long stored
    await cashboxOf(t, "Касса E", {
      lastSeenAt: new Date(NOW.getTime() - 30 * H),
      registrationStatus: "DRAFT",
    });
    // the 72-hour rule counts from onlineAt (the last contact with nothing left to upload)
    const f = await cashboxOf(t, "Касса F", { lastSeenAt: new Date(NOW.getTime() - 1 * H) });
    await db().cashbox.updateMany({
      where: { organizationId: t.org.id, id: f.id },
      data: { onlineAt: new Date(NOW.getTime() - 26 * H) },
    });

    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), NOW)).toBe(3);
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), NOW)).toBe(0);
    const found = await rows(t.org.id);
    expect(found.map((r) => [r.kind, r.cashboxId]).sort()).toEqual(
      [
        ["OFFLINE_24H", a.id],
        ["OFFLINE_72H", b.id], // past 72 h at the first look: the later notice only
        ["OFFLINE_24H", f.id],
      ].sort(),
    );
    // owner, admin and accountant (cashbox.read) get a mail each, the cashier none
    for (const role of ["OWNER", "ADMIN", "ACCOUNTANT"] as const)
      expect((await mailsTo(t.users[role].email)).length).toBe(3);
    expect(await mailsTo(t.users.CASHIER.email)).toEqual([]);
    const mail = (await mailsTo(t.users.OWNER.email)).find((m) => m.subject.includes("Касса A"))!;
    expect(mail.subject).toBe("Касса «Касса A» не выходит на связь");
    expect(mail.text).toContain("14.06.2004");
    expect(mail.text).toContain(`/cashboxes/${a.id}`);

    // 50 hours later A passes 72 h in the same episode: the 72-hour notice follows, once
    const later = new Date(NOW.getTime() + 50 * H);
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), later)).toBeGreaterThanOrEqual(
      1,
    );
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), later)).toBe(0);
    expect((await rows(t.org.id)).filter((r) => r.cashboxId === a.id).map((r) => r.kind)).toEqual([
      "OFFLINE_24H",
      "OFFLINE_72H",
    ]);

    // the bell links to the cashbox card; A comes back online: its notices are withdrawn
    const bell = await listUnreadNotifications(owner(t), "ru");
    const ofA = bell.filter((n) => n.href === `/cashboxes/${a.id}`);
    expect(ofA.map((n) => n.title)).toContain(
      "Касса «Касса A» не на связи больше 72 часов: новые офлайн-чеки будут отклонены",
    );
    await db().cashbox.updateMany({
      where: { organizationId: t.org.id, id: a.id },
      data: { lastSeenAt: later, onlineAt: later },
    });
    expect(
      (await listUnreadNotifications(owner(t), "ru")).filter((n) => n.href === `/cashboxes/${a.id}`),
    ).toEqual([]);
    // a new episode (silent again for a day) is a new cause: notified again
    expect(
      await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), new Date(later.getTime() + 25 * H)),
    ).toBeGreaterThanOrEqual(1);
    expect(
      (await rows(t.org.id)).filter((r) => r.cashboxId === a.id && r.kind === "OFFLINE_24H").length,
    ).toBe(2);
  });
});

describe("registration answered", () => {
  it("notifies accepted and refused (with the reason) in the answer's transaction, once per case", async () => {
    const t = await seedTenant(db());
    const cb1 = await cashboxOf(t, "Касса 1", { registrationStatus: "SUBMITTED" });
    const cb2 = await cashboxOf(t, "Касса 2", { registrationStatus: "SUBMITTED" });
    const c1 = await seedRegistrationCase(db(), {
      organizationId: t.org.id,
      cashboxId: cb1.id,
      kind: "REGISTRATION",
      status: "SUBMITTED",
      submittedAt: NOW,
    });
    const c2 = await seedRegistrationCase(db(), {
      organizationId: t.org.id,
      cashboxId: cb2.id,
      kind: "REGISTRATION",
      status: "SUBMITTED",
      submittedAt: NOW,
    });
    const reason = "ИНН владельца сертификата (7707083893) не совпадает с ИНН пользователя 7700000000";
    expect(
      await applyGatewayAnswer(
        { organizationId: t.org.id, caseId: c1.id },
        { result: "ACCEPTED", registrationNumber: "0000000001012345" },
        NOW,
      ),
    ).toBe(true);
    expect(
      await applyGatewayAnswer(
        { organizationId: t.org.id, caseId: c2.id },
        { result: "REFUSED", rule: "CERT_TAX_ID", reason },
        NOW,
      ),
    ).toBe(true);
    // a repeated answer changes nothing
    expect(
      await applyGatewayAnswer(
        { organizationId: t.org.id, caseId: c2.id },
        { result: "REFUSED", rule: "CERT_TAX_ID", reason },
        NOW,
      ),
    ).toBe(false);
    const found = await rows(t.org.id);
    expect(found.map((r) => [r.kind, r.cashboxId, r.dedupeKey])).toEqual([
      ["REGISTRATION_ACCEPTED", cb1.id, c1.id],
      ["REGISTRATION_REFUSED", cb2.id, c2.id],
    ]);
    const bell = await listUnreadNotifications(owner(t), "ru");
    expect(bell.find((n) => n.href === `/cashboxes/${cb2.id}/registration`)?.title).toBe(
      `Заявление на регистрацию кассы «Касса 2» отклонено: ${reason}`,
    );
    expect(bell.find((n) => n.href === `/cashboxes/${cb1.id}?tab=documents`)?.title).toBe(
      "Заявление на регистрацию кассы «Касса 1» принято",
    );
    // refused: registration.sign (owner, admin); accepted: cashbox.read (also the accountant)
    const acc = await listUnreadNotifications(ctxFor(t.org, t.users.ACCOUNTANT, "ACCOUNTANT"), "en");
    expect(acc.map((n) => n.title)).toEqual([
      "The registration application of cashbox «Касса 1» is accepted",
    ]);
    const ownerMails = await mailsTo(t.users.OWNER.email);
    expect(ownerMails.map((m) => m.subject).sort()).toEqual([
      "ФНС: заявление по кассе «Касса 1» принято",
      "ФНС: заявление по кассе «Касса 2» отклонено",
    ]);
    expect(ownerMails.find((m) => m.subject.includes("отклонено"))!.text).toContain(`Причина: ${reason}.`);
    expect((await mailsTo(t.users.ACCOUNTANT.email)).map((m) => m.subject)).toEqual([
      "ФНС: заявление по кассе «Касса 1» принято",
    ]);
  });
});

describe("certificate expiring", () => {
  it("notifies 30 and 7 days before the end, once each, for the holder's latest certificate only", async () => {
    const t = await seedTenant(db());
    const cert = (fp: string, taxId: string, notAfter: Date) =>
      db().certificate.create({
        data: {
          organizationId: t.org.id,
          fingerprint: fp,
          subject: `ООО Тест ${fp}`,
          taxId,
          issuer: "Тестовый УЦ",
          serialNumber: fp,
          notBefore: new Date(NOW.getTime() - 300 * D),
          notAfter,
          pem: "-",
        },
      });
    const soon = await cert("a1", "7701000001", new Date(NOW.getTime() + 20 * D));
    // the same holder's older certificate, and one already renewed by a longer one: no notice
    await cert("b1", "7701000002", new Date(NOW.getTime() + 10 * D));
    await cert("b2", "7701000002", new Date(NOW.getTime() + 400 * D));
    await cert("c1", "7701000003", new Date(NOW.getTime() - 2 * D)); // expired: not this kind
    await cert("d1", "7701000004", new Date(NOW.getTime() + 90 * D)); // far

    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), NOW)).toBe(1);
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), NOW)).toBe(0);
    const in15 = new Date(NOW.getTime() + 15 * D); // 5 days left
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), in15)).toBe(1);
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), in15)).toBe(0);
    const found = (await rows(t.org.id)).filter((r) => r.kind.startsWith("CERTIFICATE"));
    expect(found.map((r) => [r.kind, r.dedupeKey])).toEqual([
      ["CERTIFICATE_EXPIRING_30", soon.id],
      ["CERTIFICATE_EXPIRING_7", soon.id],
    ]);
    // certificates are registration.sign: the owner sees them (→ «Сертификаты»), the accountant not
    const bell = await listUnreadNotifications(owner(t), "ru");
    expect(bell.map((n) => [n.title, n.href])).toContainEqual([
      "Сертификат «ООО Тест a1»: осталось 5 дней действия",
      "/certificates",
    ]);
    expect(await listUnreadNotifications(ctxFor(t.org, t.users.ACCOUNTANT, "ACCOUNTANT"), "ru")).toEqual([]);
    expect((await mailsTo(t.users.ACCOUNTANT.email)).length).toBe(0);
    expect((await mailsTo(t.users.ADMIN.email)).length).toBe(2);
    // a renewed certificate (used in a signature, so stored) withdraws the notices
    await cert("a2", "7701000001", new Date(NOW.getTime() + 500 * D));
    expect((await listUnreadNotifications(owner(t), "ru")).filter((n) => n.href === "/certificates")).toEqual(
      [],
    );
  });
});

describe("ФН expiring", () => {
  it("notifies 30 and 7 days before the drive's end (installation + 13/15/36 months), once each; a replacement withdraws it", async () => {
    const t = await seedTenant(db());
    const fn = async (name: string, installedAt: Date, months: number) => {
      const c = await cashboxOf(t, name);
      await db().cashbox.updateMany({
        where: { organizationId: t.org.id, id: c.id },
        data: { fiscalDriveInstalledAt: installedAt, fiscalDriveMonths: months },
      });
      return db().cashbox.findFirstOrThrow({ where: { organizationId: t.org.id, id: c.id } });
    };
    // 15 months from 2003-04-05 → 2004-07-05: 20 days after NOW
    const a = await fn("ФН A", new Date("2003-04-05T09:00:00Z"), 15);
    // 13 months from 2003-05-20 → 2004-06-20: 5 days after NOW
    const b = await fn("ФН B", new Date("2003-05-20T09:00:00Z"), 13);
    // 36 months: far
    await fn("ФН C", new Date("2003-05-20T09:00:00Z"), 36);

    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), NOW)).toBe(2);
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), NOW)).toBe(0);
    let found = (await rows(t.org.id)).filter((r) => r.kind.startsWith("FN_"));
    expect(found.map((r) => [r.kind, r.cashboxId, r.dedupeKey])).toEqual([
      ["FN_EXPIRING_30", a.id, `${a.id}:${a.fiscalDriveNumber}`],
      ["FN_EXPIRING_7", b.id, `${b.id}:${b.fiscalDriveNumber}`],
    ]);
    const bell = await listUnreadNotifications(owner(t), "ru");
    expect(bell.map((n) => [n.title, n.href])).toContainEqual([
      "ФН кассы «ФН A» заканчивается 05.07.2004",
      `/cashboxes/${a.id}?tab=drives`,
    ]);
    const in16 = new Date(NOW.getTime() + 16 * D);
    await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), in16);
    await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), in16);
    found = (await rows(t.org.id)).filter((r) => r.kind.startsWith("FN_") && r.cashboxId === a.id);
    expect(found.map((r) => r.kind)).toEqual(["FN_EXPIRING_30", "FN_EXPIRING_7"]);
    // the drive replaced: the notices of the old one are withdrawn
    await db().cashbox.updateMany({
      where: { organizationId: t.org.id, id: a.id },
      data: { fiscalDriveNumber: "9999078999999999", fiscalDriveInstalledAt: in16 },
    });
    expect(
      (await listUnreadNotifications(owner(t), "ru")).filter(
        (n) => n.href === `/cashboxes/${a.id}?tab=drives`,
      ),
    ).toEqual([]);
  });

  it("is about Russian drives only", async () => {
    const t = await seedTenant(db(), { country: "KZ" });
    const c = await cashboxOf(t, "KZ");
    await db().cashbox.updateMany({
      where: { organizationId: t.org.id, id: c.id },
      data: { fiscalDriveInstalledAt: new Date("2003-05-20T09:00:00Z"), fiscalDriveMonths: 13 },
    });
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), NOW)).toBe(0);
  });
});

describe("shift open over 24 h", () => {
  let n = 0;
  const saleBody = (createdAt: Date) => ({
    clientDocId: `ntf-${Date.now()}-${++n}`,
    type: "sale",
    createdAt: createdAt.toISOString(),
    items: [{ name: "Кофе", unit: { code: "0" }, price: 25000, quantity: "1", vatRate: "VAT22" }],
    payments: [{ type: "cash", amount: 25000 }],
  });

  it("notifies a shift still open after 24 h, and the job's close at the limit does not notify it again", async () => {
    const t = await seedTenant(db());
    const c = await cashboxOf(t, "Смена", { paidUntil: new Date("2027-01-01") });
    const m = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "CASHIER" },
    });
    const cb = (await loadDeviceCashbox(c.id, unsafeOrganizationId(t.org.id))) as DeviceCashbox;
    const cashier = (await loadCashier(unsafeOrganizationId(t.org.id), m.id)) as Cashier;
    const opened = new Date("2026-05-03T08:00:00Z");
    await acceptDocument(cb, { op: "receipt", body: saleBody(opened), cashier }, { now: opened });
    const shift = await db().shift.findFirstOrThrow({ where: { organizationId: t.org.id, cashboxId: c.id } });

    // 23 hours: nothing; 25 hours, the job not run yet: the scan notices the open shift
    expect(
      await scanOrganizationNotifications(
        unsafeOrganizationId(t.org.id),
        new Date(opened.getTime() + 23 * H),
      ),
    ).toBe(0);
    await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), new Date(opened.getTime() + 25 * H));
    expect((await rows(t.org.id)).filter((r) => r.kind === "SHIFT_OPEN_24H")).toMatchObject([
      { cashboxId: c.id, dedupeKey: shift.id, params: { closed: "no" } },
    ]);
    // the job closes it at the limit: the same shift, no second notice
    await runDeviceMaintenance(new Date(opened.getTime() + 25 * H));
    expect(
      await db().shift.count({ where: { organizationId: t.org.id, cashboxId: c.id, closedAt: null } }),
    ).toBe(0);
    const found = (await rows(t.org.id)).filter((r) => r.kind === "SHIFT_OPEN_24H");
    expect(found.map((r) => [r.cashboxId, r.dedupeKey])).toEqual([[c.id, shift.id]]);
    const bell = await listUnreadNotifications(owner(t), "ru");
    expect(bell.map((n) => [n.title, n.href])).toContainEqual([
      `Смена № ${shift.number} кассы «Смена» открыта дольше 24 часов`,
      `/cashboxes/${c.id}?tab=shifts`,
    ]);
  });

  it("notifies a shift the job closed at the 24-hour limit (not at the cashbox's closing time)", async () => {
    const t = await seedTenant(db());
    const c = await cashboxOf(t, "Лимит", { paidUntil: new Date("2027-01-01") });
    const m = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "CASHIER" },
    });
    const cb = (await loadDeviceCashbox(c.id, unsafeOrganizationId(t.org.id))) as DeviceCashbox;
    const cashier = (await loadCashier(unsafeOrganizationId(t.org.id), m.id)) as Cashier;
    const opened = new Date("2026-05-13T08:00:00Z");
    await acceptDocument(cb, { op: "receipt", body: saleBody(opened), cashier }, { now: opened });
    await runDeviceMaintenance(new Date(opened.getTime() + 24 * H));
    const found = (await rows(t.org.id)).filter((r) => r.kind === "SHIFT_OPEN_24H");
    expect(found.length).toBe(1);
    expect(found[0].params).toMatchObject({ cashbox: "Лимит", closed: "yes" });
    expect((await mailsTo(t.users.OWNER.email)).map((x) => x.subject)).toContain(
      "Смена № 1 кассы «Лимит» открыта дольше 24 часов",
    );

    // closed at its own closing time (before 24 h): no notice
    const t2 = await seedTenant(db());
    const c2 = await cashboxOf(t2, "Вечер", { paidUntil: new Date("2027-01-01") });
    await db().cashbox.updateMany({
      where: { organizationId: t2.org.id, id: c2.id },
      data: { autoCloseTime: "23:00" },
    });
    const m2 = await db().membership.findFirstOrThrow({
      where: { organizationId: t2.org.id, role: "CASHIER" },
    });
    const cb2 = (await loadDeviceCashbox(c2.id, unsafeOrganizationId(t2.org.id))) as DeviceCashbox;
    const cashier2 = (await loadCashier(unsafeOrganizationId(t2.org.id), m2.id)) as Cashier;
    const opened2 = new Date("2026-05-23T06:00:00Z");
    await acceptDocument(
      cb2,
      { op: "receipt", body: saleBody(opened2), cashier: cashier2 },
      { now: opened2 },
    );
    await runDeviceMaintenance(new Date("2026-05-23T20:01:00Z"));
    expect(await db().shift.count({ where: { organizationId: t2.org.id, closedAt: null } })).toBe(0);
    expect(await rows(t2.org.id)).toEqual([]);
  });
});

describe("preferences and tenants", () => {
  it("a member who switched a kind off gets no mail of it and does not see it in the bell; others do", async () => {
    const t = await seedTenant(db());
    const admin = ctxFor(t.org, t.users.ADMIN, "ADMIN");
    // the admin switches OFFLINE_24H off by mail and in the bell (the form leaves it unticked)
    const prefs = await getNotificationPreferences(admin);
    expect(prefs.map((p) => p.kind)).toContain("OFFLINE_24H");
    const form: Record<string, string> = {};
    for (const p of prefs) {
      if (p.kind === "OFFLINE_24H") continue;
      form[`bell.${p.kind}`] = "on";
      form[`mail.${p.kind}`] = "on";
    }
    expect(await updateNotificationPreferences(admin, ZNotificationPreferencesInput.parse(form))).toEqual({
      changed: true,
    });
    expect(await updateNotificationPreferences(admin, ZNotificationPreferencesInput.parse(form))).toEqual({
      changed: false,
    });
    const stored = await getNotificationPreferences(admin);
    expect(stored.find((p) => p.kind === "OFFLINE_24H")).toEqual({
      kind: "OFFLINE_24H",
      bell: false,
      mail: false,
    });
    expect(stored.find((p) => p.kind === "OFFLINE_72H")).toEqual({
      kind: "OFFLINE_72H",
      bell: true,
      mail: true,
    });

    const c = await cashboxOf(t, "Молчит", { lastSeenAt: new Date(NOW.getTime() - 30 * H) });
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), NOW)).toBe(1);
    expect((await mailsTo(t.users.OWNER.email)).length).toBe(1);
    expect((await mailsTo(t.users.ADMIN.email)).length).toBe(0);
    expect((await listUnreadNotifications(owner(t), "ru")).map((n) => n.href)).toEqual([
      `/cashboxes/${c.id}`,
    ]);
    expect(await listUnreadNotifications(admin, "ru")).toEqual([]);
    // «mark all read» by the admin leaves the kind the admin does not see unread for the owner
    await markNotificationsRead(admin);
    expect((await listUnreadNotifications(owner(t), "ru")).length).toBe(1);

    // a cashier's role sees no kinds: nothing to choose, nothing stored
    const cashier = ctxFor(t.org, t.users.CASHIER, "CASHIER");
    expect(await getNotificationPreferences(cashier)).toEqual([]);
  });

  it("stays in its tenant: another organization's scan, bell and mail see nothing of it", async () => {
    const t = await seedTenant(db());
    const other = await seedTenant(db());
    await cashboxOf(t, "Чужая", { lastSeenAt: new Date(NOW.getTime() - 30 * H) });
    expect(await scanOrganizationNotifications(unsafeOrganizationId(other.org.id), NOW)).toBe(0);
    expect(await rows(other.org.id)).toEqual([]);
    expect(await scanOrganizationNotifications(unsafeOrganizationId(t.org.id), NOW)).toBe(1);
    expect(await listUnreadNotifications(owner(other), "ru")).toEqual([]);
    expect(await mailsTo(other.users.OWNER.email)).toEqual([]);
    // the scheduled job (every organization) reaches it, and adds nothing already notified
    const t3 = await seedTenant(db());
    const far = new Date("1999-01-10T09:00:00Z");
    await cashboxOf(t3, "Старая", { lastSeenAt: new Date(far.getTime() - 30 * H) });
    expect(await runNotificationScan(far)).toEqual({ created: 1 });
    expect(await runNotificationScan(far)).toEqual({ created: 0 });
    expect((await rows(t3.org.id)).map((r) => r.kind)).toEqual(["OFFLINE_24H"]);
    expect(JOBS.map((j) => j.name)).toContain("notifications-scan");
  });
});
