// KZ cashboxes on a third-party ОФД (issue 5, docs/registration.md «Сторонний ОФД»): activation
// with РНМ / ИНК ОФД, the registration report through the device API's own route handler
// (matching → REGISTERED, mismatch → refused, stays pending, filed on «Документооборот»), the
// ОФД's paid period as ofdPaidUntil (next to the tariff's paidUntil), the own-ОФД signed flow untouched, and tenant scoping.
process.env.KASSA_JOBS = "0";
import { randomUUID } from "node:crypto";
import { addMonths } from "@/lib/codes/paid-until";
import { describe, expect, it } from "vitest";
import { seedActivationCodes, seedCashbox, seedTenant } from "@/prisma/seed/factories";
import { blockUnpaidCashboxes } from "@/lib/billing/block-unpaid-cashboxes";
import { findCashboxes } from "@/lib/cashboxes/find-cashboxes";
import { getCashbox } from "@/lib/cashboxes/get-cashbox";
import { addDays, cashboxStatus } from "@/lib/cashboxes/status";
import { localDate } from "@/lib/locale/zone";
import { redeemActivationCode } from "@/lib/codes/redeem-activation-code";
import { isAppError } from "@/lib/errors/app-error";
import messages from "@/lib/i18n/messages/registration";
import { activateOnOfd } from "@/lib/registration/activate-ofd";
import { changeCashboxOfd } from "@/lib/registration/change-ofd";
import { updateOfdPaidUntil } from "@/lib/registration/update-ofd-paid-until";
import { getWizardState } from "@/lib/registration/wizard-state";
import { ctxFor, db } from "./helpers";

const RNM = "010102360128";
const INK = "316528";
const PAID = "2027-12-31";

async function kzTenant() {
  const t = await seedTenant(db(), { country: "KZ" });
  return { ...t, ctx: ctxFor(t.org, t.users.OWNER, "OWNER") };
}
type Tenant = Awaited<ReturnType<typeof kzTenant>>;

async function ofdCashbox(t: Tenant, ofd: "TRANSTELECOM" | "KAZAKHTELECOM" | "OWN" = "TRANSTELECOM") {
  const { cashbox, token } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
  });
  await db().cashbox.updateMany({
    where: { id: cashbox.id },
    data: { ofd, fiscalDriveNumber: null, fiscalDriveModel: null, fiscalDriveMonths: null },
  });
  return { cashbox, token };
}

/** POST /api/device/v1/registration-report through the route handler, as a terminal sends it. */
async function postReport(
  token: string,
  report: Record<string, string | null>,
): Promise<{ status: number; body: Record<string, unknown> }> {
  process.env.APP_URL ??= "http://localhost:3407";
  const { POST } = await import("@/app/api/device/v1/registration-report/route");
  const clientDocId = randomUUID();
  const body = JSON.stringify({
    clientDocId,
    createdAt: new Date().toISOString(),
    report: { reason: "registration", ...report },
  });
  const req = new Request("http://in-process.test/api/device/v1/registration-report", {
    method: "POST",
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "idempotency-key": clientDocId,
      "content-length": String(Buffer.byteLength(body)),
    },
    body,
  });
  const res = await (
    POST as unknown as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>
  )(req, { params: Promise.resolve({}) });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    if (isAppError(e)) return { code: e.code, key: e.messageKey, field: e.field };
    throw e;
  }
  throw new Error("expected an error");
}

/** registration.ofd.v.rnm → the Russian text */
function ru(key: string): string {
  let cur: unknown = { registration: messages.ru };
  for (const part of key.split(".")) cur = (cur as Record<string, unknown>)[part];
  if (typeof cur !== "string") throw new Error(`no message ${key}`);
  return cur;
}

async function snapshot(cashboxId: string) {
  const cb = await db().cashbox.findFirstOrThrow({
    where: { id: cashboxId },
    select: {
      registrationStatus: true,
      registrationNumber: true,
      inkOfd: true,
      paidUntil: true,
      ofdPaidUntil: true,
      ofd: true,
    },
  });
  const cases = await db().registrationCase.findMany({
    where: { cashboxId },
    select: { id: true, status: true, registrationNumber: true, inkOfd: true },
  });
  const docs = await db().caseDocument.findMany({
    where: { case: { cashboxId } },
    select: { kind: true, content: true },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const reports = await db().fiscalDocument.count({ where: { cashboxId, type: "REGISTRATION_REPORT" } });
  return { cb, cases, docs, reports };
}

const activate = (t: Tenant, cashboxId: string, over: Record<string, string> = {}) =>
  activateOnOfd(t.ctx, {
    cashboxId,
    registrationNumber: RNM,
    inkOfd: INK,
    paidUntil: PAID,
    ...over,
  });

describe("activation (step 3) validation", () => {
  it("refuses a malformed РНМ, ИНК ОФД and date with Russian messages and changes nothing", async () => {
    const t = await kzTenant();
    const { cashbox } = await ofdCashbox(t);
    const cases: [Record<string, string>, string, string][] = [
      [{ registrationNumber: "12345" }, "registrationNumber", "registration.ofd.v.rnm"],
      [{ registrationNumber: "0101023601281" }, "registrationNumber", "registration.ofd.v.rnm"],
      [{ registrationNumber: "01010236012A" }, "registrationNumber", "registration.ofd.v.rnm"],
      [{ inkOfd: "12a45" }, "inkOfd", "registration.ofd.v.ink"],
      [{ inkOfd: "123" }, "inkOfd", "registration.ofd.v.ink"],
      [{ inkOfd: "1234567890123" }, "inkOfd", "registration.ofd.v.ink"],
      [{ paidUntil: "" }, "paidUntil", "registration.ofd.v.paidUntilRequired"],
      [{ paidUntil: "2027-02-30" }, "paidUntil", "registration.ofd.v.paidUntil"],
      [{ paidUntil: "31.12.2027" }, "paidUntil", "registration.ofd.v.paidUntil"],
    ];
    for (const [over, field, key] of cases) {
      const e = await errorOf(activate(t, cashbox.id, over));
      expect(e).toEqual({ code: "VALIDATION_FAILED", key, field });
      expect(ru(key)).toMatch(/[А-Яа-я]/);
    }
    const s = await snapshot(cashbox.id);
    expect(s.cb.registrationStatus).toBe("DRAFT");
    expect(s.cases).toHaveLength(0);
    expect(
      await db().auditLog.count({
        where: { objectId: cashbox.id, action: { startsWith: "registration.ofd" } },
      }),
    ).toBe(0);
  });

  it("accepts spaces and dashes copied from the ОФД's site", async () => {
    const t = await kzTenant();
    const { cashbox } = await ofdCashbox(t, "KAZAKHTELECOM");
    await activate(t, cashbox.id, { registrationNumber: "0101 0236 0128", inkOfd: "316-528" });
    const s = await snapshot(cashbox.id);
    expect(s.cases).toMatchObject([{ status: "SUBMITTED", registrationNumber: RNM, inkOfd: INK }]);
  });

  it("refuses a РНМ another cashbox of the organization already has", async () => {
    const t = await kzTenant();
    const a = await ofdCashbox(t);
    const b = await ofdCashbox(t);
    await activate(t, a.cashbox.id);
    expect((await postReport(a.token, { registrationNumber: RNM, inkOfd: INK })).status).toBe(201);
    expect(await errorOf(activate(t, b.cashbox.id))).toEqual({
      code: "VALIDATION_FAILED",
      key: "registration.ofd.v.rnmTaken",
      field: "registrationNumber",
    });
  });
});

describe("the registration report decides", () => {
  it("a matching report makes the cashbox REGISTERED («Подключена») in the document's transaction", async () => {
    const t = await kzTenant();
    const { cashbox, token } = await ofdCashbox(t);
    const r = await activate(t, cashbox.id);
    expect(r.registered).toBe(false);

    let s = await snapshot(cashbox.id);
    expect(s.cb).toMatchObject({ registrationStatus: "SUBMITTED", registrationNumber: null, inkOfd: null });
    // the owner's date is the ОФД period; the tariff is this service's (codes), not touched here
    expect(s.cb.ofdPaidUntil?.toISOString().slice(0, 10)).toBe(PAID);
    expect(s.cb.paidUntil).toBeNull();
    expect(s.docs.map((d) => d.kind)).toEqual(["OFD_ACTIVATION"]);
    const card = await getCashbox(t.ctx, cashbox.id);
    const pending = cashboxStatus(card, { now: new Date(), timeZone: "Asia/Almaty", country: "KZ" });
    expect(pending.primary).toMatchObject({ kind: "SUBMITTED", labelKey: "badge.awaitingReport" });
    const wizard = await getWizardState(t.ctx, cashbox.id);
    expect(wizard.phase).toBe("THIRD_PARTY_OFD");
    expect(wizard.ofd).toMatchObject({ stage: "WAITING", provider: "TRANSTELECOM", mismatch: null });

    const res = await postReport(token, {
      registrationNumber: RNM,
      inkOfd: INK,
      serialNumber: cashbox.serialNumber.toLowerCase(),
    });
    expect(res.status).toBe(201);

    s = await snapshot(cashbox.id);
    expect(s.cb).toMatchObject({ registrationStatus: "REGISTERED", registrationNumber: RNM, inkOfd: INK });
    expect(s.cases).toMatchObject([{ status: "ACCEPTED" }]);
    expect(s.docs.map((d) => d.kind)).toEqual(["OFD_ACTIVATION", "REGISTRATION_REPORT"]);
    expect(s.reports).toBe(1);
    const actions = await db().auditLog.findMany({
      where: { organizationId: t.org.id, objectId: cashbox.id },
      select: { action: true, userId: true },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["registration.ofd.activate", "registration.ofd.confirmed"]);
    expect(actions[0].userId).toBe(t.users.OWNER.id);

    const after = await getCashbox(t.ctx, cashbox.id);
    const connected = cashboxStatus(after, {
      now: new Date("2027-01-01T06:00:00Z"),
      timeZone: "Asia/Almaty",
      country: "KZ",
    });
    // registered on the ОФД, whose period the owner entered; this service's tariff is not paid
    // yet (as for an own-ОФД cashbox, a code starts it), so the badge is the tariff's «Не оплачена»
    expect(connected).toMatchObject({
      registrationStatus: "REGISTERED",
      ofdPayment: "NONE",
      payment: "UNPAID",
    });
    expect(connected.primary.kind).toBe("UNPAID");
    expect((await getWizardState(t.ctx, cashbox.id)).ofd?.stage).toBe("CONNECTED");
    // the device may now work: a second activation is refused
    expect((await errorOf(activate(t, cashbox.id))).key).toBe("registration.ofd.errors.alreadyRegistered");
  });

  it("a report that differs answers the device REGISTRATION_MISMATCH, keeps it pending and files it on «Документооборот»", async () => {
    const t = await kzTenant();
    const { cashbox, token } = await ofdCashbox(t);
    await activate(t, cashbox.id);

    const res = await postReport(token, { registrationNumber: "010102360129", inkOfd: INK });
    expect(res.status).toBe(422);
    const error = res.body.error as { code: string; message: string; details: { mismatches: unknown[] } };
    expect(error.code).toBe("REGISTRATION_MISMATCH");
    expect(error.message).toContain("Отчёт о регистрации не совпадает");
    expect(error.message).toContain("РНМ (в кабинете 010102360128, в отчёте 010102360129)");
    expect(error.details.mismatches).toEqual([
      { field: "registrationNumber", expected: RNM, actual: "010102360129" },
    ]);

    // a wrong serial and a missing ИНК are mismatches too
    const res2 = await postReport(token, { registrationNumber: RNM, serialNumber: "OTHER-1" });
    expect(res2.status).toBe(422);
    expect(
      (res2.body.error as { details: { mismatches: { field: string }[] } }).details.mismatches.map(
        (m) => m.field,
      ),
    ).toEqual(["inkOfd", "serialNumber"]);

    const s = await snapshot(cashbox.id);
    expect(s.cb).toMatchObject({ registrationStatus: "SUBMITTED", registrationNumber: null });
    expect(s.cases).toMatchObject([{ status: "SUBMITTED" }]);
    expect(s.reports).toBe(0);
    expect(s.docs.map((d) => d.kind)).toEqual(["OFD_ACTIVATION", "REPORT_MISMATCH", "REPORT_MISMATCH"]);
    expect(Buffer.from(s.docs[1].content).toString("utf8")).toContain("в отчёте 010102360129");
    expect(
      await db().auditLog.count({
        where: { organizationId: t.org.id, objectId: cashbox.id, action: "registration.ofd.mismatch" },
      }),
    ).toBe(2);
    const wizard = await getWizardState(t.ctx, cashbox.id);
    expect(wizard.ofd?.stage).toBe("WAITING");
    expect(wizard.ofd?.mismatch?.text).toContain("ИНК ОФД");

    // the owner corrects the data (same case); the next matching report registers the cashbox
    await activate(t, cashbox.id, { registrationNumber: "010102360129" });
    expect((await snapshot(cashbox.id)).cases).toHaveLength(1);
    expect((await getWizardState(t.ctx, cashbox.id)).ofd?.mismatch).toBeNull();
    expect((await postReport(token, { registrationNumber: "010102360129", inkOfd: INK })).status).toBe(201);
    expect((await snapshot(cashbox.id)).cb).toMatchObject({
      registrationStatus: "REGISTERED",
      registrationNumber: "010102360129",
    });
  });

  it("a matching report that arrived before the activation registers the cashbox at once", async () => {
    const t = await kzTenant();
    const { cashbox, token } = await ofdCashbox(t, "KAZAKHTELECOM");
    expect((await postReport(token, { registrationNumber: RNM, inkOfd: INK })).status).toBe(201);
    expect((await snapshot(cashbox.id)).cb.registrationStatus).toBe("DRAFT");
    const r = await activate(t, cashbox.id);
    expect(r.registered).toBe(true);
    const s = await snapshot(cashbox.id);
    expect(s.cb).toMatchObject({ registrationStatus: "REGISTERED", registrationNumber: RNM, inkOfd: INK });
    expect(s.docs.map((d) => d.kind)).toEqual(["OFD_ACTIVATION", "REGISTRATION_REPORT"]);
  });
});

describe("the ОФД's paid period", () => {
  it("is a period of its own next to the tariff: badge and filter; codes extend the tariff only; no block", async () => {
    const t = await kzTenant();
    const { cashbox, token } = await ofdCashbox(t);
    const today = localDate(new Date(), "Asia/Almaty");
    await activate(t, cashbox.id, { paidUntil: addDays(today, 10) });
    await postReport(token, { registrationNumber: RNM, inkOfd: INK });

    // registered with no tariff yet: «Не оплачена», like an own-ОФД cashbox
    let list = await findCashboxes(t.ctx, { status: ["UNPAID"] });
    expect(list.rows.map((r) => r.id)).toEqual([cashbox.id]);

    // our codes are accepted now: they extend the tariff, the ОФД period stays the owner's
    const [code] = (await seedActivationCodes(db(), { organizationId: t.org.id, productCode: "OFD-12" }))
      .codes;
    await redeemActivationCode(t.ctx, { code, cashboxId: cashbox.id });
    let s = await snapshot(cashbox.id);
    expect(s.cb.paidUntil?.toISOString().slice(0, 10)).toBe(addMonths(today, 12));
    expect(s.cb.ofdPaidUntil?.toISOString().slice(0, 10)).toBe(addDays(today, 10));

    // the ОФД's period ends first: its badge
    list = await findCashboxes(t.ctx, { status: ["OFD_EXPIRING"] });
    expect(list.rows.map((r) => r.id)).toEqual([cashbox.id]);
    expect(list.rows[0].status.primary).toMatchObject({ kind: "OFD_EXPIRING", action: "renew" });
    expect(list.rows[0].status.thirdPartyOfd).toBe("TRANSTELECOM");
    expect(list.rows[0].ofdPaidUntil).toBe(addDays(today, 10));

    // the renewal dialog updates «ОФД оплачен до»
    await updateOfdPaidUntil(t.ctx, { cashboxId: cashbox.id, paidUntil: addDays(today, -3) });
    list = await findCashboxes(t.ctx, { status: ["OFD_UNPAID"] });
    expect(list.rows.map((r) => r.id)).toEqual([cashbox.id]);
    expect(
      await db().auditLog.findFirst({
        where: { organizationId: t.org.id, objectId: cashbox.id, action: "cashbox.ofdPaidUntil.update" },
        select: { details: true },
      }),
    ).toMatchObject({ details: { ofdPaidUntil: [addDays(today, 10), addDays(today, -3)] } });
    s = await snapshot(cashbox.id);
    expect(s.cb.paidUntil?.toISOString().slice(0, 10)).toBe(addMonths(today, 12));

    // an unpaid ОФД period never blocks (the tariff is paid)
    await blockUnpaidCashboxes(new Date(Date.now() + 60 * 86_400_000), 14);
    const cb = await db().cashbox.findFirstOrThrow({
      where: { id: cashbox.id },
      select: { operationalState: true },
    });
    expect(cb.operationalState).toBe("ACTIVE");

    expect(
      (await errorOf(updateOfdPaidUntil(t.ctx, { cashboxId: cashbox.id, paidUntil: "2027-13-01" }))).key,
    ).toBe("registration.ofd.v.paidUntil");
  });
});

describe("own ОФД and the choice of the ОФД", () => {
  it("a KZ cashbox on this service's ОФД keeps the signed flow to the КГД", async () => {
    const t = await kzTenant();
    const { cashbox, token } = await ofdCashbox(t, "OWN");
    expect((await postReport(token, { registrationNumber: RNM, inkOfd: INK })).status).toBe(201);
    const wizard = await getWizardState(t.ctx, cashbox.id);
    expect(wizard.phase).toBe("APPLY");
    expect(wizard.ofd).toBeNull();
    expect(wizard.applicationXml).toContain("<");
    expect((await snapshot(cashbox.id)).cb.registrationStatus).toBe("DRAFT");
    expect((await errorOf(activate(t, cashbox.id))).key).toBe("registration.ofd.errors.notThirdParty");
  });

  it("the ОФД changes while DRAFT only, with an audit line", async () => {
    const t = await kzTenant();
    const { cashbox } = await ofdCashbox(t, "OWN");
    await changeCashboxOfd(t.ctx, { cashboxId: cashbox.id, ofd: "KAZAKHTELECOM" });
    expect((await snapshot(cashbox.id)).cb.ofd).toBe("KAZAKHTELECOM");
    expect((await getWizardState(t.ctx, cashbox.id)).phase).toBe("THIRD_PARTY_OFD");
    expect(
      await db().auditLog.findFirst({
        where: { organizationId: t.org.id, objectId: cashbox.id, action: "cashbox.ofd.change" },
        select: { details: true },
      }),
    ).toMatchObject({ details: { ofd: ["OWN", "KAZAKHTELECOM"] } });
    await activate(t, cashbox.id);
    expect((await errorOf(changeCashboxOfd(t.ctx, { cashboxId: cashbox.id, ofd: "OWN" }))).key).toBe(
      "registration.ofd.errors.ofdNotDraft",
    );
    expect((await errorOf(changeCashboxOfd(t.ctx, { cashboxId: cashbox.id, ofd: "MTS" as "OWN" }))).key).toBe(
      "cashbox.v.ofd",
    );
  });
});

describe("tenant scoping", () => {
  it("another organization's cashbox answers NOT_FOUND and stays untouched", async () => {
    const t = await kzTenant();
    const other = await kzTenant();
    const { cashbox } = await ofdCashbox(t);
    for (const call of [
      () =>
        activateOnOfd(other.ctx, {
          cashboxId: cashbox.id,
          registrationNumber: RNM,
          inkOfd: INK,
          paidUntil: PAID,
        }),
      () => updateOfdPaidUntil(other.ctx, { cashboxId: cashbox.id, paidUntil: PAID }),
      () => changeCashboxOfd(other.ctx, { cashboxId: cashbox.id, ofd: "OWN" }),
      () => getWizardState(other.ctx, cashbox.id),
    ]) {
      expect((await errorOf(call())).code).toBe("NOT_FOUND");
    }
    const s = await snapshot(cashbox.id);
    expect(s.cb).toMatchObject({
      registrationStatus: "DRAFT",
      ofd: "TRANSTELECOM",
      paidUntil: null,
      ofdPaidUntil: null,
    });
    expect(s.cases).toHaveLength(0);
  });

  it("a cashier may not activate", async () => {
    const t = await kzTenant();
    const { cashbox } = await ofdCashbox(t);
    const cashier = ctxFor(t.org, t.users.CASHIER, "CASHIER");
    expect(
      (
        await errorOf(
          activateOnOfd(cashier, {
            cashboxId: cashbox.id,
            registrationNumber: RNM,
            inkOfd: INK,
            paidUntil: PAID,
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
  });
});
