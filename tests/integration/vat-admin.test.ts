// Issue 20.6: the platform admin keeps the VAT rates with their periods (/admin/vat-rates), and the
// device pipeline checks documents against them from their first day.
import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { acceptDocument } from "@/lib/device/accept-document";
import { loadCashier, loadDeviceCashbox } from "@/lib/device/context";
import { isAppError } from "@/lib/errors/app-error";
import { localDate } from "@/lib/locale/zone";
import {
  adminAddVatRate,
  adminDeleteVatRate,
  adminEndVatRate,
  adminListVatRates,
} from "@/lib/nomenclature/vat-admin";
import { ZVatRateInput, type TVatRateInput } from "@/lib/nomenclature/vat-admin-schemas";
import { seedCashbox, seedMembership, seedOrganization, seedTenant, seedUser } from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const DAY = 86_400_000;
const codes: string[] = [];
const code = (p: string) => {
  const c = `T${p}${randomUUID().replace(/-/g, "").slice(0, 8).toUpperCase()}`;
  codes.push(c);
  return c;
};

afterAll(async () => {
  await db().vatRate.deleteMany({ where: { code: { in: codes } } });
});

async function admin() {
  const platform = await seedOrganization(db(), { kind: "PLATFORM" });
  const user = await seedUser(db());
  await seedMembership(db(), { organizationId: platform.id, userId: user.id, role: "PLATFORM_ADMIN" });
  const ctx = ctxFor(platform, user, "PLATFORM_ADMIN");
  return { ctx, today: localDate(new Date(), ctx.timezone) };
}

const dayAfter = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

function input(over: Partial<TVatRateInput>): TVatRateInput {
  return ZVatRateInput.parse({
    country: "RU",
    code: "X",
    name: "НДС 5%",
    kind: "percent",
    rate: "5",
    validFrom: "",
    ...over,
  });
}

async function refusal(p: Promise<unknown>): Promise<{ field?: string; messageKey: string }> {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return { field: e.field, messageKey: e.messageKey };
    throw e;
  }
  throw new Error("expected a refusal");
}

describe("«Ставки НДС» (PLATFORM_ADMIN)", () => {
  it("adds a scheduled rate, lists it with its period and status, ends and deletes it; every change is in the journal", async () => {
    const { ctx, today } = await admin();
    const c = code("S");
    const from = dayAfter(today, 10);
    const id = await adminAddVatRate(ctx, input({ code: c, rate: "16,5", validFrom: from }));
    let row = (await adminListVatRates(ctx)).find((r) => r.id === id)!;
    expect(row).toMatchObject({
      country: "RU",
      code: c,
      rateBasisPoints: 1650,
      validFrom: from,
      validTo: null,
      status: "scheduled",
    });

    // a scheduled rate cannot end before it starts; it can end on its first day
    expect(await refusal(adminEndVatRate(ctx, { id, validTo: dayAfter(today, 5) }))).toEqual({
      field: "validTo",
      messageKey: "nomenclature.vatAdmin.v.toBeforeFrom",
    });
    await adminEndVatRate(ctx, { id, validTo: from });
    row = (await adminListVatRates(ctx)).find((r) => r.id === id)!;
    expect(row.validTo).toBe(from);

    await adminDeleteVatRate(ctx, { id });
    expect((await adminListVatRates(ctx)).some((r) => r.id === id)).toBe(false);
    const journal = await db().auditLog.findMany({
      where: { organizationId: ctx.organizationId, objectId: id },
      orderBy: { createdAt: "asc" },
    });
    expect(journal.map((j) => j.action)).toEqual(["vatRate.create", "vatRate.end", "vatRate.delete"]);
  });

  it("refuses what would rewrite the past or be read two ways, with the field and a message", async () => {
    const { ctx, today } = await admin();
    expect(await refusal(adminAddVatRate(ctx, input({ code: "VAT22", validFrom: today })))).toEqual({
      field: "code",
      messageKey: "nomenclature.vatAdmin.v.codeTaken",
    });
    expect(
      await refusal(adminAddVatRate(ctx, input({ code: code("P"), validFrom: dayAfter(today, -1) }))),
    ).toEqual({
      field: "validFrom",
      messageKey: "nomenclature.vatAdmin.v.fromPast",
    });
    const started = await adminAddVatRate(ctx, input({ code: code("A"), validFrom: today }));
    expect(await refusal(adminDeleteVatRate(ctx, { id: started }))).toEqual({
      field: "id",
      messageKey: "nomenclature.vatAdmin.v.started",
    });
    expect(await refusal(adminEndVatRate(ctx, { id: started, validTo: dayAfter(today, -1) }))).toEqual({
      field: "validTo",
      messageKey: "nomenclature.vatAdmin.v.toPast",
    });
    await adminEndVatRate(ctx, { id: started, validTo: today });

    const bad = (over: Record<string, string>) =>
      ZVatRateInput.safeParse({
        country: "RU",
        code: "VATX",
        name: "x",
        kind: "percent",
        rate: "5",
        validFrom: today,
        ...over,
      });
    expect(bad({ rate: "16.555" }).error?.issues[0]).toMatchObject({
      path: ["rate"],
      message: "nomenclature.vatAdmin.v.rate",
    });
    expect(bad({ rate: "101" }).error?.issues[0]).toMatchObject({ path: ["rate"] });
    expect(bad({ rate: "1 6" }).error?.issues[0]).toMatchObject({ path: ["rate"] });
    expect(bad({ code: "vat 5" }).error?.issues[0]).toMatchObject({ path: ["code"] });
    expect(bad({ validFrom: "2026-02-30" }).error?.issues[0]).toMatchObject({ path: ["validFrom"] });
    expect(bad({ validTo: dayAfter(today, -3) }).error?.issues[0]).toMatchObject({
      path: ["validTo"],
      message: "nomenclature.vatAdmin.v.toBeforeFrom",
    });
    expect(bad({ kind: "none", rate: "" }).success).toBe(true);
  });

  it("is the platform admin's only: an owner is refused", async () => {
    const t = await seedTenant(db(), { country: "RU" });
    const ctx = ctxFor(t.org, t.users.OWNER, "OWNER");
    await expect(adminListVatRates(ctx)).rejects.toThrow();
    await expect(adminAddVatRate(ctx, input({ code: code("O"), validFrom: "2099-01-01" }))).rejects.toThrow();
  });

  it("a cashbox issues receipts with a new rate from its first day, not before", async () => {
    const { ctx, today } = await admin();
    const now = code("N");
    const later = code("L");
    await adminAddVatRate(ctx, input({ code: now, name: "НДС 5% (тест)", rate: "5", validFrom: today }));
    await adminAddVatRate(ctx, input({ code: later, rate: "7", validFrom: dayAfter(today, 2) }));

    const t = await seedTenant(db(), { country: "RU" });
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "REGISTERED",
      registrationNumber: `00001${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`,
      paidUntil: new Date(Date.now() + 365 * DAY),
    });
    const cb = (await loadDeviceCashbox(cashbox.id, unsafeOrganizationId(t.org.id)))!;
    const m = await db().membership.findFirstOrThrow({
      where: { organizationId: t.org.id, role: "CASHIER" },
    });
    const cashier = (await loadCashier(unsafeOrganizationId(t.org.id), m.id))!;
    const sale = (vatRate: string) => ({
      clientDocId: randomUUID(),
      createdAt: new Date().toISOString(),
      type: "sale",
      items: [{ name: "Хлеб", unit: { code: "0" }, price: 10500, quantity: "1", vatRate }],
      payments: [{ type: "cash", amount: 10500 }],
    });
    const ok = await acceptDocument(cb, { op: "receipt", body: sale(now), cashier });
    expect(ok.status).toBe(201);
    // 10500 × 5 / 105 = 500 kopecks of VAT
    const doc = await db().fiscalDocument.findFirstOrThrow({
      where: { organizationId: t.org.id, cashboxId: cashbox.id, type: "SALE" },
    });
    expect(doc.vat).toEqual([{ rate: now, amount: 500 }]);

    await expect(acceptDocument(cb, { op: "receipt", body: sale(later), cashier })).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
    });
  });
});
