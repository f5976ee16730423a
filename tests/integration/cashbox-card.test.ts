// «Карточка кассы» use cases on real PostgreSQL: add (service-wide serial uniqueness, token shown
// once), settings, token re-issue, block/unblock, ФН replacement, deregistration, the operator's
// server block / INTEGRITY, audit rows, and tenant scoping of every use case.
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { adminClearIntegrity } from "@/lib/cashboxes/admin-clear-integrity";
import { adminClearServerBlock } from "@/lib/cashboxes/admin-clear-server-block";
import { adminFindCashboxes } from "@/lib/cashboxes/admin-find-cashboxes";
import { adminServerBlockCashbox } from "@/lib/cashboxes/admin-server-block-cashbox";
import { blockCashbox } from "@/lib/cashboxes/block-cashbox";
import { ZCreateCashboxInput } from "@/lib/cashboxes/card-schemas";
import { createCashbox } from "@/lib/cashboxes/create-cashbox";
import { decryptDeviceKey } from "@/lib/cashboxes/device-key";
import { getCaseDocument } from "@/lib/cashboxes/get-case-document";
import { getCashbox } from "@/lib/cashboxes/get-cashbox";
import { listFiscalDrives } from "@/lib/cashboxes/list-fiscal-drives";
import { listRegistrationCases } from "@/lib/cashboxes/list-registration-cases";
import { reissueCashboxToken } from "@/lib/cashboxes/reissue-cashbox-token";
import { replaceFiscalDrive } from "@/lib/cashboxes/replace-fiscal-drive";
import { requestDeregistration } from "@/lib/cashboxes/request-deregistration";
import { unblockCashbox } from "@/lib/cashboxes/unblock-cashbox";
import { updateCashboxSettings } from "@/lib/cashboxes/update-cashbox-settings";
import type { TenantContext } from "@/lib/tenant/context";
import {
  hashToken,
  seedCashbox,
  seedMembership,
  seedOrganization,
  seedRegistrationCase,
  seedTenant,
  seedTradePoint,
  seedUser,
  uniqueSuffix,
} from "@/prisma/seed/factories";
import { ctxFor, db } from "./helpers";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const digits16 = () =>
  String(Date.now()).slice(-8) + String(Math.floor(Math.random() * 1e8)).padStart(8, "0");

async function tenant(country: "RU" | "KZ" = "RU") {
  const t = await seedTenant(db(), { country });
  return {
    ...t,
    owner: ctxFor(t.org, t.users.OWNER, "OWNER"),
    admin: ctxFor(t.org, t.users.ADMIN, "ADMIN"),
    accountant: ctxFor(t.org, t.users.ACCOUNTANT, "ACCOUNTANT"),
  };
}

function ruInput(tradePointId: string, over: Record<string, string> = {}) {
  return ZCreateCashboxInput.parse({
    country: "RU",
    name: "Касса тест",
    tradePointId,
    model: "АТОЛ 30Ф",
    serialNumber: `T${uniqueSuffix()}`,
    fnNumber: digits16(),
    fnModel: "ФН-1.2",
    fnValidity: "15",
    ...over,
  });
}

async function auditRows(organizationId: string, action: string, objectId?: string) {
  return db().auditLog.findMany({ where: { organizationId, action, ...(objectId ? { objectId } : {}) } });
}

async function platformAdmin() {
  const org = await seedOrganization(db(), { kind: "PLATFORM" });
  const user = await seedUser(db());
  await seedMembership(db(), { organizationId: org.id, userId: user.id, role: "PLATFORM_ADMIN" });
  return ctxFor(org, user, "PLATFORM_ADMIN");
}

describe("add a cashbox", () => {
  it("writes the cashbox, its serial claim, its first drive and the audit row; the token only as a hash", async () => {
    const t = await tenant();
    const input = ruInput(t.tradePoint.id, { serialNumber: ` ab-${uniqueSuffix()} ` });
    const created = await createCashbox(t.owner, input);
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const row = await db().cashbox.findFirstOrThrow({
      where: { organizationId: t.org.id, id: created.cashboxId },
    });
    expect(row).toMatchObject({
      registrationStatus: "DRAFT",
      operationalState: "ACTIVE",
      serialNumber: input.serialNumber,
    });
    expect(row.serialNumber).toBe(row.serialNumber.toUpperCase());
    expect(row.tokenHash).toBe(sha256(created.token));
    expect(row.tokenHash).toBe(hashToken(created.token));
    // The clear token is nowhere in the row; the key is only there encrypted.
    expect(JSON.stringify(row)).not.toContain(created.token);
    expect(JSON.stringify(row)).not.toContain(created.deviceKey);
    expect(decryptDeviceKey(row.deviceKeyEnc!, row.id).toString("base64url")).toBe(created.deviceKey);

    const serial = await db().cashboxSerial.findFirstOrThrow({
      where: { tenantId: t.org.id, cashboxId: row.id },
    });
    expect(serial).toMatchObject({ model: "атол 30ф", serialNumber: input.serialNumber });
    const drives = await listFiscalDrives(t.owner, row.id);
    expect(drives).toHaveLength(1);
    expect(drives[0]).toMatchObject({
      number: input.fiscalDrive!.number,
      model: "ФН-1.2",
      validityMonths: 15,
      closedAt: null,
    });
    expect(drives[0].expiresAt).toBeInstanceOf(Date);
    expect(row.fiscalDriveNumber).toBe(input.fiscalDrive!.number);

    const [log] = await auditRows(t.org.id, "cashbox.create", row.id);
    expect(log).toMatchObject({ userId: t.users.OWNER.id, ip: "127.0.0.1" });
    expect(JSON.stringify(log.details)).not.toContain(created.token);
  });

  it("refuses a serial of the same model from another organization without naming it, leaving nothing behind", async () => {
    const a = await tenant();
    const b = await tenant();
    const serialNumber = `DUP${uniqueSuffix()}`;
    await createCashbox(a.owner, ruInput(a.tradePoint.id, { serialNumber }));
    const before = await db().cashbox.count({ where: { organizationId: b.org.id } });

    // Same model written differently, same serial with spaces and lower case.
    const attempt = createCashbox(
      b.owner,
      ruInput(b.tradePoint.id, { serialNumber: ` ${serialNumber.toLowerCase()} `, model: "атол  30ф" }),
    );
    await expect(attempt).rejects.toMatchObject({
      code: "CONFLICT",
      field: "serialNumber",
      messageKey: "cashbox.errors.serialTaken",
    });
    const err = await attempt.catch((e) => e);
    expect(JSON.stringify({ ...err, message: err.message })).not.toContain(a.org.name);
    expect(await db().cashbox.count({ where: { organizationId: b.org.id } })).toBe(before);
    expect(await db().fiscalDrive.count({ where: { organizationId: b.org.id } })).toBe(0);
    expect(await db().cashboxSerial.count({ where: { tenantId: b.org.id } })).toBe(0);
    expect(await auditRows(b.org.id, "cashbox.create")).toHaveLength(0);

    // Another model may carry the same serial.
    await expect(
      createCashbox(b.owner, ruInput(b.tradePoint.id, { serialNumber, model: "Эвотор 7.3" })),
    ).resolves.toBeTruthy();
  });

  it("says so when the serial is already in the caller's own organization", async () => {
    const a = await tenant();
    const serialNumber = `OWN${uniqueSuffix()}`;
    await createCashbox(a.owner, ruInput(a.tradePoint.id, { serialNumber }));
    await expect(createCashbox(a.admin, ruInput(a.tradePoint.id, { serialNumber }))).rejects.toMatchObject({
      field: "serialNumber",
      messageKey: "cashbox.errors.serialTakenOwn",
    });
  });

  it("lets exactly one of two concurrent claims of a serial win", async () => {
    const [a, b] = await Promise.all([tenant(), tenant()]);
    const serialNumber = `RACE${uniqueSuffix()}`;
    const results = await Promise.allSettled([
      createCashbox(a.owner, ruInput(a.tradePoint.id, { serialNumber })),
      createCashbox(b.owner, ruInput(b.tradePoint.id, { serialNumber })),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT", field: "serialNumber" });
    expect(await db().cashbox.count({ where: { serialNumber: serialNumber.toUpperCase() } })).toBe(1);
  });

  it("refuses another organization's trade point, a country claim that is not the tenant's, and a reader", async () => {
    const a = await tenant();
    const b = await tenant();
    await expect(createCashbox(a.owner, ruInput(b.tradePoint.id))).rejects.toMatchObject({
      field: "tradePointId",
      messageKey: "cashbox.v.tradePoint",
    });
    const kzClaim = ZCreateCashboxInput.parse({
      country: "KZ",
      name: "x",
      tradePointId: a.tradePoint.id,
      model: "Webkassa Cloud",
      serialNumber: `KZ${uniqueSuffix()}`,
    });
    await expect(createCashbox(a.owner, kzClaim)).rejects.toMatchObject({ code: "VALIDATION_FAILED" });
    await expect(createCashbox(a.accountant, ruInput(a.tradePoint.id))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await db().cashbox.count({ where: { organizationId: { in: [a.org.id, b.org.id] } } })).toBe(0);
  });

  it("a KZ cashbox is added without a fiscal drive and with its OFD", async () => {
    const k = await tenant("KZ");
    const created = await createCashbox(
      k.owner,
      ZCreateCashboxInput.parse({
        country: "KZ",
        name: "ККМ",
        tradePointId: k.tradePoint.id,
        model: "Webkassa Cloud",
        serialNumber: `SWK${uniqueSuffix()}`,
        ofd: "KAZAKHTELECOM",
      }),
    );
    const card = await getCashbox(k.owner, created.cashboxId);
    expect(card).toMatchObject({ ofd: "KAZAKHTELECOM", fiscalDriveNumber: null });
    expect(await listFiscalDrives(k.owner, created.cashboxId)).toEqual([]);
    await expect(
      replaceFiscalDrive(k.owner, {
        cashboxId: created.cashboxId,
        number: digits16(),
        model: "ФН-1.2",
        validityMonths: 15,
      }),
    ).rejects.toMatchObject({ messageKey: "cashbox.errors.noFiscalDrive" });
  });
});

describe("settings and token", () => {
  it("saves settings with a diff in the audit log, and refuses a foreign trade point and an unknown taxation", async () => {
    const t = await tenant();
    const { cashbox } = await seedCashbox(db(), { organizationId: t.org.id, tradePointId: t.tradePoint.id });
    const other = await seedTradePoint(db(), { organizationId: t.org.id, name: "Вторая точка" });
    const base = {
      cashboxId: cashbox.id,
      name: "Новая",
      tradePointId: other.id,
      autoCloseTime: "23:30",
      receiptFooter: "Спасибо!",
      taxation: "USN_INCOME",
    };
    await expect(updateCashboxSettings(t.admin, base)).resolves.toEqual({ changed: true });
    expect(await updateCashboxSettings(t.admin, base)).toEqual({ changed: false });
    const card = await getCashbox(t.owner, cashbox.id);
    expect(card).toMatchObject({
      name: "Новая",
      autoCloseTime: "23:30",
      receiptFooter: "Спасибо!",
      taxation: "USN_INCOME",
    });
    expect(card.tradePoint.id).toBe(other.id);
    const [log] = await auditRows(t.org.id, "cashbox.settings.update", cashbox.id);
    expect(log.details).toMatchObject({ autoCloseTime: [null, "23:30"], name: [cashbox.name, "Новая"] });

    const foreign = await tenant();
    await expect(
      updateCashboxSettings(t.admin, { ...base, tradePointId: foreign.tradePoint.id }),
    ).rejects.toMatchObject({
      field: "tradePointId",
    });
    await expect(updateCashboxSettings(t.admin, { ...base, taxation: "GENERAL" })).rejects.toMatchObject({
      field: "taxation",
    });
    await expect(updateCashboxSettings(t.accountant, base)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("re-issue stores only the new hash: the old token stops resolving at once", async () => {
    const t = await tenant();
    const { cashbox, token: oldToken } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
    });
    const { token, deviceKey } = await reissueCashboxToken(t.owner, cashbox.id);
    expect(token).not.toBe(oldToken);
    expect(await db().cashbox.findFirst({ where: { tokenHash: hashToken(oldToken) } })).toBeNull();
    const row = await db().cashbox.findFirstOrThrow({ where: { tokenHash: hashToken(token) } });
    expect(row.id).toBe(cashbox.id);
    expect(decryptDeviceKey(row.deviceKeyEnc!, row.id).toString("base64url")).toBe(deviceKey);
    expect(await auditRows(t.org.id, "cashbox.token.reissue", cashbox.id)).toHaveLength(1);

    // A second re-issue revokes the first one's token too.
    const again = await reissueCashboxToken(t.admin, cashbox.id);
    expect(await db().cashbox.findFirst({ where: { tokenHash: hashToken(token) } })).toBeNull();
    expect((await db().cashbox.findFirstOrThrow({ where: { id: cashbox.id } })).tokenHash).toBe(
      hashToken(again.token),
    );
    await expect(reissueCashboxToken(t.accountant, cashbox.id)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("block and unblock", () => {
  it("blocks with a reason and unblocks with one, each audited; refuses the operator's states", async () => {
    const t = await tenant();
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "REGISTERED",
    });
    await blockCashbox(t.owner, { cashboxId: cashbox.id, reason: "Инвентаризация" });
    expect(await getCashbox(t.owner, cashbox.id)).toMatchObject({
      operationalState: "BLOCKED",
      operationalReason: "Инвентаризация",
    });
    await expect(blockCashbox(t.owner, { cashboxId: cashbox.id, reason: "Ещё раз" })).rejects.toMatchObject({
      messageKey: "cashbox.errors.alreadyBlocked",
    });
    await unblockCashbox(t.admin, { cashboxId: cashbox.id, reason: "Закончили" });
    expect(await getCashbox(t.owner, cashbox.id)).toMatchObject({
      operationalState: "ACTIVE",
      operationalReason: null,
    });
    await expect(unblockCashbox(t.admin, { cashboxId: cashbox.id, reason: "Снова" })).rejects.toMatchObject({
      messageKey: "cashbox.errors.notBlocked",
    });
    const [blockLog] = await auditRows(t.org.id, "cashbox.block", cashbox.id);
    expect(blockLog.details).toMatchObject({ reason: "Инвентаризация", from: "ACTIVE" });
    const [unblockLog] = await auditRows(t.org.id, "cashbox.unblock", cashbox.id);
    expect(unblockLog.details).toMatchObject({ reason: "Закончили", blockReason: "Инвентаризация" });

    const { cashbox: server } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      operationalState: "SERVER_BLOCKED",
      operationalReason: "КГД",
    });
    await expect(blockCashbox(t.owner, { cashboxId: server.id, reason: "Моё" })).rejects.toMatchObject({
      messageKey: "cashbox.errors.operatorState",
    });
    await expect(unblockCashbox(t.owner, { cashboxId: server.id, reason: "Моё" })).rejects.toMatchObject({
      messageKey: "cashbox.errors.operatorState",
    });
    await expect(
      blockCashbox(t.accountant, { cashboxId: cashbox.id, reason: "Нельзя" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("fiscal drive replacement", () => {
  it("closes the old drive, installs the new one and opens a re-registration case for a registered cashbox", async () => {
    const t = await tenant();
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "REGISTERED",
    });
    const oldNumber = cashbox.fiscalDriveNumber!;
    const number = digits16();
    const r = await replaceFiscalDrive(t.owner, {
      cashboxId: cashbox.id,
      number,
      model: "ФН-1.1М",
      validityMonths: 36,
    });
    expect(r.caseId).toBeTruthy();

    const drives = await listFiscalDrives(t.owner, cashbox.id);
    expect(drives.map((d) => [d.number, d.closedAt === null])).toEqual([
      [number, true],
      [oldNumber, false],
    ]);
    expect(await getCashbox(t.owner, cashbox.id)).toMatchObject({
      fiscalDriveNumber: number,
      fiscalDriveModel: "ФН-1.1М",
      fiscalDriveMonths: 36,
    });
    const cases = await listRegistrationCases(t.owner, cashbox.id);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({
      id: r.caseId,
      kind: "REREGISTRATION_FN",
      status: "DRAFT",
      fiscalDrive: { number },
    });
    const [log] = await auditRows(t.org.id, "fiscalDrive.replace", cashbox.id);
    expect(log.details).toMatchObject({ from: oldNumber, to: number, caseId: r.caseId });

    // The same drive again is refused; a newer replacement supersedes the unsent draft.
    await expect(
      replaceFiscalDrive(t.owner, { cashboxId: cashbox.id, number, model: "ФН-1.2", validityMonths: 15 }),
    ).rejects.toMatchObject({ field: "number", messageKey: "cashbox.v.fnSame" });
    const r2 = await replaceFiscalDrive(t.owner, {
      cashboxId: cashbox.id,
      number: digits16(),
      model: "ФН-1.2",
      validityMonths: 15,
    });
    const after = await listRegistrationCases(t.owner, cashbox.id);
    expect(after.map((c) => [c.id, c.status])).toEqual(
      expect.arrayContaining([
        [r.caseId, "CANCELLED"],
        [r2.caseId, "DRAFT"],
      ]),
    );
    expect((await listFiscalDrives(t.owner, cashbox.id)).filter((d) => !d.closedAt)).toHaveLength(1);
  });

  it("a cashbox not yet registered just gets the drive; a pending application or deregistration refuses it", async () => {
    const t = await tenant();
    const { cashbox: draft } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
    });
    const r = await replaceFiscalDrive(t.owner, {
      cashboxId: draft.id,
      number: digits16(),
      model: "ФН-1.2",
      validityMonths: 15,
    });
    expect(r.caseId).toBeNull();
    expect(await listRegistrationCases(t.owner, draft.id)).toEqual([]);

    const { cashbox: pending } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "REGISTERED",
    });
    await seedRegistrationCase(db(), {
      organizationId: t.org.id,
      cashboxId: pending.id,
      kind: "REREGISTRATION_ADDRESS",
      status: "SUBMITTED",
    });
    await expect(
      replaceFiscalDrive(t.owner, {
        cashboxId: pending.id,
        number: digits16(),
        model: "ФН-1.2",
        validityMonths: 15,
      }),
    ).rejects.toMatchObject({ messageKey: "cashbox.errors.caseSubmitted" });

    const { cashbox: gone } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "DEREGISTERED",
    });
    await expect(
      replaceFiscalDrive(t.owner, {
        cashboxId: gone.id,
        number: digits16(),
        model: "ФН-1.2",
        validityMonths: 15,
      }),
    ).rejects.toMatchObject({ messageKey: "cashbox.errors.deregistered" });
    expect(await db().fiscalDrive.count({ where: { cashboxId: { in: [pending.id, gone.id] } } })).toBe(2);
  });
});

describe("deregistration", () => {
  it("opens one DEREGISTRATION case with the reason for a registered cashbox", async () => {
    const t = await tenant();
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "REGISTERED",
    });
    const { caseId } = await requestDeregistration(t.owner, {
      cashboxId: cashbox.id,
      reason: "Касса продана",
    });
    const [c] = await listRegistrationCases(t.owner, cashbox.id);
    expect(c).toMatchObject({
      id: caseId,
      kind: "DEREGISTRATION",
      status: "DRAFT",
      reason: "Касса продана",
      createdBy: { name: expect.any(String) },
    });
    expect((await getCashbox(t.owner, cashbox.id)).registrationStatus).toBe("REGISTERED");
    expect(await auditRows(t.org.id, "registrationCase.create", cashbox.id)).toHaveLength(1);
    await expect(
      requestDeregistration(t.owner, { cashboxId: cashbox.id, reason: "Ещё раз" }),
    ).rejects.toMatchObject({
      messageKey: "cashbox.errors.deregistrationOpen",
    });

    const { cashbox: draft } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
    });
    await expect(
      requestDeregistration(t.owner, { cashboxId: draft.id, reason: "Не нужна" }),
    ).rejects.toMatchObject({
      messageKey: "cashbox.errors.notRegistered",
    });
    await expect(
      requestDeregistration(t.accountant, { cashboxId: cashbox.id, reason: "Нельзя" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("case documents", () => {
  it("are served within their case and organization only", async () => {
    const t = await tenant();
    const other = await tenant();
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "REFUSED",
    });
    const c = await seedRegistrationCase(db(), {
      organizationId: t.org.id,
      cashboxId: cashbox.id,
      kind: "REGISTRATION",
      status: "REFUSED",
      refusalReason: "Нет в реестре",
      documents: [{ kind: "TAX_ANSWER", fileName: "ответ.txt", mimeType: "text/plain", content: "Отказ" }],
    });
    const [listed] = await listRegistrationCases(t.accountant, cashbox.id);
    expect(listed).toMatchObject({
      refusalReason: "Нет в реестре",
      documents: [{ kind: "TAX_ANSWER", fileName: "ответ.txt" }],
    });
    expect(listed.documents[0]).not.toHaveProperty("content");
    const doc = await getCaseDocument(t.accountant, c.id, listed.documents[0].id);
    expect(Buffer.from(doc.content).toString("utf8")).toBe("Отказ");

    const { cashbox: otherBox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
    });
    const otherCase = await seedRegistrationCase(db(), {
      organizationId: t.org.id,
      cashboxId: otherBox.id,
      kind: "REGISTRATION",
      status: "DRAFT",
    });
    await expect(getCaseDocument(t.owner, otherCase.id, listed.documents[0].id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getCaseDocument(other.owner, c.id, listed.documents[0].id)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(getCaseDocument(t.owner, "nope", "../etc")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("PLATFORM_ADMIN", () => {
  it("finds any cashbox by serial or registration number and logs the view under its organization", async () => {
    const admin = await platformAdmin();
    const t = await tenant();
    const regNo = `00009${Date.now()}`.slice(0, 16);
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      registrationStatus: "REGISTERED",
      registrationNumber: regNo,
    });
    expect((await adminFindCashboxes(admin, cashbox.serialNumber.toLowerCase())).map((r) => r.id)).toEqual([
      cashbox.id,
    ]);
    expect((await adminFindCashboxes(admin, regNo)).map((r) => r.id)).toEqual([cashbox.id]);
    expect(await adminFindCashboxes(admin, "   ")).toEqual([]);
    expect(await adminFindCashboxes(admin, `NONE${uniqueSuffix()}`)).toEqual([]);
    const views = await auditRows(t.org.id, "admin.cashbox.view", cashbox.id);
    expect(views).toHaveLength(2);
    expect(views[0]).toMatchObject({ userId: admin.userId });
    await expect(adminFindCashboxes(t.owner, regNo)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("server-blocks and lifts it, clears INTEGRITY after review, each audited under the cashbox's organization", async () => {
    const admin = await platformAdmin();
    const t = await tenant();
    const { cashbox } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      operationalState: "BLOCKED",
      operationalReason: "владелец",
    });
    await adminServerBlockCashbox(admin, { cashboxId: cashbox.id, reason: "Запрос КГД" });
    expect(await getCashbox(t.owner, cashbox.id)).toMatchObject({
      operationalState: "SERVER_BLOCKED",
      operationalReason: "Запрос КГД",
    });
    await expect(
      adminServerBlockCashbox(admin, { cashboxId: cashbox.id, reason: "Снова" }),
    ).rejects.toMatchObject({
      messageKey: "cashbox.errors.alreadyServerBlocked",
    });
    await expect(
      adminClearIntegrity(admin, { cashboxId: cashbox.id, reason: "Проверено" }),
    ).rejects.toMatchObject({
      messageKey: "cashbox.errors.notIntegrity",
    });
    await adminClearServerBlock(admin, { cashboxId: cashbox.id, reason: "Проверка завершена" });
    expect(await getCashbox(t.owner, cashbox.id)).toMatchObject({
      operationalState: "ACTIVE",
      operationalReason: null,
    });

    const { cashbox: broken } = await seedCashbox(db(), {
      organizationId: t.org.id,
      tradePointId: t.tradePoint.id,
      operationalState: "INTEGRITY",
      operationalReason: "Повтор номера 1042",
    });
    await expect(
      adminServerBlockCashbox(admin, { cashboxId: broken.id, reason: "Блок" }),
    ).rejects.toMatchObject({
      messageKey: "cashbox.errors.integrityFirst",
    });
    await adminClearIntegrity(admin, { cashboxId: broken.id, reason: "Журнал сверен, дубль от сбоя связи" });
    expect((await getCashbox(t.owner, broken.id)).operationalState).toBe("ACTIVE");

    const [block] = await auditRows(t.org.id, "admin.cashbox.serverBlock", cashbox.id);
    expect(block).toMatchObject({
      userId: admin.userId,
      details: { reason: "Запрос КГД", from: "BLOCKED", previousReason: "владелец" },
    });
    expect(await auditRows(t.org.id, "admin.cashbox.serverUnblock", cashbox.id)).toHaveLength(1);
    const [cleared] = await auditRows(t.org.id, "admin.cashbox.clearIntegrity", broken.id);
    expect(cleared.details).toMatchObject({
      reason: "Журнал сверен, дубль от сбоя связи",
      integrityReason: "Повтор номера 1042",
    });
    expect(await db().auditLog.count({ where: { organizationId: admin.organizationId } })).toBe(0);

    await expect(
      adminServerBlockCashbox(t.owner, { cashboxId: cashbox.id, reason: "Я владелец" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      adminServerBlockCashbox(admin, { cashboxId: "00000000-0000-0000-0000-000000000000", reason: "Нет" }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("tenant scoping", () => {
  it("every use case answers NOT_FOUND for another organization's cashbox and changes nothing", async () => {
    const a = await tenant();
    const b = await tenant();
    const { cashbox: foreign, token } = await seedCashbox(db(), {
      organizationId: b.org.id,
      tradePointId: b.tradePoint.id,
      registrationStatus: "REGISTERED",
    });
    const snapshot = async () => ({
      cashbox: await db().cashbox.findFirstOrThrow({ where: { id: foreign.id } }),
      drives: await db().fiscalDrive.findMany({ where: { cashboxId: foreign.id }, orderBy: { id: "asc" } }),
      cases: await db().registrationCase.count({ where: { cashboxId: foreign.id } }),
      audit: await db().auditLog.count({ where: { organizationId: { in: [a.org.id, b.org.id] } } }),
    });
    const before = await snapshot();
    const id = foreign.id;
    const calls: [string, (ctx: TenantContext) => Promise<unknown>][] = [
      ["getCashbox", (c) => getCashbox(c, id)],
      ["listFiscalDrives", (c) => listFiscalDrives(c, id)],
      ["listRegistrationCases", (c) => listRegistrationCases(c, id)],
      [
        "updateCashboxSettings",
        (c) =>
          updateCashboxSettings(c, {
            cashboxId: id,
            name: "x",
            tradePointId: a.tradePoint.id,
            autoCloseTime: "",
            receiptFooter: "",
            taxation: "",
          }),
      ],
      ["reissueCashboxToken", (c) => reissueCashboxToken(c, id)],
      ["blockCashbox", (c) => blockCashbox(c, { cashboxId: id, reason: "чужая" })],
      ["unblockCashbox", (c) => unblockCashbox(c, { cashboxId: id, reason: "чужая" })],
      [
        "replaceFiscalDrive",
        (c) =>
          replaceFiscalDrive(c, { cashboxId: id, number: digits16(), model: "ФН-1.2", validityMonths: 15 }),
      ],
      ["requestDeregistration", (c) => requestDeregistration(c, { cashboxId: id, reason: "чужая" })],
    ];
    for (const [name, call] of calls) {
      await expect(call(a.owner), name).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getCashbox(a.owner, "not-a-uuid")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(blockCashbox(a.owner, { cashboxId: "1' OR '1'='1", reason: "sql" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const after = await snapshot();
    expect(after).toEqual(before);
    expect(after.cashbox.tokenHash).toBe(hashToken(token));
  });
});
