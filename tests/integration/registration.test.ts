// Registration with the tax authority (issue 5): submission checks, the simulator's rules and the
// answer. Jobs are off: the tests call the simulator's plain functions directly.
process.env.KASSA_JOBS = "0";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { seedCashbox, seedOrganization, seedTenant, seedTradePoint } from "@/prisma/seed/factories";
import { signDetached, toBase64 } from "@/lib/crypto/client/sign";
import { isAppError } from "@/lib/errors/app-error";
import { answerCaseBySimulator, simulatorInputFor, sweepSubmittedCases } from "@/lib/registration/gateway";
import { decide, makeRegistrationNumber, crc16ccitt } from "@/lib/registration/simulator";
import { submitApplication } from "@/lib/registration/submit-application";
import { makeTestCertSet, DEMO_RU_INN, DEMO_KZ_BIN, type TestCert } from "@/lib/registration/test-certs";
import { getWizardState } from "@/lib/registration/wizard-state";
import { requestDeregistration } from "@/lib/cashboxes/request-deregistration";
import { replaceFiscalDrive } from "@/lib/cashboxes/replace-fiscal-drive";
import { ctxFor, db } from "./helpers";
import { sendRegistrationReport } from "./registration-helpers";

const certs = makeTestCertSet();
const dir = mkdtempSync(path.join(tmpdir(), "kassa-reg-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function ruTenant(taxId = DEMO_RU_INN) {
  const t = await seedTenant(db(), { country: "RU" });
  await db().organization.updateMany({ where: { id: t.org.id }, data: { taxId } });
  return { ...t, ctx: ctxFor(t.org, t.users.OWNER, "OWNER") };
}

async function draftCashbox(
  t: Awaited<ReturnType<typeof ruTenant>>,
  opts: { fiscalDriveNumber?: string; serialNumber?: string; model?: string; report?: boolean } = {},
) {
  const { cashbox, token } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    fiscalDriveNumber: opts.fiscalDriveNumber,
    serialNumber: opts.serialNumber,
    model: opts.model,
  });
  if (opts.report !== false)
    await sendRegistrationReport(token, {
      reason: "registration",
      fiscalDriveNumber: cashbox.fiscalDriveNumber,
    });
  return { cashbox, token };
}

function sign(xml: string, c: TestCert, at = new Date()) {
  return toBase64(signDetached(new Uint8Array(Buffer.from(xml, "utf8")), c.certPem, c.keyPem, at));
}

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return e.messageKey;
    throw e;
  }
  throw new Error("expected an error");
}

async function snapshot(cashboxId: string) {
  const cb = await db().cashbox.findFirstOrThrow({
    where: { id: cashboxId },
    select: { registrationStatus: true, registrationNumber: true },
  });
  const cases = await db().registrationCase.findMany({
    where: { cashboxId },
    select: { id: true, status: true },
    orderBy: { id: "asc" },
  });
  const docs = await db().caseDocument.count({ where: { case: { cashboxId } } });
  return { cb, cases, docs };
}

describe("submitting a signed application", () => {
  it("stores application, signature, certificate and report; moves case and cashbox to SUBMITTED; OpenSSL verifies the stored signature", async () => {
    const t = await ruTenant();
    const { cashbox } = await draftCashbox(t);
    const state = await getWizardState(t.ctx, cashbox.id);
    expect(state.phase).toBe("APPLY");
    expect(state.reportLines).toContain("ОТЧЁТ О РЕГИСТРАЦИИ");
    const xml = state.applicationXml!;
    expect(xml).toContain(`<INN>${DEMO_RU_INN}</INN>`);
    const { caseId } = await submitApplication(t.ctx, {
      cashboxId: cashbox.id,
      kind: "REGISTRATION",
      xml,
      signature: sign(xml, certs.ruValid),
    });

    const rc = await db().registrationCase.findFirstOrThrow({
      where: { id: caseId },
      include: { documents: true, certificate: true },
    });
    expect(rc.status).toBe("SUBMITTED");
    expect(rc.submittedAt).not.toBeNull();
    expect(rc.documents.map((d) => d.kind).sort()).toEqual([
      "APPLICATION",
      "CERTIFICATE",
      "REGISTRATION_REPORT",
      "SIGNATURE",
    ]);
    expect(rc.certificate?.taxId).toBe(DEMO_RU_INN);
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cashbox.id } })).registrationStatus).toBe(
      "SUBMITTED",
    );
    expect(await db().certificate.count({ where: { organizationId: t.org.id } })).toBe(1);
    const auditRow = await db().auditLog.findFirst({
      where: { organizationId: t.org.id, action: "registrationCase.submit" },
    });
    expect(auditRow?.objectId).toBe(cashbox.id);

    // the stored bytes, verified by the machine's OpenSSL against the stored certificate's CA
    const app = rc.documents.find((d) => d.kind === "APPLICATION")!;
    const sig = rc.documents.find((d) => d.kind === "SIGNATURE")!;
    const cert = rc.documents.find((d) => d.kind === "CERTIFICATE")!;
    writeFileSync(path.join(dir, "app.xml"), app.content);
    writeFileSync(path.join(dir, "app.p7s"), sig.content);
    writeFileSync(path.join(dir, "ca.pem"), certs.ca.certPem);
    writeFileSync(path.join(dir, "signer.pem"), cert.content);
    const verify = (content: string) =>
      execFileSync(
        "openssl",
        [
          "cms",
          "-verify",
          "-binary",
          "-inform",
          "DER",
          "-in",
          path.join(dir, "app.p7s"),
          "-content",
          content,
          "-CAfile",
          path.join(dir, "ca.pem"),
          "-certfile",
          path.join(dir, "signer.pem"),
          "-purpose",
          "any",
          "-out",
          "/dev/null",
        ],
        { stdio: ["ignore", "pipe", "pipe"] },
      );
    expect(() => verify(path.join(dir, "app.xml"))).not.toThrow();
    const tampered = Buffer.from(app.content);
    tampered[tampered.indexOf(Buffer.from(DEMO_RU_INN))] = "8".charCodeAt(0);
    writeFileSync(path.join(dir, "tampered.xml"), tampered);
    expect(() => verify(path.join(dir, "tampered.xml"))).toThrow();

    // a second submission while one is pending
    const again = await getWizardState(t.ctx, cashbox.id);
    expect(again.phase).toBe("WAITING");
    expect(
      await errorOf(
        submitApplication(t.ctx, {
          cashboxId: cashbox.id,
          kind: "REGISTRATION",
          xml,
          signature: sign(xml, certs.ruValid),
        }),
      ),
    ).toBe("registration.errors.alreadySubmitted");
  });

  it("refuses every bad input with its message and changes nothing", async () => {
    const t = await ruTenant();
    const noReport = await draftCashbox(t, { report: false });
    const before0 = await snapshot(noReport.cashbox.id);
    const s0 = await getWizardState(t.ctx, noReport.cashbox.id);
    expect(s0.report).toBeNull();
    expect(s0.applicationXml).toBeNull();
    expect(
      await errorOf(
        submitApplication(t.ctx, {
          cashboxId: noReport.cashbox.id,
          kind: "REGISTRATION",
          xml: "<x/>",
          signature: sign("<x/>", certs.ruValid),
        }),
      ),
    ).toBe("registration.errors.reportMissing");
    expect(await snapshot(noReport.cashbox.id)).toEqual(before0);

    const { cashbox } = await draftCashbox(t);
    const xml = (await getWizardState(t.ctx, cashbox.id)).applicationXml!;
    const before = await snapshot(cashbox.id);
    const cases: [string, { xml?: string; signature: string; kind?: "REGISTRATION" | "DEREGISTRATION" }][] = [
      ["registration.errors.certificateExpired", { signature: sign(xml, certs.ruExpired) }],
      ["registration.errors.certificateNotYetValid", { signature: sign(xml, certs.ruNotYetValid) }],
      ["registration.errors.taxIdMismatch", { signature: sign(xml, certs.ruWrongTaxId) }],
      ["registration.errors.noTaxId", { signature: sign(xml, certs.ruNoTaxId) }],
      // the application changed after signing (same signature, other bytes)
      [
        "registration.errors.applicationChanged",
        { xml: xml.replace(DEMO_RU_INN, "7728168971"), signature: sign(xml, certs.ruValid) },
      ],
      // signed text differs from the submitted one
      [
        "registration.errors.contentMismatch",
        { signature: sign(xml.replace("АТОЛ", "АТОЛЬ"), certs.ruValid) },
      ],
      [
        "registration.errors.signatureFormat",
        { signature: Buffer.from("not a signature at all").toString("base64") },
      ],
      [
        "registration.errors.signingTimeOff",
        { signature: sign(xml, certs.ruValid, new Date(Date.now() - 3 * 86400_000)) },
      ],
      [
        "registration.errors.applicationChanged",
        { kind: "DEREGISTRATION", signature: sign(xml, certs.ruValid) },
      ],
    ];
    for (const [key, c] of cases) {
      expect(
        await errorOf(
          submitApplication(t.ctx, {
            cashboxId: cashbox.id,
            kind: c.kind ?? "REGISTRATION",
            xml: c.xml ?? xml,
            signature: c.signature,
          }),
        ),
        key,
      ).toBe(key);
    }
    // a tampered signature byte (inside the RSA value)
    const good = Buffer.from(sign(xml, certs.ruValid), "base64");
    good[good.length - 5] ^= 0xff;
    expect(
      await errorOf(
        submitApplication(t.ctx, {
          cashboxId: cashbox.id,
          kind: "REGISTRATION",
          xml,
          signature: good.toString("base64"),
        }),
      ),
    ).toBe("registration.errors.signatureMismatch");
    expect(await snapshot(cashbox.id)).toEqual(before);
    expect(await db().certificate.count({ where: { organizationId: t.org.id } })).toBe(0);
  });

  it("another tenant's cashbox is not found, and a role without registration.sign is refused", async () => {
    const a = await ruTenant();
    const b = await ruTenant();
    const { cashbox } = await draftCashbox(a);
    await expect(getWizardState(b.ctx, cashbox.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const xml = (await getWizardState(a.ctx, cashbox.id)).applicationXml!;
    await expect(
      submitApplication(b.ctx, {
        cashboxId: cashbox.id,
        kind: "REGISTRATION",
        xml,
        signature: sign(xml, certs.ruValid),
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const accountant = ctxFor(a.org, a.users.ACCOUNTANT, "ACCOUNTANT");
    await expect(getWizardState(accountant, cashbox.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("the tax authority simulator", () => {
  async function submitted(
    t: Awaited<ReturnType<typeof ruTenant>>,
    opts: Parameters<typeof draftCashbox>[1] = {},
  ) {
    const { cashbox, token } = await draftCashbox(t, opts);
    const xml = (await getWizardState(t.ctx, cashbox.id)).applicationXml!;
    const { caseId } = await submitApplication(t.ctx, {
      cashboxId: cashbox.id,
      kind: "REGISTRATION",
      xml,
      signature: sign(xml, certs.ruValid),
    });
    return { cashbox, token, caseId };
  }

  it("accepts: RU 16-digit number with its CRC, cashbox REGISTERED, receipt and answer stored, idempotent", async () => {
    const t = await ruTenant();
    const { cashbox, caseId } = await submitted(t);
    const d = await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date());
    expect(d?.result).toBe("ACCEPTED");
    const cb = await db().cashbox.findFirstOrThrow({ where: { id: cashbox.id } });
    expect(cb.registrationStatus).toBe("REGISTERED");
    expect(cb.registrationNumber).toMatch(/^\d{16}$/);
    const num = cb.registrationNumber!;
    expect(Number(num.slice(10))).toBe(
      crc16ccitt(num.slice(0, 10) + DEMO_RU_INN.padStart(12, "0") + cb.serialNumber.padStart(20, "0")),
    );
    const rc = await db().registrationCase.findFirstOrThrow({
      where: { id: caseId },
      include: { documents: true },
    });
    expect(rc.status).toBe("ACCEPTED");
    expect(rc.registrationNumber).toBe(num);
    expect(rc.documents.map((x) => x.kind)).toEqual(expect.arrayContaining(["TAX_RECEIPT", "TAX_ANSWER"]));
    expect(await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date())).toBeNull();
    const state = await getWizardState(t.ctx, cashbox.id);
    expect(state.phase).toBe("ANSWERED");
    expect(state.last?.status).toBe("ACCEPTED");
  });

  it("refuses an unknown ФН; the reason is on the case and the cashbox is REFUSED; a new application can follow", async () => {
    const t = await ruTenant();
    const { cashbox, caseId } = await submitted(t, { fiscalDriveNumber: "1234500000000001" });
    const d = await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date());
    expect(d).toMatchObject({ result: "REFUSED", rule: "FN_UNKNOWN" });
    const rc = await db().registrationCase.findFirstOrThrow({ where: { id: caseId } });
    expect(rc.status).toBe("REFUSED");
    expect(rc.refusalReason).toContain("не найден в реестре");
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cashbox.id } })).registrationStatus).toBe(
      "REFUSED",
    );
    expect((await getWizardState(t.ctx, cashbox.id)).phase).toBe("APPLY");
  });

  it("refuses an expired ФН", async () => {
    const t = await ruTenant();
    const { cashbox, caseId } = await submitted(t);
    await db().cashbox.updateMany({
      where: { id: cashbox.id },
      data: { fiscalDriveInstalledAt: new Date(Date.now() - 16 * 31 * 86400_000) },
    });
    const d = await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date());
    expect(d).toMatchObject({ result: "REFUSED", rule: "FN_EXPIRED" });
  });

  it("refuses a serial registered to another taxpayer", async () => {
    const other = await ruTenant("7728168971");
    const serial = `DUP${Date.now()}`;
    await seedCashbox(db(), {
      organizationId: other.org.id,
      tradePointId: other.tradePoint.id,
      serialNumber: serial,
      model: "Эвотор 7.3",
      registrationStatus: "REGISTERED",
    });
    const t = await ruTenant();
    const { caseId } = await submitted(t, { serialNumber: serial, model: "АТОЛ 30Ф" });
    const d = await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date());
    expect(d).toMatchObject({ result: "REFUSED", rule: "SERIAL_TAKEN" });
    if (d?.result === "REFUSED") expect(d.reason).toContain(serial);
  });

  it("refuses when the certificate's tax id differs (the authority's own check)", async () => {
    const t = await ruTenant();
    const { caseId } = await submitted(t);
    const rc = await db().registrationCase.findFirstOrThrow({ where: { id: caseId } });
    await db().certificate.updateMany({ where: { id: rc.certificateId! }, data: { taxId: "7728168971" } });
    const input = await simulatorInputFor(db(), { organizationId: t.org.id, caseId }, new Date());
    expect(decide(input!)).toMatchObject({ result: "REFUSED", rule: "CERT_TAX_ID" });
    const d = await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date());
    expect(d).toMatchObject({ result: "REFUSED", rule: "CERT_TAX_ID" });
  });

  it("refuses when the registration report names another tax id", async () => {
    const t = await ruTenant();
    const { cashbox, token } = await draftCashbox(t, { report: false });
    await sendRegistrationReport(token, { reason: "registration", taxId: "7728168971" });
    const xml = (await getWizardState(t.ctx, cashbox.id)).applicationXml!;
    const { caseId } = await submitApplication(t.ctx, {
      cashboxId: cashbox.id,
      kind: "REGISTRATION",
      xml,
      signature: sign(xml, certs.ruValid),
    });
    expect(await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date())).toMatchObject({
      result: "REFUSED",
      rule: "REPORT_TAX_ID",
    });
  });

  it("KZ: a 12-digit РНМ, no ФН rules; the sweep answers a case whose job was lost", async () => {
    const org = await seedOrganization(db(), { country: "KZ" });
    await db().organization.updateMany({ where: { id: org.id }, data: { taxId: DEMO_KZ_BIN } });
    const owner = await db().user.create({ data: { email: `kz-${Date.now()}@example.com`, name: "KZ" } });
    const ctx = ctxFor({ ...org, country: "KZ" }, owner, "OWNER");
    const tp = await seedTradePoint(db(), { organizationId: org.id });
    const { cashbox, token } = await seedCashbox(db(), { organizationId: org.id, tradePointId: tp.id });
    await db().cashbox.updateMany({ where: { id: cashbox.id }, data: { fiscalDriveNumber: null } });
    await sendRegistrationReport(token, { reason: "registration" });
    const state = await getWizardState(ctx, cashbox.id);
    expect(state.applicationXml).toContain(`<BIN>${DEMO_KZ_BIN}</BIN>`);
    expect(state.applicationXml).not.toContain("<FiscalDrive>");
    const past = new Date(Date.now() - 10 * 60_000);
    const { caseId } = await submitApplication(
      ctx,
      {
        cashboxId: cashbox.id,
        kind: "REGISTRATION",
        xml: state.applicationXml!,
        signature: sign(state.applicationXml!, certs.kzValid, past),
      },
      past,
    );
    // a pending case that was never handed to the gateway (no signed application: a third-party
    // ОФД activation, or the demo's) is not the sweep's to answer
    const unsigned = await db().registrationCase.create({
      data: {
        organizationId: org.id,
        cashboxId: cashbox.id,
        kind: "REGISTRATION",
        status: "SUBMITTED",
        submittedAt: past,
      },
    });
    expect(await sweepSubmittedCases(new Date())).toBeGreaterThanOrEqual(1);
    const rc = await db().registrationCase.findFirstOrThrow({ where: { id: caseId } });
    expect(rc.status).toBe("ACCEPTED");
    expect((await db().registrationCase.findFirstOrThrow({ where: { id: unsigned.id } })).status).toBe(
      "SUBMITTED",
    );
    expect(rc.registrationNumber).toMatch(/^[1-9]\d{11}$/);
    expect(makeRegistrationNumber("KZ", DEMO_KZ_BIN, "X")).toMatch(/^\d{12}$/);
  });

  it("re-registration after a ФН replacement and deregistration reuse the flow with their own applications", async () => {
    const t = await ruTenant();
    const { cashbox, token, caseId } = await submitted(t);
    await answerCaseBySimulator({ organizationId: t.org.id, caseId }, new Date());
    const regNo = (await db().cashbox.findFirstOrThrow({ where: { id: cashbox.id } })).registrationNumber;

    const { caseId: fnCase } = await replaceFiscalDrive(t.ctx, {
      cashboxId: cashbox.id,
      number: "9999078900099999",
      model: "ФН-1.2",
      validityMonths: 36,
    });
    let s = await getWizardState(t.ctx, cashbox.id);
    expect(s.open?.kind).toBe("REREGISTRATION_FN");
    expect(s.report).toBeNull(); // the old registration report does not count
    await sendRegistrationReport(token, {
      reason: "reregistration",
      fiscalDriveNumber: "9999078900099999",
      registrationNumber: regNo,
    });
    s = await getWizardState(t.ctx, cashbox.id);
    expect(s.applicationXml).toContain('kind="REREGISTRATION_FN"');
    expect(s.applicationXml).toContain("<Number>9999078900099999</Number>");
    const r1 = await submitApplication(t.ctx, {
      cashboxId: cashbox.id,
      kind: "REREGISTRATION_FN",
      xml: s.applicationXml!,
      signature: sign(s.applicationXml!, certs.ruValid),
    });
    expect(r1.caseId).toBe(fnCase);
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cashbox.id } })).registrationStatus).toBe(
      "REGISTERED",
    );
    await answerCaseBySimulator({ organizationId: t.org.id, caseId: fnCase! }, new Date());
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cashbox.id } })).registrationNumber).toBe(
      regNo,
    );

    const { caseId: deregCase } = await requestDeregistration(t.ctx, {
      cashboxId: cashbox.id,
      reason: "Продажа кассы",
    });
    await sendRegistrationReport(token, { reason: "deregistration", registrationNumber: regNo });
    s = await getWizardState(t.ctx, cashbox.id);
    expect(s.applicationXml).toContain("<Reason>Продажа кассы</Reason>");
    await submitApplication(t.ctx, {
      cashboxId: cashbox.id,
      kind: "DEREGISTRATION",
      xml: s.applicationXml!,
      signature: sign(s.applicationXml!, certs.ruValid),
    });
    await answerCaseBySimulator({ organizationId: t.org.id, caseId: deregCase }, new Date());
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cashbox.id } })).registrationStatus).toBe(
      "DEREGISTERED",
    );
    expect(await db().certificate.count({ where: { organizationId: t.org.id } })).toBe(1);
  });
});
