// Re-registration beyond the ФН (issue 20.3, docs/registration.md «Перерегистрация: реквизиты»):
// a change of a registered cashbox's requisites opens a case and is applied only when the case is
// accepted; a refusal drops it. Jobs are off: the tests call the gateway's functions directly.
process.env.KASSA_JOBS = "0";
import { describe, expect, it } from "vitest";
import { seedCashbox, seedTenant, seedTradePoint } from "@/prisma/seed/factories";
import { signDetached, toBase64 } from "@/lib/crypto/client/sign";
import { isAppError } from "@/lib/errors/app-error";
import { replaceFiscalDrive } from "@/lib/cashboxes/replace-fiscal-drive";
import { requestDeregistration } from "@/lib/cashboxes/request-deregistration";
import { updateCashboxSettings } from "@/lib/cashboxes/update-cashbox-settings";
import { answerOfdCase } from "@/lib/registration/answer-ofd-case";
import { changeCashboxOfd } from "@/lib/registration/change-ofd";
import { answerCaseBySimulator, applyGatewayAnswer } from "@/lib/registration/gateway";
import { getPendingOrganizationName, pendingRequisites } from "@/lib/registration/requisites";
import { requestReregistration } from "@/lib/registration/request-reregistration";
import { submitApplication } from "@/lib/registration/submit-application";
import { makeTestCertSet, DEMO_RU_INN } from "@/lib/registration/test-certs";
import { getWizardState } from "@/lib/registration/wizard-state";
import { updateOrganizationProfile } from "@/lib/settings/update-organization-profile";
import { updateTradePoint } from "@/lib/settings/update-trade-point";
import { unsafeOrganizationId } from "@/lib/tenant/context";
import { ctxFor, db } from "./helpers";
import { sendRegistrationReport } from "./registration-helpers";

const certs = makeTestCertSet();
const REG_NO = "0000000001012345";

async function tenant(country: "RU" | "KZ" = "RU") {
  const t = await seedTenant(db(), { country });
  if (country === "RU")
    await db().organization.updateMany({ where: { id: t.org.id }, data: { taxId: DEMO_RU_INN } });
  return { ...t, ctx: ctxFor(t.org, t.users.OWNER, "OWNER") };
}
type Tenant = Awaited<ReturnType<typeof tenant>>;

async function registered(t: Tenant, extra: { ofd?: "OWN" | "TRANSTELECOM"; taxation?: string } = {}) {
  const { cashbox, token } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    registrationStatus: "REGISTERED",
    registrationNumber: REG_NO,
  });
  await db().cashbox.updateMany({
    where: { id: cashbox.id },
    data: {
      taxation: extra.taxation ?? "",
      ...(extra.ofd
        ? {
            ofd: extra.ofd,
            inkOfd: "316528",
            registrationNumber: "010102360128",
            fiscalDriveNumber: null,
            fiscalDriveModel: null,
            fiscalDriveMonths: null,
          }
        : {}),
    },
  });
  return { cashbox, token };
}

const cb = (id: string) =>
  db().cashbox.findFirstOrThrow({
    where: { id },
    select: {
      tradePointId: true,
      taxation: true,
      ofd: true,
      registrationStatus: true,
      paidUntil: true,
      ofdPaidUntil: true,
    },
  });

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return { code: e.code, key: e.messageKey, field: e.field };
    throw e;
  }
  throw new Error("expected an error");
}

/** Sends the re-registration report, signs the wizard's application and submits it. */
async function signAndSubmit(t: Tenant, cashboxId: string, token: string) {
  await sendRegistrationReport(token, { reason: "reregistration", registrationNumber: REG_NO });
  const s = await getWizardState(t.ctx, cashboxId);
  const xml = s.applicationXml!;
  const signature = toBase64(
    signDetached(
      new Uint8Array(Buffer.from(xml, "utf8")),
      certs.ruValid.certPem,
      certs.ruValid.keyPem,
      new Date(),
    ),
  );
  const { caseId } = await submitApplication(t.ctx, { cashboxId, kind: s.open!.kind, xml, signature });
  return { caseId, xml };
}

function settingsInput(cashboxId: string, tradePointId: string, taxation = "") {
  return { cashboxId, name: "Касса 1", tradePointId, autoCloseTime: "", receiptFooter: "", taxation };
}

describe("re-registration of requisites (own ОФД, signed application)", () => {
  it("a trade point and taxation change opens a case, is declared in the application, and applies only when accepted", async () => {
    const t = await tenant();
    const { cashbox, token } = await registered(t);
    const other = await seedTradePoint(db(), {
      organizationId: t.org.id,
      name: "Склад",
      address: "г. Москва, ул. Новая, 5",
    });
    const r = await updateCashboxSettings(t.ctx, settingsInput(cashbox.id, other.id, "USN_INCOME"));
    expect(r.changed).toBe(true);
    // the trade point change of a registered cashbox no longer silently changes its address
    expect(await cb(cashbox.id)).toMatchObject({ tradePointId: t.tradePoint.id, taxation: "" });
    const rc = await db().registrationCase.findFirstOrThrow({
      where: { cashboxId: cashbox.id, status: "DRAFT" },
    });
    expect(rc.kind).toBe("REREGISTRATION_REQUISITES");
    expect(rc.changes).toMatchObject({ tradePoint: { id: other.id }, taxation: "USN_INCOME" });
    expect(
      await db().auditLog.count({
        where: { organizationId: t.org.id, action: "registrationCase.requisites" },
      }),
    ).toBe(1);
    const p = await pendingRequisites(db(), unsafeOrganizationId(t.org.id), cashbox.id);
    expect(p.pending.map((x) => x.status)).toEqual(["DRAFT"]);

    const { caseId, xml } = await signAndSubmit(t, cashbox.id, token);
    expect(xml).toContain('kind="REREGISTRATION_REQUISITES"');
    expect(xml).toContain("<Address>г. Москва, ул. Новая, 5</Address>");
    expect(xml).toContain("<Taxation>USN_INCOME</Taxation>");
    // sent, not answered: still the registered requisites
    expect(await cb(cashbox.id)).toMatchObject({ tradePointId: t.tradePoint.id, taxation: "" });
    expect(
      (await pendingRequisites(db(), unsafeOrganizationId(t.org.id), cashbox.id)).pending[0].status,
    ).toBe("SUBMITTED");

    const d = await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date());
    expect(d?.result).toBe("ACCEPTED");
    expect(await cb(cashbox.id)).toMatchObject({
      tradePointId: other.id,
      taxation: "USN_INCOME",
      registrationStatus: "REGISTERED",
    });
    expect((await pendingRequisites(db(), unsafeOrganizationId(t.org.id), cashbox.id)).pending).toEqual([]);
  });

  it("an address change is a REREGISTRATION_ADDRESS case; refused, the change is dropped with the reason", async () => {
    const t = await tenant();
    const { cashbox, token } = await registered(t);
    const other = await seedTradePoint(db(), { organizationId: t.org.id, address: "ул. Другая, 7" });
    const { caseId: draftId } = await requestReregistration(t.ctx, {
      cashboxId: cashbox.id,
      tradePointId: other.id,
      taxation: "",
    });
    expect((await db().registrationCase.findFirstOrThrow({ where: { id: draftId! } })).kind).toBe(
      "REREGISTRATION_ADDRESS",
    );
    // the same requisites again: nothing to re-register, the draft is cancelled
    expect(
      await requestReregistration(t.ctx, {
        cashboxId: cashbox.id,
        tradePointId: t.tradePoint.id,
        taxation: "",
      }),
    ).toEqual({ caseId: null });
    expect((await db().registrationCase.findFirstOrThrow({ where: { id: draftId! } })).status).toBe(
      "CANCELLED",
    );

    await requestReregistration(t.ctx, { cashboxId: cashbox.id, tradePointId: other.id, taxation: "" });
    const { caseId } = await signAndSubmit(t, cashbox.id, token);
    await applyGatewayAnswer(
      { organizationId: t.org.id, caseId },
      { result: "REFUSED", rule: "REPORT_TAX_ID", reason: "Адрес не найден в ФИАС" },
      new Date(),
    );
    expect(await cb(cashbox.id)).toMatchObject({
      tradePointId: t.tradePoint.id,
      registrationStatus: "REGISTERED",
    });
    const p = await pendingRequisites(db(), unsafeOrganizationId(t.org.id), cashbox.id);
    expect(p.pending).toEqual([]);
    expect(p.refused?.refusalReason).toBe("Адрес не найден в ФИАС");
    expect(p.refused?.changes.tradePoint?.id).toBe(other.id);
    const s = await getWizardState(t.ctx, cashbox.id);
    expect(s.phase).toBe("ANSWERED");
    expect(s.last?.refusalReason).toBe("Адрес не найден в ФИАС");
  });

  it("refuses a re-registration of a cashbox that is not registered; a draft cashbox changes at once", async () => {
    const t = await tenant();
    const { cashbox } = await seedCashbox(db(), { organizationId: t.org.id, tradePointId: t.tradePoint.id });
    const other = await seedTradePoint(db(), { organizationId: t.org.id });
    expect(
      await errorOf(
        requestReregistration(t.ctx, { cashboxId: cashbox.id, tradePointId: other.id, taxation: "" }),
      ),
    ).toMatchObject({ code: "CONFLICT", key: "reregistration.errors.notRegistered" });
    await updateCashboxSettings(t.ctx, settingsInput(cashbox.id, other.id, "OSN"));
    expect(await cb(cashbox.id)).toMatchObject({ tradePointId: other.id, taxation: "OSN" });
    expect(await db().registrationCase.count({ where: { cashboxId: cashbox.id } })).toBe(0);
  });

  it("a ФН replacement takes over the pending requisites into its one application", async () => {
    const t = await tenant();
    const { cashbox } = await registered(t);
    await updateCashboxSettings(t.ctx, settingsInput(cashbox.id, t.tradePoint.id, "PATENT"));
    const { caseId } = await replaceFiscalDrive(t.ctx, {
      cashboxId: cashbox.id,
      number: "9999078900077777",
      model: "ФН-1.2",
      validityMonths: 36,
    });
    const drafts = await db().registrationCase.findMany({
      where: { cashboxId: cashbox.id, status: "DRAFT" },
    });
    expect(drafts.map((d) => [d.id, d.kind])).toEqual([[caseId, "REREGISTRATION_FN"]]);
    expect(drafts[0].changes).toEqual({ taxation: "PATENT" });
  });
});

describe("shared requisites: the organization's name and a trade point's address", () => {
  it("a new name opens one case per registered cashbox and applies when every one is accepted", async () => {
    const t = await tenant();
    const a = await registered(t);
    const b = await registered(t);
    const draft = await seedCashbox(db(), { organizationId: t.org.id, tradePointId: t.tradePoint.id });
    const org = await db().organization.findFirstOrThrow({ where: { id: t.org.id } });
    const input = {
      country: "RU" as const,
      name: "ООО «Ромашка Плюс»",
      legalForm: org.legalForm,
      taxId: org.taxId,
      kpp: org.kpp,
      legalAddress: org.legalAddress,
      phone: "+7 495 111-22-33",
      email: org.email ?? "",
      bankName: org.bankName ?? "",
      bankAccount: org.bankAccount ?? "",
      bankCode: org.bankCode ?? "",
      timezone: org.timezone,
    };
    expect(await updateOrganizationProfile(t.ctx, input)).toEqual({ changed: true, reregistered: 2 });
    const after = await db().organization.findFirstOrThrow({ where: { id: t.org.id } });
    expect(after.name).toBe(org.name); // kept until re-registered
    expect(after.phone).toBe("+7 495 111-22-33"); // the rest is saved at once
    const cases = await db().registrationCase.findMany({
      where: { organizationId: t.org.id, status: "DRAFT" },
    });
    expect(cases.map((c) => c.cashboxId).sort()).toEqual([a.cashbox.id, b.cashbox.id].sort());
    expect(cases.every((c) => c.kind === "REREGISTRATION_REQUISITES")).toBe(true);
    expect(await db().registrationCase.count({ where: { cashboxId: draft.cashbox.id } })).toBe(0);
    expect((await getWizardState(t.ctx, a.cashbox.id)).data?.organization.name).toBe("ООО «Ромашка Плюс»");

    const first = await signAndSubmit(t, a.cashbox.id, a.token);
    await answerCaseBySimulator({ organizationId: t.org.id, caseId: first.caseId }, new Date());
    expect((await db().organization.findFirstOrThrow({ where: { id: t.org.id } })).name).toBe(org.name);
    expect(await getPendingOrganizationName(t.ctx)).toEqual({
      value: "ООО «Ромашка Плюс»",
      total: 2,
      accepted: 1,
    });
    const second = await signAndSubmit(t, b.cashbox.id, b.token);
    await answerCaseBySimulator({ organizationId: t.org.id, caseId: second.caseId }, new Date());
    expect((await db().organization.findFirstOrThrow({ where: { id: t.org.id } })).name).toBe(
      "ООО «Ромашка Плюс»",
    );
    expect(await getPendingOrganizationName(t.ctx)).toBeNull();
  });

  it("a refused case drops the shared change: the other drafts lose it, the name stays", async () => {
    const t = await tenant();
    const a = await registered(t);
    const b = await registered(t, { taxation: "OSN" });
    // b also has a change of its own that must survive
    await updateCashboxSettings(t.ctx, settingsInput(b.cashbox.id, t.tradePoint.id, "USN_INCOME"));
    const org = await db().organization.findFirstOrThrow({ where: { id: t.org.id } });
    await updateOrganizationProfile(t.ctx, {
      country: "RU",
      name: "ООО «Новое имя»",
      legalForm: org.legalForm,
      taxId: org.taxId,
      kpp: org.kpp,
      legalAddress: org.legalAddress,
      phone: org.phone ?? "",
      email: org.email ?? "",
      bankName: org.bankName ?? "",
      bankAccount: org.bankAccount ?? "",
      bankCode: org.bankCode ?? "",
      timezone: org.timezone,
    });
    const { caseId } = await signAndSubmit(t, a.cashbox.id, a.token);
    await applyGatewayAnswer(
      { organizationId: t.org.id, caseId },
      { result: "REFUSED", rule: "REPORT_TAX_ID", reason: "Сведения не совпадают с ЕГРЮЛ" },
      new Date(),
    );
    expect((await db().organization.findFirstOrThrow({ where: { id: t.org.id } })).name).toBe(org.name);
    const bDraft = await db().registrationCase.findFirstOrThrow({
      where: { cashboxId: b.cashbox.id, status: "DRAFT" },
    });
    expect(bDraft.changes).toEqual({ taxation: "USN_INCOME" });
    expect(bDraft.kind).toBe("REREGISTRATION_REQUISITES");
  });

  it("a trade point's new address waits for the re-registration of its registered cashboxes", async () => {
    const t = await tenant();
    const { cashbox, token } = await registered(t);
    const before = await db().tradePoint.findFirstOrThrow({ where: { id: t.tradePoint.id } });
    const r = await updateTradePoint(t.ctx, t.tradePoint.id, {
      name: "Главный зал",
      address: "ул. Садовая, 10",
    });
    expect(r).toEqual({ changed: true, reregistered: 1 });
    const tp = await db().tradePoint.findFirstOrThrow({ where: { id: t.tradePoint.id } });
    expect(tp).toMatchObject({ name: "Главный зал", address: before.address });
    const rc = await db().registrationCase.findFirstOrThrow({
      where: { cashboxId: cashbox.id, status: "DRAFT" },
    });
    expect(rc.kind).toBe("REREGISTRATION_ADDRESS");
    const { caseId, xml } = await signAndSubmit(t, cashbox.id, token);
    expect(xml).toContain("<Address>ул. Садовая, 10</Address>");
    await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date());
    expect((await db().tradePoint.findFirstOrThrow({ where: { id: t.tradePoint.id } })).address).toBe(
      "ул. Садовая, 10",
    );
  });
});

describe("the ОФД of a registered KZ cashbox and third-party ОФД cashboxes", () => {
  it("an ОФД change of a registered cashbox opens a case; accepted, the ОФД changes, the tariff stays", async () => {
    const t = await tenant("KZ");
    const { cashbox } = await registered(t);
    await db().cashbox.updateMany({
      where: { id: cashbox.id },
      data: { paidUntil: new Date("2027-01-31"), fiscalDriveNumber: null },
    });
    const r = await changeCashboxOfd(t.ctx, { cashboxId: cashbox.id, ofd: "KAZAKHTELECOM" });
    expect(r).toMatchObject({ changed: true });
    expect(await cb(cashbox.id)).toMatchObject({ ofd: "OWN" });
    const s = await getWizardState(t.ctx, cashbox.id);
    expect(s.phase).toBe("APPLY"); // filed by the ОФД it is registered with (own: signed application)
    expect(s.data?.ofd.name).toBe("ОФД Казахтелеком");
    const rc = await db().registrationCase.findFirstOrThrow({
      where: { cashboxId: cashbox.id, status: "DRAFT" },
    });
    await db().registrationCase.updateMany({ where: { id: rc.id }, data: { status: "SUBMITTED" } });
    await applyGatewayAnswer(
      { organizationId: t.org.id, caseId: rc.id },
      { result: "ACCEPTED", registrationNumber: null },
      new Date(),
    );
    // the tariff (this service's period) stays; the new ОФД's own period is entered by the owner
    expect(await cb(cashbox.id)).toMatchObject({
      ofd: "KAZAKHTELECOM",
      paidUntil: new Date("2027-01-31"),
      ofdPaidUntil: null,
    });
  });

  it("third-party ОФД: re-registration in three steps — accepted applies, refused drops with the reason", async () => {
    const t = await tenant("KZ");
    const { cashbox } = await registered(t, { ofd: "TRANSTELECOM", taxation: "GENERAL" });
    const other = await seedTradePoint(db(), { organizationId: t.org.id, address: "г. Алматы, пр. Абая, 1" });
    await requestReregistration(t.ctx, {
      cashboxId: cashbox.id,
      tradePointId: other.id,
      taxation: "GENERAL",
    });
    let s = await getWizardState(t.ctx, cashbox.id);
    expect(s.phase).toBe("THIRD_PARTY_OFD");
    expect(s.ofd?.stage).toBe("CASE");
    expect(s.ofd?.openCase?.kind).toBe("REREGISTRATION_ADDRESS");
    expect(await cb(cashbox.id)).toMatchObject({ tradePointId: t.tradePoint.id });

    expect(
      await errorOf(answerOfdCase(t.ctx, { cashboxId: cashbox.id, result: "REFUSED", reason: "" })),
    ).toMatchObject({ code: "VALIDATION_FAILED", field: "reason", key: "reregistration.v.reason" });
    await answerOfdCase(t.ctx, { cashboxId: cashbox.id, result: "ACCEPTED" });
    expect(await cb(cashbox.id)).toMatchObject({ tradePointId: other.id, registrationStatus: "REGISTERED" });
    expect(
      await db().auditLog.count({
        where: { organizationId: t.org.id, action: "registration.ofd.caseAccepted" },
      }),
    ).toBe(1);
    s = await getWizardState(t.ctx, cashbox.id);
    expect(s.ofd?.stage).toBe("CONNECTED");

    await requestReregistration(t.ctx, {
      cashboxId: cashbox.id,
      tradePointId: other.id,
      taxation: "SIMPLIFIED",
    });
    await answerOfdCase(t.ctx, {
      cashboxId: cashbox.id,
      result: "REFUSED",
      reason: "Режим не подтверждён КГД",
    });
    expect(await cb(cashbox.id)).toMatchObject({ taxation: "GENERAL" });
    const p = await pendingRequisites(db(), unsafeOrganizationId(t.org.id), cashbox.id);
    expect(p.refused?.refusalReason).toBe("Режим не подтверждён КГД");
    expect(p.pending).toEqual([]);
    expect(await errorOf(answerOfdCase(t.ctx, { cashboxId: cashbox.id, result: "ACCEPTED" }))).toMatchObject({
      key: "reregistration.errors.noOpenCase",
    });
  });

  it("third-party ОФД: deregistration in three steps ends with the cashbox DEREGISTERED", async () => {
    const t = await tenant("KZ");
    const { cashbox } = await registered(t, { ofd: "TRANSTELECOM" });
    await requestDeregistration(t.ctx, { cashboxId: cashbox.id, reason: "Закрытие магазина" });
    const s = await getWizardState(t.ctx, cashbox.id);
    expect(s.ofd).toMatchObject({
      stage: "CASE",
      openCase: { kind: "DEREGISTRATION", reason: "Закрытие магазина" },
    });
    await answerOfdCase(t.ctx, { cashboxId: cashbox.id, result: "ACCEPTED" });
    expect(await cb(cashbox.id)).toMatchObject({ registrationStatus: "DEREGISTERED" });
    const rc = await db().registrationCase.findFirstOrThrow({ where: { cashboxId: cashbox.id } });
    expect(rc.status).toBe("ACCEPTED");
    expect(await db().caseDocument.count({ where: { caseId: rc.id, kind: "TAX_ANSWER" } })).toBe(1);
  });

  it("an own-ОФД cashbox cannot record an ОФД answer; another tenant's cashbox is not found", async () => {
    const t = await tenant("KZ");
    const { cashbox } = await registered(t);
    expect(await errorOf(answerOfdCase(t.ctx, { cashboxId: cashbox.id, result: "ACCEPTED" }))).toMatchObject({
      key: "reregistration.errors.notThirdParty",
    });
    const u = await tenant("KZ");
    expect(
      await errorOf(
        requestReregistration(u.ctx, { cashboxId: cashbox.id, tradePointId: u.tradePoint.id, taxation: "" }),
      ),
    ).toMatchObject({ code: "NOT_FOUND" });
  });
});
