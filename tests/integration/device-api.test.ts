// The device API end to end: every endpoint and every error of docs/device-api.md §6 through real HTTP
// (see device-harness.ts) against this run's PostgreSQL, every answer checked against the served
// OpenAPI document; idempotent replays, offline batches, the operational states, the concurrency
// cases of issue 6, and the journal (numbering + hash chain) re-verified after each scenario.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encryptDeviceKey, generateDeviceKey } from "@/lib/cashboxes/device-key";
import { DEVICE_ERRORS, type DeviceErrorCode } from "@/lib/device/errors";
import { autoCloseShift } from "@/lib/device/maintenance";
import { sealOfflineEntry, type OfflineEntry } from "@/lib/device/offline-sign";
import { verifyJournal } from "@/lib/device/verify-journal";
import { seedCashbox, seedTenant } from "@/prisma/seed/factories";
import { DeviceApi, type ApiResponse, type Json } from "./device-harness";
import { db } from "./helpers";
import type { Country } from "@/lib/locale/country";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const api = new DeviceApi();
const codesSeen = new Set<string>();
const cashboxesUsed = new Set<string>();

beforeAll(async () => {
  await api.start();
}, 900_000);

afterAll(async () => {
  await api.stop();
});

async function call<T = Json>(
  method: string,
  path: string,
  opts: Parameters<DeviceApi["call"]>[2] = {},
): Promise<ApiResponse<T>> {
  const r = await api.call<T>(method, path, opts);
  const body = r.body as { error?: { code: string }; results?: { error?: { code: string } }[] } | null;
  if (body?.error) codesSeen.add(body.error.code);
  for (const res of body?.results ?? []) if (res.error) codesSeen.add(res.error.code);
  return r;
}

interface Fixture {
  orgId: string;
  cashboxId: string;
  token: string;
  key: Buffer;
  cashierId: string;
  cashierName: string;
  country: Country;
  timezone: string;
  registrationNumber: string;
}

async function fixture(
  opts: { country?: Country; registrationStatus?: "DRAFT" | "REGISTERED"; limit?: bigint } = {},
): Promise<Fixture> {
  const country = opts.country ?? "RU";
  const t = await seedTenant(db(), { country });
  const registrationNumber =
    country === "RU"
      ? `00001${String(Math.floor(Math.random() * 1e11)).padStart(11, "0")}`
      : String(Math.floor(Math.random() * 1e12)).padStart(12, "0");
  const { cashbox, token } = await seedCashbox(db(), {
    organizationId: t.org.id,
    tradePointId: t.tradePoint.id,
    registrationStatus: opts.registrationStatus ?? "REGISTERED",
    registrationNumber,
    paidUntil: new Date(Date.now() + 365 * 86400_000),
  });
  const key = generateDeviceKey();
  await db().cashbox.updateMany({
    where: { id: cashbox.id },
    data: { deviceKeyEnc: encryptDeviceKey(key, cashbox.id) },
  });
  const m = await db().membership.findFirstOrThrow({
    where: { organizationId: t.org.id, role: "CASHIER" },
    include: { user: true },
  });
  if (opts.limit !== undefined)
    await db().membership.updateMany({ where: { id: m.id }, data: { operationLimit: opts.limit } });
  cashboxesUsed.add(cashbox.id);
  return {
    orgId: t.org.id,
    cashboxId: cashbox.id,
    token,
    key,
    cashierId: m.id,
    cashierName: m.user.name,
    country,
    timezone: t.org.timezone,
    registrationNumber,
  };
}

async function signIn(f: Fixture): Promise<string> {
  const r = await call("POST", "/session", { token: f.token, body: { pin: "1234" } });
  expect(r.status).toBe(201);
  return r.body.sessionToken;
}

const nowIso = (offsetMs = 0) => new Date(Date.now() + offsetMs).toISOString();
const item = (f: Fixture, o: Record<string, unknown> = {}) => ({
  name: "Молоко 3,2%",
  unit: { code: f.country === "RU" ? "0" : "796" },
  price: 8990,
  quantity: "1",
  vatRate: f.country === "RU" ? "VAT10" : "VAT16",
  ...o,
});
const sale = (f: Fixture, o: Record<string, unknown> = {}) => ({
  clientDocId: randomUUID(),
  type: "sale",
  createdAt: nowIso(),
  items: [item(f)],
  payments: [{ type: "cash", amount: 8990 }],
  ...o,
});
const doc = (o: Record<string, unknown> = {}) => ({ clientDocId: randomUUID(), createdAt: nowIso(), ...o });

function expectError(r: ApiResponse, status: number, code: DeviceErrorCode, message?: string) {
  expect(r.status, JSON.stringify(r.body)).toBe(status);
  expect(r.body.error.code).toBe(code);
  expect(r.body.error.message).toBe(message ?? DEVICE_ERRORS[code].message);
  expect(r.body.error.requestId).toMatch(/\S/);
  expect(r.headers.get("x-request-id")).toBe(r.body.error.requestId);
}

async function expectJournalOk(cashboxId: string) {
  const { organizationId } = await db().cashbox.findFirstOrThrow({
    where: { id: cashboxId },
    select: { organizationId: true },
  });
  const report = await verifyJournal(cashboxId, unsafeOrganizationId(organizationId));
  expect(report.problems).toEqual([]);
  return report;
}

async function setState(
  f: Fixture,
  state: "ACTIVE" | "BLOCKED" | "SERVER_BLOCKED" | "OFFLINE_TOO_LONG" | "INTEGRITY",
  reason: string | null = null,
) {
  await db().cashbox.updateMany({
    where: { id: f.cashboxId },
    data: { operationalState: state, operationalReason: reason },
  });
}

describe("contract document", () => {
  it("serves OpenAPI 3.1 generated from the request schemas", async () => {
    const r = await call("GET", "/openapi.json", { unchecked: true });
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe("3.1.0");
    expect(Object.keys(r.body.paths)).toEqual(
      expect.arrayContaining([
        "/nomenclature",
        "/session",
        "/cashbox",
        "/shifts",
        "/shifts/current/x-report",
        "/shifts/current/close",
        "/receipts",
        "/cash-operations",
        "/documents:batch",
        "/operations/cancel-last",
        "/receipts/{receiptId}",
        "/receipts/{receiptId}/duplicate",
        "/receipts/{receiptId}/send",
        "/registration-report",
      ]),
    );
    expect(r.body.components.schemas.ReceiptRequest.additionalProperties).toBe(false);
  });
});

describe("authentication", () => {
  it("refuses a missing or unknown cashbox token", async () => {
    expectError(await call("GET", "/cashbox"), 401, "CASHBOX_TOKEN_NOT_FOUND", "CashBox token not found");
    expectError(await call("GET", "/cashbox", { token: "no-such-token" }), 401, "CASHBOX_TOKEN_NOT_FOUND");
    expectError(
      await call("POST", "/receipts", { token: "x".repeat(600), body: {} }),
      401,
      "CASHBOX_TOKEN_NOT_FOUND",
    );
  });

  it("signs a cashier in by PIN and out again; operations need a live session", async () => {
    const f = await fixture();
    expectError(
      await call("POST", "/session", { token: f.token, body: { pin: "12" } }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(
      await call("POST", "/session", { token: f.token, body: { pin: "9999" } }),
      401,
      "CASHIER_PIN_INVALID",
    );
    const ok = await call("POST", "/session", {
      token: f.token,
      body: { pin: "1234", cashierId: f.cashierId },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.cashier).toEqual({ id: f.cashierId, name: f.cashierName, operationLimit: null });
    const session = ok.body.sessionToken as string;

    expectError(
      await call("POST", "/receipts", { token: f.token, body: sale(f) }),
      401,
      "CASHIER_SESSION_INVALID",
      "Сессия кассира истекла, войдите снова",
    );
    expectError(
      await call("POST", "/receipts", { token: f.token, session: "forged", body: sale(f) }),
      401,
      "CASHIER_SESSION_INVALID",
    );
    expect((await call("POST", "/receipts", { token: f.token, session, body: sale(f) })).status).toBe(201);

    // a session is bound to its cashbox
    const other = await fixture();
    expectError(
      await call("POST", "/receipts", { token: other.token, session, body: sale(other) }),
      401,
      "CASHIER_SESSION_INVALID",
    );

    // expiry
    const expiring = await signIn(f);
    await db().cashierSession.updateMany({
      where: { cashboxId: f.cashboxId, expiresAt: { gt: new Date(Date.now() + 60_000) } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expectError(
      await call("POST", "/shifts/current/x-report", { token: f.token, session: expiring, body: doc() }),
      401,
      "CASHIER_SESSION_INVALID",
    );

    const again = await signIn(f);
    expect((await call("DELETE", "/session", { token: f.token, session: again })).status).toBe(204);
    expectError(
      await call("DELETE", "/session", { token: f.token, session: again }),
      401,
      "CASHIER_SESSION_INVALID",
    );
    await expectJournalOk(f.cashboxId);
  });

  it("limits PIN guessing per cashbox", async () => {
    const f = await fixture();
    for (let i = 0; i < 10; i++)
      expectError(
        await call("POST", "/session", { token: f.token, body: { pin: "0000" } }),
        401,
        "CASHIER_PIN_INVALID",
      );
    const r = await call("POST", "/session", { token: f.token, body: { pin: "1234" } });
    expectError(r, 429, "TOO_MANY_ATTEMPTS");
    expect(Number(r.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("cashbox info", () => {
  it("returns requisites, state, journal head and server time, and records the contact", async () => {
    const f = await fixture({ country: "KZ" });
    await db().cashbox.updateMany({ where: { id: f.cashboxId }, data: { lastSeenAt: null } });
    const r = await call("GET", "/cashbox", { token: f.token });
    expect(r.status).toBe(200);
    expect(r.body.cashbox).toMatchObject({
      id: f.cashboxId,
      registrationStatus: "REGISTERED",
      state: "ACTIVE",
      registrationNumber: f.registrationNumber,
    });
    expect(r.body.organization).toMatchObject({ id: f.orgId, country: "KZ", timezone: "Asia/Almaty" });
    expect(r.body).toMatchObject({
      shift: null,
      cashInDrawer: 0,
      lastNumber: 0,
      lastDeviceSeq: 0,
      offlineSince: null,
    });
    expect(r.body.vatRates.map((v: { code: string }) => v.code)).toContain("VAT16");
    expect(Math.abs(Date.parse(r.body.serverTime) - Date.now())).toBeLessThan(60_000);
    const row = await db().cashbox.findFirstOrThrow({ where: { id: f.cashboxId } });
    expect(row.lastSeenAt).not.toBeNull();
  });
});

describe("shifts and reports", () => {
  it("opens one shift, refuses a second with the opener's name, makes X and Z reports", async () => {
    const f = await fixture();
    const s = await signIn(f);
    expectError(
      await call("POST", "/shifts/current/x-report", { token: f.token, session: s, body: doc() }),
      409,
      "SHIFT_NOT_OPEN",
      "Смена не открыта",
    );
    expectError(
      await call("POST", "/shifts/current/close", { token: f.token, session: s, body: doc() }),
      409,
      "SHIFT_NOT_OPEN",
    );

    const open = await call("POST", "/shifts", { token: f.token, session: s, body: doc() });
    expect(open.status).toBe(201);
    expect(open.body.document).toMatchObject({
      type: "shift_open",
      number: 1,
      shiftNumber: 1,
      numberInShift: 1,
      deviceSeq: 1,
    });
    expect(open.body.shift).toMatchObject({ number: 1, openedBy: f.cashierName, openingCash: 0 });
    expect(open.body.document.fiscalSign).toMatch(/^\d{10}$/);

    expectError(
      await call("POST", "/shifts", { token: f.token, session: s, body: doc() }),
      409,
      "SHIFT_ALREADY_OPEN",
      `На кассе уже имеется открытая смена пользователя ${f.cashierName}`,
    );

    expect(
      (
        await call("POST", "/cash-operations", {
          token: f.token,
          session: s,
          body: doc({ type: "deposit", amount: 500000 }),
        })
      ).status,
    ).toBe(201);
    expect((await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) })).status).toBe(201);
    expect(
      (
        await call("POST", "/receipts", {
          token: f.token,
          session: s,
          body: sale(f, { payments: [{ type: "card", amount: 8990 }] }),
        })
      ).status,
    ).toBe(201);

    const x = await call("POST", "/shifts/current/x-report", { token: f.token, session: s, body: doc() });
    expect(x.status).toBe(201);
    expect(x.body.report).toMatchObject({
      shiftNumber: 1,
      closedAt: null,
      deposits: 500000,
      cashInDrawer: 508990,
    });
    expect(x.body.report.byType.sale).toMatchObject({ count: 2, total: 17980, cash: 8990, card: 8990 });

    const z = await call("POST", "/shifts/current/close", { token: f.token, session: s, body: doc() });
    expect(z.status).toBe(201);
    expect(z.body.document).toMatchObject({ type: "z_report", number: 6, numberInShift: 6 });
    expect(z.body.report).toMatchObject({
      shiftNumber: 1,
      documentCount: 6,
      cashInDrawer: 508990,
      fiscalSign: z.body.document.fiscalSign,
    });
    expect(z.body.report.nonNullable).toEqual({
      start: { sale: 0, sale_return: 0, purchase: 0, purchase_return: 0 },
      end: { sale: 17980, sale_return: 0, purchase: 0, purchase_return: 0 },
    });
    expect(z.body.report.closedAt).not.toBeNull();
    const shift = await db().shift.findFirstOrThrow({ where: { cashboxId: f.cashboxId, number: 1 } });
    expect(shift).toMatchObject({
      closedById: f.cashierId,
      autoClosed: false,
      closingCash: 508990n,
      documentCount: 6,
    });
    expectError(
      await call("POST", "/shifts/current/close", { token: f.token, session: s, body: doc() }),
      409,
      "SHIFT_NOT_OPEN",
    );

    // the next receipt opens shift 2 by itself; cash carries over
    const next = await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) });
    expect(next.body.document).toMatchObject({ shiftNumber: 2, numberInShift: 1, number: 7 });
    const info = await call("GET", "/cashbox", { token: f.token });
    expect(info.body.shift).toMatchObject({ number: 2, openingCash: 508990, documentCount: 1 });
    expect(info.body.cashInDrawer).toBe(517980);
    await expectJournalOk(f.cashboxId);
  });

  it("refuses operations in a shift older than 24 hours until it is closed", async () => {
    const f = await fixture();
    const s = await signIn(f);
    expect(
      (
        await call("POST", "/shifts", {
          token: f.token,
          session: s,
          body: doc({ createdAt: nowIso(-25 * 3600_000) }),
        })
      ).status,
    ).toBe(201);
    expectError(
      await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) }),
      409,
      "SHIFT_TOO_LONG",
      "Смена превышает 24 часа, закройте смену (Z-отчёт)",
    );
    expectError(
      await call("POST", "/cash-operations", {
        token: f.token,
        session: s,
        body: doc({ type: "deposit", amount: 100 }),
      }),
      409,
      "SHIFT_TOO_LONG",
    );
    expect(
      (await call("POST", "/shifts/current/close", { token: f.token, session: s, body: doc() })).status,
    ).toBe(201);
    expect((await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) })).status).toBe(201);
    await expectJournalOk(f.cashboxId);
  });
});

describe("receipts", () => {
  it("sells by cash with change, by card, mixed, by weight and by volume, with VAT per rate", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const cash = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, {
        payments: [{ type: "cash", amount: 10000 }],
        customer: { email: "buyer@example.com" },
      }),
    });
    expect(cash.status).toBe(201);
    expect(cash.body.document).toMatchObject({
      type: "sale",
      total: 8990,
      cash: 8990,
      card: 0,
      change: 1010,
      vat: [{ rate: "VAT10", amount: 817 }],
      offline: false,
    });
    expect(cash.body.document.qr).toMatch(/^t=\d{8}T\d{4}&s=89\.90&fn=\d+&i=1&fp=\d{10}&n=1$/);
    expect(cash.body.document.checkUrl).toContain("/check?t=");
    expect(cash.body.document.print.lines.map((l: { text: string }) => l.text)).toContain("Сдача: 10.10");

    const weighed = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, {
        items: [
          item(f, {
            name: "Сыр «Российский»",
            unit: { code: "11" },
            price: 99900,
            quantity: "0.350",
            vatRate: "VAT22",
          }),
          item(f, {
            name: "Квас разливной",
            unit: { code: "41" },
            price: 12000,
            quantity: "1.5",
            vatRate: "VAT22",
            discount: 1000,
          }),
        ],
        payments: [
          { type: "cash", amount: 20000 },
          { type: "card", amount: 31965 },
        ],
        cashTendered: 50000,
      }),
    });
    expect(weighed.status).toBe(201);
    // 999.00 × 0.350 = 349.65; 120.00 × 1.5 − 10.00 = 170.00
    expect(weighed.body.document).toMatchObject({ total: 51965, cash: 20000, card: 31965, change: 30000 });
    expect(weighed.body.document.vat).toEqual([{ rate: "VAT22", amount: 9371 }]);
    const lines = await db().receiptLine.findMany({
      where: { documentId: weighed.body.document.id },
      orderBy: { lineNo: "asc" },
    });
    expect(lines.map((l) => [l.quantity.toString(), l.total])).toEqual([
      ["0.35", 34965n],
      ["1.5", 17000n],
    ]);

    const kz = await fixture({ country: "KZ" });
    const ks = await signIn(kz);
    const r = await call("POST", "/receipts", {
      token: kz.token,
      session: ks,
      body: sale(kz, {
        items: [item(kz, { unit: { code: "166" }, quantity: "1.250", price: 116000 })],
        payments: [{ type: "card", amount: 145000 }],
      }),
    });
    expect(r.status).toBe(201);
    expect(r.body.document.vat).toEqual([{ rate: "VAT16", amount: 20000 }]);
    expect(r.body.document.qr).toMatch(/\/consumer\?i=\d{10}&f=\d{12}&s=1450\.00&t=\d{8}T\d{6}$/);
    expect(r.body.document.print.lines.map((l: { text: string }) => l.text)).toContain("ФИСКАЛЬНЫЙ ЧЕК");
    await expectJournalOk(f.cashboxId);
    await expectJournalOk(kz.cashboxId);
  });

  it("refuses card above the total, duplicate payment types and payments that do not add up", async () => {
    const f = await fixture();
    const s = await signIn(f);
    expectError(
      await call("POST", "/receipts", {
        token: f.token,
        session: s,
        body: sale(f, { payments: [{ type: "card", amount: 9000 }] }),
      }),
      422,
      "CARD_EXCEEDS_TOTAL",
      "Сумма оплаты картой не может превышать общую сумму чека",
    );
    const dup = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, {
        payments: [
          { type: "cash", amount: 4000 },
          { type: "cash", amount: 4990 },
        ],
      }),
    });
    expectError(dup, 422, "OPERATION_NOT_ALLOWED", "Невозможно провести операцию");
    expect(dup.body.error.details.reason).toBe("DUPLICATE_PAYMENT_TYPE");
    const short = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, { payments: [{ type: "cash", amount: 100 }] }),
    });
    expect(short.body.error.details.reason).toBe("PAYMENT_MISMATCH");
    // nothing of a refused receipt is stored, not even the shift it would have opened
    expect(await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId } })).toBe(0);
    expect(await db().shift.count({ where: { cashboxId: f.cashboxId } })).toBe(0);
  });

  it("answers VALIDATION_FAILED with Russian field messages", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const r = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, {
        items: [
          item(f, { quantity: "1.2345", price: -5 }),
          item(f, { unit: { code: "11" }, quantity: "1.5", vatRate: "VAT99" }),
        ],
        tip: 5,
      }),
    });
    expectError(r, 400, "VALIDATION_FAILED", "Некорректные данные запроса");
    const fields = Object.fromEntries(
      r.body.error.details.fields.map((x: { field: string; message: string }) => [x.field, x.message]),
    );
    expect(fields["items[0].quantity"]).toMatch(/Количество/);
    expect(fields["items[0].price"]).toMatch(/Сумма/);
    expect(fields.tip).toBe("Неизвестное поле");

    const priced = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, {
        items: [item(f, { vatRate: "VAT99" }), item(f, { vatRate: "VAT20" }), item(f, { quantity: "1.5" })],
      }),
    });
    expectError(priced, 400, "VALIDATION_FAILED");
    expect(priced.body.error.details.fields).toEqual([
      { field: "items[0].vatRate", message: "Неизвестная ставка НДС" },
      { field: "items[1].vatRate", message: "Ставка НДС не действует на дату документа" },
      { field: "items[2].quantity", message: "Количество штучного товара должно быть целым" },
    ]);
    const broken = await call("POST", "/receipts", { token: f.token, session: s, raw: "{not json" });
    expectError(broken, 400, "VALIDATION_FAILED");
    expect(broken.body.error.details.fields[0]).toEqual({
      field: "body",
      message: "Тело запроса должно быть JSON-объектом",
    });
    expectError(
      await call("POST", "/receipts", { token: f.token, session: s, body: [1, 2] }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(
      await call("POST", "/receipts", {
        token: f.token,
        session: s,
        body: sale(f, { createdAt: nowIso(3600_000) }),
      }),
      400,
      "VALIDATION_FAILED",
    );
    expectError(
      await call("POST", "/receipts", { token: f.token, session: s, body: sale(f, { type: "sale_return" }) }),
      400,
      "VALIDATION_FAILED",
    );
  });

  it("returns against a sale, never more than was sold; purchases and their returns", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const sold = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, { items: [item(f, { quantity: "3" })], payments: [{ type: "cash", amount: 26970 }] }),
    });
    const saleDoc = sold.body.document;
    const ret = (total: number, basis: unknown) =>
      call("POST", "/receipts", {
        token: f.token,
        session: s,
        body: sale(f, {
          type: "sale_return",
          items: [item(f, { quantity: String(total / 8990) })],
          payments: [{ type: "cash", amount: total }],
          returnBasis: basis,
        }),
      });
    const first = await ret(8990, { receiptId: saleDoc.id });
    expect(first.status).toBe(201);
    expect(first.body.document).toMatchObject({ type: "sale_return", total: 8990 });
    const byRequisites = await ret(8990, {
      fiscalSign: saleDoc.fiscalSign,
      registrationNumber: f.registrationNumber,
      createdAt: saleDoc.createdAt,
      total: saleDoc.total,
    });
    expect(byRequisites.status).toBe(201);
    const tooMuch = await ret(17980, { receiptId: saleDoc.id });
    expectError(tooMuch, 422, "OPERATION_NOT_ALLOWED");
    expect(tooMuch.body.error.details.reason).toBe("RETURN_EXCEEDS_SALE");
    const unknown = await ret(8990, { receiptId: randomUUID() });
    expect(unknown.body.error.details.reason).toBe("RETURN_BASIS_NOT_FOUND");
    const notASale = await ret(8990, { receiptId: first.body.document.id });
    expect(notASale.body.error.details.reason).toBe("RETURN_BASIS_NOT_FOUND");
    expect((await ret(8990, { receiptId: saleDoc.id })).status).toBe(201);

    // purchase pays cash out of the drawer; its return brings it back
    expectError(
      await call("POST", "/receipts", {
        token: f.token,
        session: s,
        body: sale(f, {
          type: "purchase",
          items: [item(f, { price: 100000 })],
          payments: [{ type: "cash", amount: 100000 }],
        }),
      }),
      422,
      "INSUFFICIENT_CASH",
      "Недостаточно средств в кассе",
    );
    await call("POST", "/cash-operations", {
      token: f.token,
      session: s,
      body: doc({ type: "deposit", amount: 100000 }),
    });
    const bought = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, {
        type: "purchase",
        items: [item(f, { price: 100000 })],
        payments: [{ type: "cash", amount: 100000 }],
      }),
    });
    expect(bought.status).toBe(201);
    const back = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, {
        type: "purchase_return",
        items: [item(f, { price: 100000 })],
        payments: [{ type: "cash", amount: 100000 }],
        returnBasis: { receiptId: bought.body.document.id },
      }),
    });
    expect(back.status).toBe(201);
    const info = await call("GET", "/cashbox", { token: f.token });
    expect(info.body.cashInDrawer).toBe(100000);
    await expectJournalOk(f.cashboxId);
  });

  it("enforces the cashier's operation limit", async () => {
    const f = await fixture({ limit: 10000n });
    const s = await signIn(f);
    expect((await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) })).status).toBe(201);
    expectError(
      await call("POST", "/receipts", {
        token: f.token,
        session: s,
        body: sale(f, { items: [item(f, { quantity: "2" })], payments: [{ type: "cash", amount: 17980 }] }),
      }),
      422,
      "CASHIER_LIMIT_EXCEEDED",
      "Сумма операции превышает заданный для пользователя предел",
    );
    expectError(
      await call("POST", "/cash-operations", {
        token: f.token,
        session: s,
        body: doc({ type: "deposit", amount: 10001 }),
      }),
      422,
      "CASHIER_LIMIT_EXCEEDED",
    );
  });
});

describe("idempotency", () => {
  it("replays the first answer for the same key and content, refuses other content", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const body = sale(f);
    const first = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body,
      headers: { "idempotency-key": body.clientDocId },
    });
    expect(first.status).toBe(201);
    expect(first.headers.get("idempotent-replayed")).toBeNull();
    const again = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body,
      headers: { "idempotency-key": body.clientDocId },
    });
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);
    expect(await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId } })).toBe(1);

    expectError(
      await call("POST", "/receipts", {
        token: f.token,
        session: s,
        body: { ...body, items: [item(f, { price: 1 })], payments: [{ type: "cash", amount: 1 }] },
      }),
      409,
      "IDEMPOTENCY_KEY_REUSED",
      "Ключ идемпотентности уже использован с другими данными",
    );
    expectError(
      await call("POST", "/cash-operations", {
        token: f.token,
        session: s,
        body: { ...doc({ type: "deposit", amount: 5 }), clientDocId: body.clientDocId },
      }),
      409,
      "IDEMPOTENCY_KEY_REUSED",
    );
    expectError(
      await call("POST", "/receipts", {
        token: f.token,
        session: s,
        body: sale(f),
        headers: { "idempotency-key": "other" },
      }),
      400,
      "VALIDATION_FAILED",
    );

    // a retry is answered even after the cashbox was blocked
    await setState(f, "BLOCKED", "инвентаризация");
    const blocked = await call("POST", "/receipts", { token: f.token, session: s, body });
    expect(blocked.status).toBe(201);
    expect(blocked.headers.get("idempotent-replayed")).toBe("true");
    expectError(
      await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) }),
      423,
      "CASHBOX_BLOCKED",
      "Касса в режиме блокировки",
    );
    await expectJournalOk(f.cashboxId);
  });

  it("refuses a device sequence gap as retryable, telling what to resend", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const gap = await call("POST", "/shifts", { token: f.token, session: s, body: doc({ deviceSeq: 5 }) });
    expectError(gap, 409, "SEQUENCE_GAP", "Нарушена очередность документов");
    expect(gap.body.error.details.expectedSeq).toBe(1);
    const info = await call("GET", "/cashbox", { token: f.token });
    const ok = await call("POST", "/shifts", {
      token: f.token,
      session: s,
      body: doc({ deviceSeq: 1, prevHash: info.body.lastHash }),
    });
    expect(ok.status).toBe(201);
    expect(ok.body.document.prevHash).toBe(info.body.lastHash);
    expect((await call("GET", "/cashbox", { token: f.token })).body.lastHash).toBe(ok.body.document.hash);
  });
});

describe("cash and cancelling", () => {
  it("deposits, withdraws within the drawer, and cancels the last operation with a reverse document", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const dep = await call("POST", "/cash-operations", {
      token: f.token,
      session: s,
      body: doc({ type: "deposit", amount: 30000 }),
    });
    expect(dep.status).toBe(201);
    expect(dep.body).toMatchObject({ cashInDrawer: 30000, document: { type: "cash_deposit", total: 30000 } });
    expectError(
      await call("POST", "/cash-operations", {
        token: f.token,
        session: s,
        body: doc({ type: "withdrawal", amount: 30001 }),
      }),
      422,
      "INSUFFICIENT_CASH",
    );
    const wd = await call("POST", "/cash-operations", {
      token: f.token,
      session: s,
      body: doc({ type: "withdrawal", amount: 10000 }),
    });
    expect(wd.body.cashInDrawer).toBe(20000);

    const c1 = await call("POST", "/operations/cancel-last", { token: f.token, session: s, body: doc() });
    expect(c1.status).toBe(201);
    expect(c1.body).toMatchObject({
      cashInDrawer: 30000,
      cancelled: { id: wd.body.document.id, type: "cash_withdrawal" },
      document: { type: "cash_deposit", total: 10000 },
    });
    const nothing = await call("POST", "/operations/cancel-last", {
      token: f.token,
      session: s,
      body: doc(),
    });
    expectError(nothing, 422, "OPERATION_NOT_ALLOWED");
    expect(nothing.body.error.details.reason).toBe("NOTHING_TO_CANCEL");

    const sold = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, {
        payments: [
          { type: "cash", amount: 4990 },
          { type: "card", amount: 4000 },
        ],
      }),
    });
    const c2 = await call("POST", "/operations/cancel-last", { token: f.token, session: s, body: doc() });
    expect(c2.body.document).toMatchObject({ type: "sale_return", total: 8990, cash: 4990, card: 4000 });
    expect(c2.body.cancelled).toMatchObject({ id: sold.body.document.id, type: "sale" });
    expect(c2.body.cashInDrawer).toBe(30000);
    // the sale is fully returned by the cancellation
    const again = await call("POST", "/receipts", {
      token: f.token,
      session: s,
      body: sale(f, {
        type: "sale_return",
        payments: [{ type: "cash", amount: 8990 }],
        returnBasis: { receiptId: sold.body.document.id },
      }),
    });
    expect(again.body.error.details.reason).toBe("RETURN_EXCEEDS_SALE");
    const rows = await db().fiscalDocument.findMany({
      where: { cashboxId: f.cashboxId, cancelsId: { not: null } },
    });
    expect(rows).toHaveLength(2);
    await expectJournalOk(f.cashboxId);
  });
});

describe("operational states", () => {
  it("refuses an unregistered cashbox, but takes its registration report", async () => {
    const f = await fixture({ registrationStatus: "DRAFT" });
    const s = await signIn(f);
    expectError(
      await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) }),
      403,
      "CASHBOX_NOT_FISCALIZED",
      "Ваша касса не фискализирована",
    );
    expectError(
      await call("POST", "/shifts", { token: f.token, session: s, body: doc() }),
      403,
      "CASHBOX_NOT_FISCALIZED",
    );
    const rep = await call("POST", "/registration-report", {
      token: f.token,
      body: doc({
        report: {
          reason: "registration",
          registrationNumber: f.registrationNumber,
          fiscalDriveNumber: "9999078900012345",
          taxId: "7707083893",
          address: "г. Москва",
        },
      }),
    });
    expect(rep.status).toBe(201);
    expect(rep.body.document).toMatchObject({ type: "registration_report", shiftNumber: null, number: 1 });
    expect(rep.body.document.print.lines.map((l: { text: string }) => l.text)).toContain(
      "ОТЧЁТ О РЕГИСТРАЦИИ",
    );
    await expectJournalOk(f.cashboxId);
  });

  it("refuses a third-party ОФД registration report that differs from the activation (REGISTRATION_MISMATCH)", async () => {
    const f = await fixture({ country: "KZ", registrationStatus: "DRAFT" });
    // activated on ОФД Транстелеком (lib/registration/activate-ofd.ts): waiting for the report
    await db().cashbox.updateMany({
      where: { id: f.cashboxId },
      data: { ofd: "TRANSTELECOM", registrationStatus: "SUBMITTED", registrationNumber: null },
    });
    await db().registrationCase.create({
      data: {
        organizationId: f.orgId,
        cashboxId: f.cashboxId,
        kind: "REGISTRATION",
        status: "SUBMITTED",
        submittedAt: new Date(),
        registrationNumber: f.registrationNumber,
        inkOfd: "316528",
      },
    });
    const report = (inkOfd: string) =>
      call("POST", "/registration-report", {
        token: f.token,
        body: doc({ report: { reason: "registration", registrationNumber: f.registrationNumber, inkOfd } }),
      });
    const bad = await report("999999");
    expectError(
      bad,
      422,
      "REGISTRATION_MISMATCH",
      "Отчёт о регистрации не совпадает с данными кассы в кабинете: ИНК ОФД (в кабинете 316528, в отчёте 999999)",
    );
    expect(bad.body.error.details.mismatches).toEqual([
      { field: "inkOfd", expected: "316528", actual: "999999" },
    ]);
    const good = await report("316528");
    expect(good.status).toBe(201);
    expect(
      await db().cashbox.findFirstOrThrow({
        where: { id: f.cashboxId },
        select: { registrationStatus: true },
      }),
    ).toEqual({ registrationStatus: "REGISTERED" });
    await expectJournalOk(f.cashboxId);
  });

  it("names each blocked state, with the first and the repeat texts", async () => {
    const f = await fixture();
    const s = await signIn(f);
    await setState(f, "SERVER_BLOCKED", "Проверка по обращению КГД");
    const first = await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) });
    expectError(first, 423, "CASHBOX_SERVER_BLOCKED", "Касса переведена в режим серверной блокировки!");
    expect(first.body.error.details.reason).toBe("Проверка по обращению КГД");
    expectError(
      await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) }),
      423,
      "CASHBOX_SERVER_BLOCKED",
      "Касса в режиме серверной блокировки",
    );
    await setState(f, "OFFLINE_TOO_LONG");
    expectError(
      await call("POST", "/cash-operations", {
        token: f.token,
        session: s,
        body: doc({ type: "deposit", amount: 1 }),
      }),
      423,
      "CASHBOX_OFFLINE_TOO_LONG",
      "Касса в режиме оффлайн дольше 72-х часов",
    );
    await setState(f, "INTEGRITY", "проверка");
    expectError(
      await call("POST", "/shifts", { token: f.token, session: s, body: doc() }),
      423,
      "CASHBOX_INTEGRITY",
      "Касса переведена в статус INT (integrity)",
    );
    expectError(
      await call("POST", "/shifts", { token: f.token, session: s, body: doc() }),
      423,
      "CASHBOX_INTEGRITY",
      "Касса в статусе integrity",
    );
    await setState(f, "ACTIVE");
    expect((await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) })).status).toBe(201);
  });

  it("maps an unexpected failure to INTERNAL_ERROR with the Russian text", async () => {
    const f = await fixture();
    const r = await call("GET", "/cashbox", {
      token: f.token,
      headers: { "x-kassa-test-fault": "internal", "x-request-id": "req-fault-1" },
    });
    expectError(r, 500, "INTERNAL_ERROR", "Непредвиденная ошибка на сервере");
    expect(r.body.error.requestId).toBe("req-fault-1");
  });
});

/** Builds signed offline entries chained from the journal head, like a terminal does. */
function offlineChain(f: Fixture, head: { seq: number; hash: string }) {
  let seq = head.seq;
  let hash = head.hash;
  return {
    next(
      kind: OfflineEntry["kind"],
      payload: Record<string, unknown> | undefined,
      createdAt: string,
      over: Record<string, unknown> = {},
    ) {
      seq++;
      const entry = { kind, deviceSeq: seq, prevHash: hash, createdAt, payload } as OfflineEntry;
      const sealed = sealOfflineEntry({
        key: f.key,
        cashboxId: f.cashboxId,
        country: f.country,
        timeZone: f.timezone,
        cashierId: f.cashierId,
        entry,
      });
      hash = sealed.hash;
      return {
        ...entry,
        clientDocId: randomUUID(),
        offline: true,
        autonomousSign: sealed.autonomousSign,
        ...over,
      };
    },
    get head() {
      return { seq, hash };
    },
  };
}

async function journalHead(f: Fixture) {
  const info = await call("GET", "/cashbox", { token: f.token });
  return { seq: info.body.lastDeviceSeq as number, hash: info.body.lastHash as string };
}

const saleEntry = (f: Fixture, amount = 8990) => ({
  type: "sale",
  items: [item(f, { price: amount })],
  payments: [{ type: "cash", amount }],
});
const queueDone = { remaining: 0, oldestCreatedAt: null, offlineSince: null };

describe("offline batches", () => {
  it("accepts an ordered batch once and answers a resend with duplicates", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const c = offlineChain(f, await journalHead(f));
    const t0 = Date.now() - 3 * 3600_000;
    const at = (min: number) => new Date(t0 + min * 60_000).toISOString();
    const documents = [
      c.next("shift_open", undefined, at(0)),
      c.next("cash_operation", { type: "deposit", amount: 50000 }, at(1)),
      c.next("receipt", saleEntry(f), at(2)),
      c.next(
        "receipt",
        {
          ...saleEntry(f, 12000),
          payments: [{ type: "card", amount: 12000 }],
          customer: { email: "a@example.com", phone: null },
        },
        at(3),
      ),
      c.next("x_report", undefined, at(4)),
      c.next("z_report", undefined, at(5)),
    ];
    const r = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents, queue: queueDone },
    });
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: { status: string }) => x.status)).toEqual(Array(6).fill("accepted"));
    expect(r.body.nextExpectedSeq).toBe(7);
    expect(r.body.results[2].document).toMatchObject({
      offline: true,
      deviceSeq: 3,
      fiscalSign: documents[2].autonomousSign,
      createdAt: new Date(at(2)).toISOString(),
    });
    expect(r.body.results[2].document.print.lines.map((l: { text: string }) => l.text)).toContain(
      "АВТОНОМНЫЙ РЕЖИМ",
    );
    expect(r.body.results[5].document.type).toBe("z_report");

    const again = await call("POST", "/documents:batch", {
      token: f.token,
      body: { documents, queue: queueDone },
    });
    expect(again.body.results.map((x: { status: string }) => x.status)).toEqual(Array(6).fill("duplicate"));
    expect(again.body.results.map((x: { document: { id: string } }) => x.document.id)).toEqual(
      r.body.results.map((x: { document: { id: string } }) => x.document.id),
    );
    expect(await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId } })).toBe(6);

    // entries name the cashier who made them (a cashier must be signed in to upload: issue 14.4,
    // tests/integration/device-batch-rules.test.ts); an unknown one is refused
    const more = [c.next("receipt", saleEntry(f), at(10), { cashierId: f.cashierId })];
    expect(
      (
        await call("POST", "/documents:batch", {
          token: f.token,
          session: s,
          body: { documents: more, queue: queueDone },
        })
      ).body.results[0].status,
    ).toBe("accepted");
    const stranger = c.next("receipt", saleEntry(f), at(11), { cashierId: randomUUID() });
    const refused = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: [stranger], queue: queueDone },
    });
    expect(refused.body.results[0]).toMatchObject({
      status: "rejected",
      error: { code: "VALIDATION_FAILED" },
    });
    await expectJournalOk(f.cashboxId);
  });

  it("stops at a gap with expectedSeq and leaves the rest unprocessed", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const c = offlineChain(f, await journalHead(f));
    const first = c.next("receipt", saleEntry(f), nowIso(-60_000));
    c.next("receipt", saleEntry(f), nowIso(-50_000)); // never sent: the gap
    const third = c.next("receipt", saleEntry(f), nowIso(-40_000));
    const fourth = c.next("receipt", saleEntry(f), nowIso(-30_000));
    const r = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: [first, third, fourth], queue: queueDone },
    });
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: { status: string }) => x.status)).toEqual([
      "accepted",
      "rejected",
      "rejected",
    ]);
    expect(r.body.results[1].error).toMatchObject({
      code: "SEQUENCE_GAP",
      message: "Нарушена очередность документов",
      details: { expectedSeq: 2 },
    });
    expect(r.body.results[2].error.code).toBe("NOT_PROCESSED");
    expect(r.body.nextExpectedSeq).toBe(2);
    expect((await db().cashbox.findFirstOrThrow({ where: { id: f.cashboxId } })).operationalState).toBe(
      "ACTIVE",
    );
    const j = await db().cashboxJournal.findFirstOrThrow({ where: { cashboxId: f.cashboxId } });
    expect(j.pendingCount).toBe(2);
    await expectJournalOk(f.cashboxId);
  });

  it.each([
    ["a bad autonomous sign", "sign"],
    ["a repeated number with other content", "repeat"],
    ["a broken hash chain", "chain"],
  ])("puts the cashbox into INTEGRITY for %s and stores nothing broken", async (_label, fault) => {
    const f = await fixture();
    const s = await signIn(f);
    const c = offlineChain(f, await journalHead(f));
    const ok = [
      c.next("receipt", saleEntry(f), nowIso(-60_000)),
      c.next("receipt", saleEntry(f), nowIso(-50_000)),
    ];
    expect(
      (
        await call("POST", "/documents:batch", {
          token: f.token,
          session: s,
          body: { documents: ok, queue: queueDone },
        })
      ).body.results[1].status,
    ).toBe("accepted");
    let bad: Record<string, unknown>;
    if (fault === "sign")
      bad = c.next("receipt", saleEntry(f), nowIso(-40_000), { autonomousSign: "0000000001" });
    else if (fault === "repeat")
      bad = { ...c.next("receipt", saleEntry(f, 100), nowIso(-40_000)), deviceSeq: 2 };
    else
      bad = c.next("receipt", saleEntry(f), nowIso(-40_000), {
        prevHash: Buffer.alloc(32, 9).toString("base64"),
      });
    const after = c.next("receipt", saleEntry(f), nowIso(-30_000));
    const r = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: [bad, after], queue: queueDone },
    });
    expect(r.status).toBe(200);
    expect(r.body.results[0]).toMatchObject({
      status: "rejected",
      error: { code: "CASHBOX_INTEGRITY", message: "Касса переведена в статус INT (integrity)" },
    });
    expect(r.body.results[1].error.code).toBe("NOT_PROCESSED");
    expect(await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId } })).toBe(2);
    const cb = await db().cashbox.findFirstOrThrow({ where: { id: f.cashboxId } });
    expect(cb.operationalState).toBe("INTEGRITY");
    expect(cb.operationalReason).toMatch(/\S/);
    expect(
      await db().auditLog.count({
        where: { organizationId: f.orgId, action: "cashbox.integrity", objectId: f.cashboxId },
      }),
    ).toBe(1);
    expectError(
      await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) }),
      423,
      "CASHBOX_INTEGRITY",
      "Касса в статусе integrity",
    );
    // a resend of what was accepted is still answered
    expect(
      (
        await call("POST", "/documents:batch", {
          token: f.token,
          session: s,
          body: { documents: ok, queue: queueDone },
        })
      ).body.results[0].status,
    ).toBe("duplicate");
    await expectJournalOk(f.cashboxId);
  });

  it("sets OFFLINE_TOO_LONG from the device's queue and clears it when the queue is delivered", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const c = offlineChain(f, await journalHead(f));
    const old = nowIso(-73 * 3600_000);
    // the device sold offline and closed its shift offline (a Z-report is possible offline)
    const pending = [
      c.next("receipt", saleEntry(f), old),
      c.next("receipt", saleEntry(f), nowIso(-72 * 3600_000)),
      c.next("z_report", undefined, nowIso(-71 * 3600_000)),
    ];
    const report = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: [], queue: { remaining: 3, oldestCreatedAt: old, offlineSince: old } },
    });
    expect(report.status).toBe(200);
    expect(report.body).toEqual({ results: [], nextExpectedSeq: 1 });
    const info = await call("GET", "/cashbox", { token: f.token });
    expect(info.body.cashbox.state).toBe("OFFLINE_TOO_LONG");
    expect(info.body.offlineSince).toBe(new Date(old).toISOString());
    expect(info.body.pending).toEqual({ count: 3, oldestCreatedAt: new Date(old).toISOString() });
    expectError(
      await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) }),
      423,
      "CASHBOX_OFFLINE_TOO_LONG",
    );

    const up = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: pending, queue: queueDone },
    });
    expect(up.body.results.map((x: { status: string }) => x.status)).toEqual([
      "accepted",
      "accepted",
      "accepted",
    ]);
    const after = await call("GET", "/cashbox", { token: f.token });
    expect(after.body.cashbox.state).toBe("ACTIVE");
    expect(after.body.pending).toEqual({ count: 0, oldestCreatedAt: null });
    expect((await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) })).status).toBe(201);
    await expectJournalOk(f.cashboxId);
  });

  it("refuses an offline document made more than 72 h after the last online contact; the chain stays intact", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const head = await journalHead(f);
    // the device last reached the server 80 hours ago (every call but an offline batch counts)
    const onlineAt = new Date(Date.now() - 80 * 3600_000);
    await db().cashbox.update({
      where: { organizationId_id: { organizationId: f.orgId, id: f.cashboxId } },
      data: { onlineAt },
    });
    const c = offlineChain(f, head);
    const within = c.next(
      "receipt",
      saleEntry(f),
      new Date(onlineAt.getTime() + 71 * 3600_000).toISOString(),
    );
    const late = c.next("receipt", saleEntry(f), new Date(onlineAt.getTime() + 73 * 3600_000).toISOString());
    const after = c.next("receipt", saleEntry(f), new Date(onlineAt.getTime() + 74 * 3600_000).toISOString());
    const r = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: {
        documents: [within, late, after],
        queue: { remaining: 0, oldestCreatedAt: null, offlineSince: onlineAt.toISOString() },
      },
    });
    expect(r.status).toBe(200);
    expect(r.body.results.map((x: { status: string }) => x.status)).toEqual([
      "accepted",
      "rejected",
      "rejected",
    ]);
    expect(r.body.results[1]).toMatchObject({
      clientDocId: late.clientDocId,
      error: {
        code: "OFFLINE_LIMIT_EXCEEDED",
        message: "Документ создан позже 72 часов после последней связи кассы с сервером",
      },
    });
    expect(r.body.results[2].error.code).toBe("NOT_PROCESSED");
    // the journal stopped before the refused document: no gap, no INTEGRITY, the device may resend
    expect(r.body.nextExpectedSeq).toBe(late.deviceSeq);
    const info = await call("GET", "/cashbox", { token: f.token });
    expect(info.body.cashbox.state).toBe("ACTIVE");
    expect(info.body.lastDeviceSeq).toBe(within.deviceSeq);
    // the batch did not deliver everything: it is not an online contact, the limit still counts from then
    const stored = await db().cashbox.findUniqueOrThrow({
      where: { organizationId_id: { organizationId: f.orgId, id: f.cashboxId } },
      select: { onlineAt: true },
    });
    expect(stored.onlineAt).toEqual(onlineAt);
    await expectJournalOk(f.cashboxId);

    // a batch that leaves nothing on the device is an online contact: the 72 hours start afresh
    const done = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: [], queue: queueDone },
    });
    expect(done.status).toBe(200);
    const fresh = await db().cashbox.findUniqueOrThrow({
      where: { organizationId_id: { organizationId: f.orgId, id: f.cashboxId } },
      select: { onlineAt: true },
    });
    expect(fresh.onlineAt!.getTime()).toBeGreaterThan(onlineAt.getTime() + 79 * 3600_000);
    const next = offlineChain(f, await journalHead(f)).next("receipt", saleEntry(f), nowIso(-1000));
    const ok = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: [next], queue: queueDone },
    });
    expect(ok.body.results[0].status).toBe("accepted");
    await expectJournalOk(f.cashboxId);
  });

  it("takes an offline Z-report for a shift the scheduled job has already closed", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const c = offlineChain(f, await journalHead(f));
    const opened = c.next("shift_open", undefined, nowIso(-26 * 3600_000));
    const soldOffline = c.next("receipt", saleEntry(f), nowIso(-25 * 3600_000));
    const zOffline = c.next("z_report", undefined, nowIso(-2 * 3600_000));
    const first = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: {
        documents: [opened, soldOffline],
        queue: { remaining: 1, oldestCreatedAt: zOffline.createdAt, offlineSince: opened.createdAt },
      },
    });
    expect(first.body.results.map((x: { status: string }) => x.status)).toEqual(["accepted", "accepted"]);
    const shift = await db().shift.findFirstOrThrow({ where: { cashboxId: f.cashboxId, closedAt: null } });
    expect(await autoCloseShift(unsafeOrganizationId(f.orgId), f.cashboxId, shift.id, new Date())).toBe(true);
    const rest = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: [zOffline], queue: queueDone },
    });
    expect(rest.body.results[0]).toMatchObject({
      status: "accepted",
      document: { type: "z_report", shiftNumber: 2 },
    });
    expect(await db().shift.count({ where: { cashboxId: f.cashboxId, closedAt: null } })).toBe(0);
    await expectJournalOk(f.cashboxId);
  });

  it("takes offline documents while BLOCKED, not while SERVER_BLOCKED; refuses time going backwards", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const c = offlineChain(f, await journalHead(f));
    await setState(f, "BLOCKED", "не оплачена");
    const a = c.next("receipt", saleEntry(f), nowIso(-60_000));
    expect(
      (
        await call("POST", "/documents:batch", {
          token: f.token,
          session: s,
          body: { documents: [a], queue: queueDone },
        })
      ).body.results[0].status,
    ).toBe("accepted");
    await setState(f, "SERVER_BLOCKED", "проверка");
    const b = c.next("receipt", saleEntry(f), nowIso(-50_000));
    const r = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: [b], queue: queueDone },
    });
    expect(r.body.results[0].error.code).toBe("CASHBOX_SERVER_BLOCKED");
    await setState(f, "ACTIVE");
    const back = offlineChain(f, await journalHead(f)).next("receipt", saleEntry(f), nowIso(-10 * 60_000));
    const r2 = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: [back], queue: queueDone },
    });
    expect(r2.body.results[0].error).toMatchObject({
      code: "VALIDATION_FAILED",
      details: { fields: [{ field: "createdAt" }] },
    });
    const envelope = await call("POST", "/documents:batch", {
      token: f.token,
      session: s,
      body: { documents: Array(201).fill({}), queue: queueDone },
    });
    expectError(envelope, 400, "VALIDATION_FAILED");
    await expectJournalOk(f.cashboxId);
  });
});

describe("receipt copies", () => {
  it("reads a receipt, its duplicate, and e-mails it", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const sold = await call("POST", "/receipts", { token: f.token, session: s, body: sale(f) });
    const id = sold.body.document.id;
    const got = await call("GET", `/receipts/${id}`, { token: f.token, session: s });
    expect(got.status).toBe(200);
    expect(got.body.document).toEqual(sold.body.document);
    const dup = await call("GET", `/receipts/${id}/duplicate`, { token: f.token, session: s });
    expect(dup.body.print.lines[0]).toEqual({ text: "ДУБЛИКАТ", style: "bold_center", kind: "text" });
    expectError(
      await call("GET", `/receipts/${randomUUID()}`, { token: f.token, session: s }),
      404,
      "RECEIPT_NOT_FOUND",
      "Чек не найден",
    );
    expectError(
      await call("GET", "/receipts/not-a-uuid/duplicate", { token: f.token, session: s }),
      404,
      "RECEIPT_NOT_FOUND",
    );
    expectError(await call("GET", `/receipts/${id}`, { token: f.token }), 401, "CASHIER_SESSION_INVALID");

    const to = `buyer-${randomUUID().slice(0, 8)}@example.com`;
    const sent = await call("POST", `/receipts/${id}/send`, {
      token: f.token,
      session: s,
      body: { email: to },
    });
    expect(sent.status).toBe(202);
    expect(sent.body).toEqual({ queued: true, to });
    const mail = await db().outboxMail.findFirstOrThrow({ where: { to } });
    expect(mail.text).toContain(`ФП: ${sold.body.document.fiscalSign}`);
    expectError(
      await call("POST", `/receipts/${id}/send`, { token: f.token, session: s, body: { email: "nope" } }),
      400,
      "VALIDATION_FAILED",
    );
  });

  it("never lets one cashbox's token read another cashbox's receipt", async () => {
    const a = await fixture();
    const sa = await signIn(a);
    const sold = await call("POST", "/receipts", { token: a.token, session: sa, body: sale(a) });
    const id = sold.body.document.id;
    // another cashbox of the same organization
    const t = await db().cashbox.findFirstOrThrow({ where: { id: a.cashboxId } });
    const sibling = await seedCashbox(db(), {
      organizationId: a.orgId,
      tradePointId: t.tradePointId,
      registrationStatus: "REGISTERED",
      paidUntil: new Date(Date.now() + 365 * 86400_000),
    });
    const siblingFixture = { ...a, cashboxId: sibling.cashbox.id, token: sibling.token };
    const ss = await signIn(siblingFixture);
    // and a cashbox of another organization
    const b = await fixture();
    const sb = await signIn(b);
    // the cashbox's own listing (GET /receipts, tests/integration/device-receipts.test.ts) has it
    const own = await call("GET", `/receipts?number=${sold.body.document.number}`, {
      token: a.token,
      session: sa,
    });
    expect(own.body.receipts.map((r: Json) => r.id)).toEqual([id]);
    for (const [token, session] of [
      [sibling.token, ss],
      [b.token, sb],
    ]) {
      expect((await call("GET", "/receipts", { token, session })).body).toEqual({
        receipts: [],
        nextCursor: null,
      });
      expectError(await call("GET", `/receipts/${id}`, { token, session }), 404, "RECEIPT_NOT_FOUND");
      expectError(
        await call("GET", `/receipts/${id}/duplicate`, { token, session }),
        404,
        "RECEIPT_NOT_FOUND",
      );
      expectError(
        await call("POST", `/receipts/${id}/send`, { token, session, body: { email: "x@example.com" } }),
        404,
        "RECEIPT_NOT_FOUND",
      );
      // nor use it as a return basis across organizations
      if (token === b.token) {
        const r = await call("POST", "/receipts", {
          token,
          session,
          body: sale(b, { type: "sale_return", returnBasis: { receiptId: id } }),
        });
        expect(r.body.error.details.reason).toBe("RETURN_BASIS_NOT_FOUND");
      }
    }
    // nor replay it by its clientDocId
    const replay = await call("POST", "/receipts", {
      token: b.token,
      session: sb,
      body: { ...sale(b), clientDocId: sold.body.document.clientDocId },
    });
    expect(replay.headers.get("idempotent-replayed")).toBeNull();
    expect(replay.body.document.id).not.toBe(id);
  });
});

describe("nomenclature feed", () => {
  it("pages the organization's item changes after a cursor, archived items included", async () => {
    const f = await fixture({ country: "KZ" });
    const other = await fixture();
    const make = (organizationId: string, name: string, archived = false) =>
      db().nomenclatureItem.create({
        data: {
          organizationId,
          name,
          price: 50000n,
          vatRate: "VAT16",
          unit: "KILOGRAM",
          archivedAt: archived ? new Date() : null,
        },
      });
    await make(f.orgId, "Сахар");
    await make(f.orgId, "Мука");
    await make(f.orgId, "Соль (снята)", true);
    await make(other.orgId, "Чужой товар");
    const first = await call("GET", "/nomenclature?since=0&limit=2", { token: f.token });
    expect(first.status).toBe(200);
    expect(first.body.items.map((i: { name: string }) => i.name)).toEqual(["Сахар", "Мука"]);
    expect(first.body.items[0].unit).toMatchObject({ code: "166", fractional: true });
    expect(first.body.hasMore).toBe(true);
    const rest = await call("GET", `/nomenclature?since=${first.body.nextCursor}`, { token: f.token });
    expect(rest.body.items).toHaveLength(1);
    expect(rest.body.items[0]).toMatchObject({ name: "Соль (снята)", archived: true });
    expect(rest.body.hasMore).toBe(false);
    const none = await call("GET", `/nomenclature?since=${rest.body.nextCursor}`, { token: f.token });
    expect(none.body).toEqual({ items: [], nextCursor: rest.body.nextCursor, hasMore: false });
    expectError(await call("GET", "/nomenclature?limit=5000", { token: f.token }), 400, "VALIDATION_FAILED");
    expectError(await call("GET", "/nomenclature?since=-1", { token: f.token }), 400, "VALIDATION_FAILED");
  });
});

describe("concurrency", () => {
  it("20 parallel withdrawals that together exceed the drawer never take it below zero", async () => {
    const f = await fixture();
    const s = await signIn(f);
    await call("POST", "/cash-operations", {
      token: f.token,
      session: s,
      body: doc({ type: "deposit", amount: 100000 }),
    });
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        call("POST", "/cash-operations", {
          token: f.token,
          session: s,
          body: doc({ type: "withdrawal", amount: 7000 }),
        }),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((x) => x === 201)).toHaveLength(14);
    expect(results.filter((r) => r.status === 422 && r.body.error.code === "INSUFFICIENT_CASH")).toHaveLength(
      6,
    );
    const info = await call("GET", "/cashbox", { token: f.token });
    expect(info.body.cashInDrawer).toBe(2000);
    const report = await expectJournalOk(f.cashboxId);
    expect(report.documents).toBe(15);
  });

  it("20 parallel uploads of the same batch store each document once", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const c = offlineChain(f, await journalHead(f));
    const documents = Array.from({ length: 10 }, (_, i) =>
      c.next("receipt", saleEntry(f, 1000 + i), nowIso(-(60 - i) * 60_000)),
    );
    // 20 uploads of one cashbox queue on its journal; one that waits past the device limits gets
    // 503 + Retry-After (docs/device-api.md §7) and, like a terminal, sends the same batch again.
    const upload = async () => {
      for (let attempt = 0; ; attempt++) {
        const r = await call("POST", "/documents:batch", {
          token: f.token,
          session: s,
          body: { documents, queue: queueDone },
        });
        if (r.status !== 503 || attempt >= 20) return r;
        expect(r.headers.get("retry-after")).toBeTruthy();
        await new Promise((done) => setTimeout(done, 100 * (attempt + 1)));
      }
    };
    const uploads = await Promise.all(Array.from({ length: 20 }, upload));
    expect(uploads.filter((u) => u.status !== 200).map((u) => [u.status, u.body])).toEqual([]);
    for (const [i, d] of documents.entries()) {
      const statuses = uploads.map((u) => u.body.results[i].status);
      // at most one final answer says "accepted" (an upload retried after a 503 hears "duplicate" for
      // what its first try stored); every other one is a duplicate, and the database holds one
      const accepted = statuses.filter((x: string) => x === "accepted").length;
      expect(accepted).toBeLessThanOrEqual(1);
      expect(statuses.filter((x: string) => x === "duplicate")).toHaveLength(20 - accepted);
      expect(new Set(uploads.map((u) => u.body.results[i].document.id)).size).toBe(1);
      expect(
        await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId, clientDocId: d.clientDocId } }),
      ).toBe(1);
    }
    expect(await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId } })).toBe(10);
    await expectJournalOk(f.cashboxId);
  });

  it("two terminals opening a shift at once: one wins", async () => {
    const f = await fixture();
    const [s1, s2] = [await signIn(f), await signIn(f)];
    const results = await Promise.all([
      call("POST", "/shifts", { token: f.token, session: s1, body: doc() }),
      call("POST", "/shifts", { token: f.token, session: s2, body: doc() }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.status === 409)!.body.error.code).toBe("SHIFT_ALREADY_OPEN");
    expect(await db().shift.count({ where: { cashboxId: f.cashboxId } })).toBe(1);
    await expectJournalOk(f.cashboxId);
  });

  it("the same receipt sent twice at once is stored once and answered twice", async () => {
    const f = await fixture();
    const s = await signIn(f);
    const body = sale(f);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => call("POST", "/receipts", { token: f.token, session: s, body })),
    );
    expect(results.map((r) => [r.status, r.body?.error?.code])).toEqual(Array(5).fill([201, undefined]));
    expect(results.filter((r) => r.headers.get("idempotent-replayed") === "true")).toHaveLength(4);
    expect(new Set(results.map((r) => r.body.document.id)).size).toBe(1);
    expect(await db().fiscalDocument.count({ where: { cashboxId: f.cashboxId } })).toBe(1);
  });
});

describe("coverage of the contract", () => {
  it("saw every endpoint succeed and every error code of docs/device-api.md", () => {
    const ok = [...api.seen].filter((s) => /\s2\d\d$/.test(s)).map((s) => s.replace(/\s\d+$/, ""));
    const operations = Object.entries(api.doc.paths as Record<string, Record<string, unknown>>).flatMap(
      ([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    expect(operations.filter((o) => !ok.includes(o))).toEqual([]);
    // SERVICE_UNAVAILABLE needs a database that is away or a lock held past the device limits:
    // tests/integration/db-faults.test.ts provokes it (locked journal, unreachable server, killed backend).
    const provenElsewhere = new Set(["SERVICE_UNAVAILABLE"]);
    const contract = Object.keys(DEVICE_ERRORS).filter((c) => !provenElsewhere.has(c));
    expect(contract.filter((c) => !codesSeen.has(c))).toEqual([]);
  });

  it("left every journal it touched consistent", async () => {
    for (const id of cashboxesUsed) await expectJournalOk(id);
  });
});
