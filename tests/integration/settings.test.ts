// «Настройки» and «Журнал» use cases on a real PostgreSQL: tenant scoping, owner rules, audit rows,
// tax-id validation of both countries, hashed PINs.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { resetPassword } from "@/lib/auth/password-tokens";
import { authenticate } from "@/lib/auth/sign-in";
import { findAuditEntries } from "@/lib/audit/find-audit-entries";
import { findAuditUsers } from "@/lib/audit/find-audit-users";
import { archiveTradePoint } from "@/lib/settings/archive-trade-point";
import { changeMemberRole } from "@/lib/settings/change-member-role";
import { createTradePoint } from "@/lib/settings/create-trade-point";
import { findMembers } from "@/lib/settings/find-members";
import { findTradePoints } from "@/lib/settings/find-trade-points";
import { getMember } from "@/lib/settings/get-member";
import { getOrganizationProfile } from "@/lib/settings/get-organization-profile";
import { getTradePoint } from "@/lib/settings/get-trade-point";
import { inviteMember } from "@/lib/settings/invite-member";
import { removeMember } from "@/lib/settings/remove-member";
import { restoreTradePoint } from "@/lib/settings/restore-trade-point";
import {
  ZCashierSettingsInput,
  ZInviteMemberInput,
  ZOrganizationProfileInput,
  type TOrganizationProfileInput,
} from "@/lib/settings/schemas";
import { updateCashierSettings } from "@/lib/settings/update-cashier-settings";
import { updateOrganizationProfile } from "@/lib/settings/update-organization-profile";
import { updateTradePoint } from "@/lib/settings/update-trade-point";
import { zodFieldErrors } from "@/lib/http/zod-errors";
import { makeTaxId } from "@/lib/validation/tax-id";
import {
  seedCashbox,
  seedMembership,
  seedOrganization,
  seedTenant,
  seedTradePoint,
  seedUser,
  uniqueSuffix,
} from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

type Tenant = Awaited<ReturnType<typeof seedTenant>>;
const owner = (t: Tenant) => ctxFor(t.org, t.users.OWNER, "OWNER");
const admin = (t: Tenant) => ctxFor(t.org, t.users.ADMIN, "ADMIN");
const accountant = (t: Tenant) => ctxFor(t.org, t.users.ACCOUNTANT, "ACCOUNTANT");

async function auditRows(organizationId: string, action?: string) {
  return db().auditLog.findMany({
    where: { organizationId, ...(action ? { action } : {}) },
    orderBy: { createdAt: "asc" },
  });
}

function profileForm(org: { country: "RU" | "KZ" }, over: Record<string, string> = {}) {
  const ru = org.country === "RU";
  return {
    country: org.country,
    name: ru ? "ООО «Тест»" : "ТОО «Тест»",
    legalForm: ru ? "ООО" : "ТОО",
    taxId: ru ? "7707083893" : "000740001307",
    kpp: ru ? "770701001" : "",
    legalAddress: ru ? "г. Москва, ул. Тверская, д. 1" : "г. Алматы, пр. Абая, 10",
    phone: "+7 700 123-45-67",
    email: "Office@Example.com",
    bankName: "",
    bankAccount: "",
    bankCode: "",
    timezone: ru ? "Europe/Moscow" : "Asia/Almaty",
    ...over,
  };
}

function parseProfile(form: Record<string, string>) {
  const r = ZOrganizationProfileInput.safeParse(form);
  return r.success ? { data: r.data, errors: {} } : { data: null, errors: zodFieldErrors(r.error) };
}

describe("organization profile", () => {
  it("saves the requisites with one audit row holding the diff, and nothing for an unchanged save", async () => {
    const t = await seedTenant(db());
    const { data } = parseProfile(profileForm(t.org, { phone: "+7 495 111-22-33" }));
    expect(data).not.toBeNull();
    await expect(updateOrganizationProfile(owner(t), data!)).resolves.toEqual({ changed: true });
    const saved = await getOrganizationProfile(owner(t));
    expect(saved).toMatchObject({ phone: "+7 495 111-22-33", email: "office@example.com", kpp: "770701001" });
    const rows = await auditRows(t.org.id, "organization.update");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      userId: t.users.OWNER.id,
      objectType: "organization",
      objectId: t.org.id,
      ip: "127.0.0.1",
    });
    expect((rows[0].details as Record<string, unknown>).phone).toEqual(["", "+7 495 111-22-33"]);
    expect(Object.keys(rows[0].details as object)).not.toContain("country");

    await expect(updateOrganizationProfile(owner(t), data!)).resolves.toEqual({ changed: false });
    expect(await auditRows(t.org.id, "organization.update")).toHaveLength(1);
  });

  it("rejects invalid ИНН with the RU keys and invalid БИН/ИИН with the KZ keys", () => {
    const ru = { country: "RU" as const };
    const kz = { country: "KZ" as const };
    expect(parseProfile(profileForm(ru, { taxId: "7707083894" })).errors).toEqual({
      taxId: "v.taxIdChecksumRU",
    });
    expect(parseProfile(profileForm(ru, { taxId: "770708389" })).errors).toEqual({
      taxId: "v.taxIdLengthRU10",
    });
    expect(parseProfile(profileForm(ru, { legalForm: "ИП", taxId: "7707083893" })).errors).toEqual({
      taxId: "v.taxIdLengthRU12",
    });
    expect(parseProfile(profileForm(ru, { legalForm: "ИП", taxId: "500100732258" })).errors).toEqual({
      taxId: "v.taxIdChecksumRU",
    });
    expect(parseProfile(profileForm(ru, { legalForm: "ИП", taxId: "500100732259" })).errors).toEqual({});
    expect(parseProfile(profileForm(ru, { taxId: "77O7083893" })).errors).toEqual({ taxId: "v.taxIdFormat" });
    expect(parseProfile(profileForm(kz, { taxId: "000740001308" })).errors).toEqual({
      taxId: "v.taxIdChecksumKZ",
    });
    expect(parseProfile(profileForm(kz, { taxId: "00074000130" })).errors).toEqual({
      taxId: "v.taxIdLengthKZ",
    });
    expect(
      parseProfile(profileForm(kz, { legalForm: "ИП", taxId: makeTaxId("KZ", "ИП", 42) })).errors,
    ).toEqual({});
    expect(parseProfile(profileForm(kz, { taxId: "" })).errors).toEqual({ taxId: "v.required" });
  });

  it("checks legal forms, КПП, time zone, contacts and bank requisites per country", () => {
    const ru = { country: "RU" as const };
    const kz = { country: "KZ" as const };
    expect(parseProfile(profileForm(ru, { legalForm: "ТОО" })).errors).toEqual({ legalForm: "v.legalForm" });
    expect(parseProfile(profileForm(ru, { kpp: "" })).errors).toEqual({ kpp: "v.required" });
    expect(parseProfile(profileForm(ru, { kpp: "7707010" })).errors).toEqual({ kpp: "v.kpp" });
    expect(parseProfile(profileForm(ru, { timezone: "Asia/Almaty" })).errors).toEqual({
      timezone: "v.timezone",
    });
    expect(parseProfile(profileForm(ru, { phone: "call me" })).errors).toEqual({ phone: "settings.v.phone" });
    expect(parseProfile(profileForm(ru, { email: "nope" })).errors).toEqual({ email: "v.email" });
    expect(parseProfile(profileForm(ru, { name: " " })).errors).toEqual({ name: "v.required" });
    // An ИП has no КПП: whatever was typed is dropped.
    const ip = parseProfile(profileForm(ru, { legalForm: "ИП", taxId: "500100732259", kpp: "123" }));
    expect(ip.data?.kpp).toBeNull();
    const bank = { bankName: "ПАО Сбербанк", bankCode: "044525225", bankAccount: "40702810938000012345" };
    expect(parseProfile(profileForm(ru, bank)).errors).toEqual({});
    expect(parseProfile(profileForm(ru, { ...bank, bankAccount: "40702810938000012346" })).errors).toEqual({
      bankAccount: "settings.v.accountChecksumRU",
    });
    expect(parseProfile(profileForm(ru, { ...bank, bankCode: "04452522" })).errors).toEqual({
      bankCode: "settings.v.bikRU",
    });
    expect(parseProfile(profileForm(ru, { bankAccount: "40702810938000012345" })).errors).toMatchObject({
      bankName: "v.required",
    });
    const kzBank = {
      bankName: "АО «Народный банк Казахстана»",
      bankCode: "hsbkkzkx",
      bankAccount: "KZ86 125K ZT50 0410 0100",
    };
    const kzOk = parseProfile(profileForm(kz, kzBank));
    expect(kzOk.errors).toEqual({});
    expect(kzOk.data).toMatchObject({ bankCode: "HSBKKZKX", bankAccount: "KZ86125KZT5004100100", kpp: null });
    expect(parseProfile(profileForm(kz, { ...kzBank, bankAccount: "KZ87125KZT5004100100" })).errors).toEqual({
      bankAccount: "settings.v.iik",
    });
    expect(parseProfile(profileForm(kz, { ...kzBank, bankCode: "044525225" })).errors).toEqual({
      bankCode: "settings.v.bikKZ",
    });
  });

  it("keeps the country fixed and is refused to read-only roles", async () => {
    const t = await seedTenant(db());
    const kzForm = parseProfile(profileForm({ country: "KZ" })).data as TOrganizationProfileInput;
    await expect(updateOrganizationProfile(owner(t), kzForm)).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      field: "country",
      messageKey: "settings.errors.countryFixed",
    });
    const ruForm = parseProfile(profileForm(t.org)).data!;
    await expect(updateOrganizationProfile(accountant(t), ruForm)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getOrganizationProfile(accountant(t))).resolves.toMatchObject({ country: "RU" });
    expect((await db().organization.findFirstOrThrow({ where: { id: t.org.id } })).country).toBe("RU");
    expect(await auditRows(t.org.id)).toHaveLength(0);
  });
});

describe("trade points", () => {
  it("creates, edits, archives and restores with an audit row each", async () => {
    const t = await seedTenant(db());
    const ctx = admin(t);
    const point = await createTradePoint(ctx, { name: "Кафе", address: "ул. Ленина, 1" });
    await expect(
      updateTradePoint(ctx, point.id, { name: "Кафе у дома", address: "ул. Ленина, 1" }),
    ).resolves.toEqual({ changed: true });
    await expect(
      updateTradePoint(ctx, point.id, { name: "Кафе у дома", address: "ул. Ленина, 1" }),
    ).resolves.toEqual({ changed: false });
    await expect(archiveTradePoint(ctx, point.id)).resolves.toEqual({ changed: true });
    expect((await getTradePoint(ctx, point.id)).archivedAt).not.toBeNull();
    await expect(restoreTradePoint(ctx, point.id)).resolves.toEqual({ changed: true });
    expect((await getTradePoint(ctx, point.id)).archivedAt).toBeNull();

    const rows = await db().auditLog.findMany({
      where: { organizationId: t.org.id, objectId: point.id },
      orderBy: { createdAt: "asc" },
    });
    expect(rows.map((r) => r.action)).toEqual([
      "tradePoint.create",
      "tradePoint.update",
      "tradePoint.archive",
      "tradePoint.restore",
    ]);
    expect(rows[0].details).toEqual({ name: "Кафе", address: "ул. Ленина, 1" });
    expect(rows[1].details).toEqual({ name: ["Кафе", "Кафе у дома"] });
  });

  it("refuses to archive a point with cashboxes that are not deregistered", async () => {
    const t = await seedTenant(db());
    await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "REGISTERED",
    });
    await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "DEREGISTERED",
    });
    await expect(archiveTradePoint(owner(t), t.tradePoint.id)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "settings.errors.tradePointHasCashboxes",
      params: { count: 1 },
    });
    expect((await getTradePoint(owner(t), t.tradePoint.id)).archivedAt).toBeNull();
    expect(await auditRows(t.org.id, "tradePoint.archive")).toHaveLength(0);
  });

  it("lists only the organization's points, active or archived, searchable and paged", async () => {
    const t = await seedTenant(db());
    const other = await seedTenant(db());
    const tag = uniqueSuffix();
    for (let i = 0; i < 52; i++)
      await seedTradePoint(db(), {
        organizationId: t.org.id,
        name: `Киоск ${tag} ${String(i).padStart(2, "0")}`,
      });
    const archived = await seedTradePoint(db(), { organizationId: t.org.id, name: `Старый склад ${tag}` });
    await archiveTradePoint(owner(t), archived.id);
    await seedTradePoint(db(), { organizationId: other.org.id, name: `Киоск ${tag} чужой` });

    const first = await findTradePoints(accountant(t), { q: tag });
    expect(first.total).toBe(52);
    expect(first.items).toHaveLength(50);
    expect(first.pages).toBe(2);
    const second = await findTradePoints(accountant(t), { q: tag, page: "2" });
    expect(second.items.map((p) => p.name)).toEqual([`Киоск ${tag} 50`, `Киоск ${tag} 51`]);
    const arch = await findTradePoints(accountant(t), { archived: "1" });
    expect(arch.items.map((p) => p.id)).toEqual([archived.id]);
    const all = await findTradePoints(owner(t), { page: "junk" });
    expect(all.page).toBe(1);
    expect(all.items.every((p) => p.name !== `Киоск ${tag} чужой`)).toBe(true);
  });

  it("answers NOT_FOUND for another organization's point and changes nothing there", async () => {
    const t = await seedTenant(db());
    const other = await seedTenant(db());
    const foreign = other.tradePoint;
    const ctx = owner(t);
    await expect(getTradePoint(ctx, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateTradePoint(ctx, foreign.id, { name: "Захват", address: "—" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(archiveTradePoint(ctx, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(restoreTradePoint(ctx, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getTradePoint(ctx, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const after = await db().tradePoint.findFirstOrThrow({ where: { id: foreign.id } });
    expect(after).toMatchObject({ name: foreign.name, address: foreign.address, archivedAt: null });
    expect(await auditRows(t.org.id)).toHaveLength(0);
    expect(await auditRows(other.org.id)).toHaveLength(0);
  });

  it("is read-only for an accountant", async () => {
    const t = await seedTenant(db());
    await expect(createTradePoint(accountant(t), { name: "X", address: "Y" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(archiveTradePoint(accountant(t), t.tradePoint.id)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(getTradePoint(accountant(t), t.tradePoint.id)).resolves.toMatchObject({
      id: t.tradePoint.id,
    });
  });
});

describe("inviting users", () => {
  it("creates a new user without a password, a one-time invite link and the mail, in one go", async () => {
    const t = await seedTenant(db());
    const email = `new-${uniqueSuffix()}@example.com`;
    const input = ZInviteMemberInput.parse({
      email: ` ${email.toUpperCase()} `,
      name: "Новый Кассир",
      role: "CASHIER",
    });
    const res = await inviteMember(admin(t), input);
    expect(res.newUser).toBe(true);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ name: "Новый Кассир", passwordHash: null });
    expect(
      await db().passwordToken.count({ where: { userId: user.id, purpose: "invite", usedAt: null } }),
    ).toBe(1);
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: email } });
    expect(mail.subject).toContain(t.org.name);
    expect(mail.text).toContain("Кассир");
    const token = /reset-password\/([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    const [row] = await auditRows(t.org.id, "member.invite");
    expect(row).toMatchObject({ objectType: "member", objectId: res.id, userId: t.users.ADMIN.id });
    expect(row.details).toEqual({ email, role: "CASHIER", newUser: true });

    // The link sets the password and the invitee can sign in.
    await resetPassword(token, "invited-pass-1");
    await expect(authenticate(email, "invited-pass-1", "10.9.0.1")).resolves.toMatchObject({ id: user.id });
  });

  it("adds an existing user and tells them by mail; a second invite is a field error", async () => {
    const t = await seedTenant(db());
    const person = await seedUser(db(), { name: "Бухгалтер Со Стороны" });
    await inviteMember(owner(t), { email: person.email, name: "", role: "ACCOUNTANT" });
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to: person.email } });
    expect(mail.text).toContain("Бухгалтер Со Стороны");
    expect(mail.text).toContain("/login");
    expect(mail.text).not.toContain("reset-password");
    expect(await db().passwordToken.count({ where: { userId: person.id } })).toBe(0);

    await expect(
      inviteMember(owner(t), { email: person.email, name: "", role: "ADMIN" }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "email",
      messageKey: "settings.errors.alreadyMember",
    });
    await expect(
      inviteMember(owner(t), { email: t.users.CASHIER.email, name: "", role: "CASHIER" }),
    ).rejects.toMatchObject({
      field: "email",
      messageKey: "settings.errors.alreadyMember",
    });
    expect(await db().outboxMail.count({ where: { to: person.email } })).toBe(1);
    expect(await auditRows(t.org.id, "member.invite")).toHaveLength(1);
  });

  it("lets two simultaneous invitations of one address produce exactly one member", async () => {
    const t = await seedTenant(db());
    const email = `race-${uniqueSuffix()}@example.com`;
    const results = await Promise.allSettled([
      inviteMember(owner(t), { email, name: "", role: "ACCOUNTANT" }),
      inviteMember(admin(t), { email, name: "", role: "ACCOUNTANT" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ messageKey: "settings.errors.alreadyMember" });
    expect(await db().membership.count({ where: { organizationId: t.org.id, user: { email } } })).toBe(1);
    expect(await db().outboxMail.count({ where: { to: email } })).toBe(1);
  });

  it("only an owner may invite an owner", async () => {
    const t = await seedTenant(db());
    const email = `boss-${uniqueSuffix()}@example.com`;
    await expect(inviteMember(admin(t), { email, name: "", role: "OWNER" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      field: "role",
      messageKey: "settings.errors.ownersOnly",
    });
    expect(await db().user.count({ where: { email } })).toBe(0);
    expect(await db().outboxMail.count({ where: { to: email } })).toBe(0);
    await expect(inviteMember(owner(t), { email, name: "", role: "OWNER" })).resolves.toMatchObject({
      newUser: true,
    });
    await expect(
      inviteMember(accountant(t), { email: `x-${uniqueSuffix()}@example.com`, name: "", role: "CASHIER" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("validates the invitation form", () => {
    const errors = (v: Record<string, string>) => {
      const r = ZInviteMemberInput.safeParse(v);
      return r.success ? {} : zodFieldErrors(r.error);
    };
    expect(errors({ email: "", role: "ADMIN" })).toEqual({ email: "v.required" });
    expect(errors({ email: "not-an-email", role: "ADMIN" })).toEqual({ email: "v.email" });
    expect(errors({ email: "a@b.kz", role: "PLATFORM_ADMIN" })).toEqual({ role: "settings.v.role" });
    expect(errors({ email: "a@b.kz" })).toEqual({ role: "settings.v.role" });
  });
});

describe("roles and the owner rules", () => {
  it("changes a role with an audit row; leaving CASHIER clears PIN and limit", async () => {
    const t = await seedTenant(db());
    const cashier = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, userId: t.users.CASHIER.id },
    });
    await updateCashierSettings(admin(t), cashier.id, { pin: "", operationLimit: 100_000n });
    await expect(changeMemberRole(admin(t), cashier.id, "ACCOUNTANT")).resolves.toEqual({ changed: true });
    const after = await db().membership.findFirstOrThrow({ where: { id: cashier.id } });
    expect(after).toMatchObject({ role: "ACCOUNTANT", pinHash: null, operationLimit: null });
    const [row] = await auditRows(t.org.id, "member.role.change");
    expect(row.details).toEqual({
      email: t.users.CASHIER.email,
      role: ["CASHIER", "ACCOUNTANT"],
      pin: "cleared",
      operationLimit: ["100000", null],
    });
  });

  it("an admin can neither grant OWNER nor touch an owner", async () => {
    const t = await seedTenant(db());
    const ownerM = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "OWNER" },
    });
    const accM = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "ACCOUNTANT" },
    });
    await expect(changeMemberRole(admin(t), accM.id, "OWNER")).rejects.toMatchObject({
      code: "FORBIDDEN",
      messageKey: "settings.errors.ownersOnly",
    });
    await expect(changeMemberRole(admin(t), ownerM.id, "ADMIN")).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(removeMember(admin(t), ownerM.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db().membership.findFirstOrThrow({ where: { id: ownerM.id } })).toMatchObject({
      role: "OWNER",
    });
    expect(await db().membership.findFirstOrThrow({ where: { id: accM.id } })).toMatchObject({
      role: "ACCOUNTANT",
    });
    // An owner can grant it.
    await expect(changeMemberRole(owner(t), accM.id, "OWNER")).resolves.toEqual({ changed: true });
  });

  it("never loses the last owner: no demotion, no removal, not even of oneself", async () => {
    const t = await seedTenant(db());
    const ownerM = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "OWNER" },
    });
    await expect(changeMemberRole(owner(t), ownerM.id, "ADMIN")).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "settings.errors.lastOwner",
    });
    await expect(removeMember(owner(t), ownerM.id)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "settings.errors.lastOwner",
    });
    expect(await db().membership.count({ where: { organizationId: t.org.id, role: "OWNER" } })).toBe(1);

    // With a second owner, the first may step down (or leave).
    const second = await seedUser(db());
    await seedMembership(db(), { organizationId: t.org.id, userId: second.id, role: "OWNER" });
    await expect(changeMemberRole(owner(t), ownerM.id, "ADMIN")).resolves.toEqual({ changed: true });
    const secondM = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, userId: second.id },
    });
    const secondCtx = ctxFor(t.org, second, "OWNER");
    await expect(removeMember(secondCtx, secondM.id)).rejects.toMatchObject({
      messageKey: "settings.errors.lastOwner",
    });
    expect(await auditRows(t.org.id, "member.remove")).toHaveLength(0);
  });

  it("two owners demoting each other at once leave exactly one owner", async () => {
    const t = await seedTenant(db());
    const second = await seedUser(db());
    const secondM = await seedMembership(db(), {
      organizationId: t.org.id,
      userId: second.id,
      role: "OWNER",
    });
    const firstM = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, userId: t.users.OWNER.id },
    });
    const results = await Promise.allSettled([
      changeMemberRole(owner(t), secondM.id, "ADMIN"),
      changeMemberRole(ctxFor(t.org, second, "OWNER"), firstM.id, "ADMIN"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().membership.count({ where: { organizationId: t.org.id, role: "OWNER" } })).toBe(1);
  });

  it("removes a member with an audit row; the person's unused invitation stops working when no organization is left", async () => {
    const t = await seedTenant(db());
    const email = `leaver-${uniqueSuffix()}@example.com`;
    const { id } = await inviteMember(owner(t), { email, name: "Уходящий", role: "ACCOUNTANT" });
    const res = await removeMember(admin(t), id);
    expect(res).toEqual({ self: false });
    expect(await db().membership.count({ where: { id } })).toBe(0);
    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(await db().passwordToken.count({ where: { userId: user.id, usedAt: null } })).toBe(0);
    const [row] = await auditRows(t.org.id, "member.remove");
    expect(row).toMatchObject({ objectId: id });
    expect(row.details).toEqual({ email, name: "Уходящий", role: "ACCOUNTANT" });
  });

  it("answers NOT_FOUND for another organization's member and changes nothing", async () => {
    const t = await seedTenant(db());
    const other = await seedTenant(db());
    const foreign = await db().membership.findFirstOrThrow({
      where: { organizationId: other.org.id, role: "CASHIER" },
    });
    const ctx = owner(t);
    await expect(getMember(ctx, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(changeMemberRole(ctx, foreign.id, "ADMIN")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(removeMember(ctx, foreign.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      updateCashierSettings(ctx, foreign.id, { pin: "9999", operationLimit: 1n }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getMember(ctx, "123")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const after = await db().membership.findFirstOrThrow({ where: { id: foreign.id } });
    expect(after.role).toBe("CASHIER");
    expect(after.operationLimit).toBeNull();
    expect(await verifyPassword(after.pinHash, "1234")).toBe(true);
    expect(await auditRows(t.org.id)).toHaveLength(0);
    expect(await auditRows(other.org.id)).toHaveLength(0);
  });

  it("lists members owners first, without hashes, scoped to the organization", async () => {
    const t = await seedTenant(db());
    await seedTenant(db());
    const { items, total } = await findMembers(admin(t));
    expect(total).toBe(4);
    expect(items.map((m) => m.role)).toEqual(["OWNER", "ADMIN", "ACCOUNTANT", "CASHIER"]);
    expect(items[3]).toMatchObject({ hasPin: true, operationLimit: null, invitePending: false });
    expect(JSON.stringify(items, (_k, v) => (typeof v === "bigint" ? v.toString() : v))).not.toContain(
      "argon2",
    );
    await expect(findMembers(accountant(t))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("cashier PIN and limit", () => {
  it("stores the PIN argon2-hashed and the limit in minor units, with an audit row without the PIN", async () => {
    const t = await seedTenant(db());
    const cashier = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "CASHIER" },
    });
    const input = ZCashierSettingsInput.parse({ id: cashier.id, pin: "246810", operationLimit: "1 500,50" });
    expect(input.operationLimit).toBe(150_050n);
    await expect(updateCashierSettings(owner(t), cashier.id, input)).resolves.toEqual({ changed: true });
    const after = await db().membership.findFirstOrThrow({ where: { id: cashier.id } });
    expect(after.pinHash).toMatch(/^\$argon2id\$/);
    expect(after.pinHash).not.toContain("246810");
    expect(await verifyPassword(after.pinHash, "246810")).toBe(true);
    expect(after.operationLimit).toBe(150_050n);
    const [row] = await auditRows(t.org.id, "member.cashier.update");
    expect(row.details).toEqual({
      email: t.users.CASHIER.email,
      pin: "changed",
      operationLimit: [null, "150050"],
    });
    expect(JSON.stringify(row.details)).not.toContain("246810");

    // Blank PIN keeps it; blank limit removes the limit.
    await updateCashierSettings(
      owner(t),
      cashier.id,
      ZCashierSettingsInput.parse({ id: cashier.id, pin: "", operationLimit: "" }),
    );
    const again = await db().membership.findFirstOrThrow({ where: { id: cashier.id } });
    expect(again.pinHash).toBe(after.pinHash);
    expect(again.operationLimit).toBeNull();
    await expect(
      updateCashierSettings(
        owner(t),
        cashier.id,
        ZCashierSettingsInput.parse({ id: cashier.id, pin: "", operationLimit: "" }),
      ),
    ).resolves.toEqual({ changed: false });
  });

  it("refuses a PIN another cashier of the organization has, and malformed PINs and amounts", async () => {
    const t = await seedTenant(db());
    const second = await seedUser(db());
    const m = await seedMembership(db(), { organizationId: t.org.id, userId: second.id, role: "CASHIER" });
    await expect(
      updateCashierSettings(owner(t), m.id, { pin: "1234", operationLimit: null }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      field: "pin",
      messageKey: "settings.errors.pinTaken",
    });
    expect((await db().membership.findFirstOrThrow({ where: { id: m.id } })).pinHash).toBeNull();
    // Another organization's cashier may have the same PIN.
    const other = await seedTenant(db());
    const otherNew = await seedUser(db());
    const om = await seedMembership(db(), {
      organizationId: other.org.id,
      userId: otherNew.id,
      role: "CASHIER",
    });
    await expect(
      updateCashierSettings(owner(other), om.id, { pin: "5678", operationLimit: null }),
    ).resolves.toEqual({ changed: true });
    await expect(
      updateCashierSettings(owner(t), m.id, { pin: "5678", operationLimit: null }),
    ).resolves.toEqual({ changed: true });

    const errors = (v: Record<string, string>) => {
      const r = ZCashierSettingsInput.safeParse({ id: m.id, ...v });
      return r.success ? {} : zodFieldErrors(r.error);
    };
    expect(errors({ pin: "123" })).toEqual({ pin: "v.pin" });
    expect(errors({ pin: "1234567" })).toEqual({ pin: "v.pin" });
    expect(errors({ pin: "12a4" })).toEqual({ pin: "v.pin" });
    expect(errors({ operationLimit: "-5" })).toEqual({ operationLimit: "v.amount" });
    expect(errors({ operationLimit: "12,345" })).toEqual({ operationLimit: "v.amount" });
    expect(errors({ operationLimit: "пять" })).toEqual({ operationLimit: "v.amount" });
    expect(ZCashierSettingsInput.parse({ id: m.id, operationLimit: "50000" }).operationLimit).toBe(
      5_000_000n,
    );
    expect(ZCashierSettingsInput.parse({ id: m.id, operationLimit: "1500.5" }).operationLimit).toBe(150_050n);
  });

  it("PIN and limit are only for cashiers", async () => {
    const t = await seedTenant(db());
    const acc = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "ACCOUNTANT" },
    });
    await expect(
      updateCashierSettings(owner(t), acc.id, { pin: "1111", operationLimit: null }),
    ).rejects.toMatchObject({
      messageKey: "settings.errors.notCashier",
    });
  });
});

describe("the journal", () => {
  it("shows only the organization's entries, newest first, filtered and paged", async () => {
    const t = await seedTenant(db());
    const other = await seedTenant(db());
    await createTradePoint(owner(other), { name: "Чужая", address: "—" });
    const point = await createTradePoint(owner(t), { name: "Первая", address: "ул. 1" });
    await updateTradePoint(admin(t), point.id, { name: "Первая", address: "ул. 2" });
    const { id: memberId } = await inviteMember(owner(t), {
      email: `j-${uniqueSuffix()}@example.com`,
      name: "Журналист",
      role: "ACCOUNTANT",
    });

    const all = await findAuditEntries(owner(t));
    expect(all.items.map((e) => e.action)).toEqual([
      "member.invite",
      "tradePoint.update",
      "tradePoint.create",
    ]);
    expect(all.items[1]).toMatchObject({
      userId: t.users.ADMIN.id,
      ip: "127.0.0.1",
      object: { label: "Первая", href: `/settings/trade-points/${point.id}` },
      details: { address: ["ул. 1", "ул. 2"], name: "Первая" },
    });
    expect(all.items[0].object).toMatchObject({
      label: expect.stringContaining("Журналист"),
      href: `/settings/users/${memberId}`,
    });

    expect((await findAuditEntries(owner(t), { type: "tradePoint" })).total).toBe(2);
    expect((await findAuditEntries(owner(t), { action: "tradePoint.update" })).items).toHaveLength(1);
    expect((await findAuditEntries(owner(t), { user: t.users.ADMIN.id })).items.map((e) => e.action)).toEqual(
      ["tradePoint.update"],
    );
    expect((await findAuditEntries(owner(t), { user: "bogus", type: "" })).total).toBe(3);

    // Date filters are local days of the organization (Europe/Moscow here).
    await db().auditLog.create({
      data: {
        organizationId: t.org.id,
        action: "tradePoint.update",
        objectType: "tradePoint",
        createdAt: new Date("2025-03-09T21:30:00Z"),
      },
    });
    const march10 = await findAuditEntries(owner(t), { from: "2025-03-10", to: "2025-03-10" });
    expect(march10.items.map((e) => e.createdAt.toISOString())).toEqual(["2025-03-09T21:30:00.000Z"]);
    expect((await findAuditEntries(owner(t), { from: "2025-03-09", to: "2025-03-09" })).total).toBe(0);
  });

  it("pages by 50 and is closed to roles without audit.read", async () => {
    const t = await seedTenant(db());
    await db().auditLog.createMany({
      data: Array.from({ length: 60 }, (_, i) => ({
        organizationId: t.org.id,
        action: "tradePoint.update",
        objectType: "tradePoint",
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
      })),
    });
    const p1 = await findAuditEntries(owner(t));
    expect(p1).toMatchObject({ total: 60, pages: 2, page: 1 });
    expect(p1.items).toHaveLength(50);
    expect(p1.items[0].createdAt.toISOString()).toBe("2026-01-01T00:59:00.000Z");
    const p2 = await findAuditEntries(owner(t), { page: "2" });
    expect(p2.items).toHaveLength(10);
    expect(p2.items[9].createdAt.toISOString()).toBe("2026-01-01T00:00:00.000Z");
    await expect(findAuditEntries(accountant(t))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const users = await findAuditUsers(admin(t));
    expect(users).toHaveLength(4);
  });

  it("does not resolve object names across organizations", async () => {
    const t = await seedTenant(db());
    const other = await seedOrganization(db());
    const foreignPoint = await seedTradePoint(db(), { organizationId: other.id, name: "Секретная точка" });
    await db().auditLog.create({
      data: {
        organizationId: t.org.id,
        action: "tradePoint.update",
        objectType: "tradePoint",
        objectId: foreignPoint.id,
      },
    });
    const { items } = await findAuditEntries(owner(t));
    expect(items[0].object).toEqual({ label: null, href: null });
  });
});
