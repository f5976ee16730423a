// The registration wizard in Chromium (issue 5): from «Продолжить» through the registration
// report, installing the demo certificate (.p12 + password, IndexedDB), signing in the browser and
// sending, to «Подключена»; and a cashbox the simulator refuses (ФН not in the registry) to
// «Отказ», with the reason read on «Документооборот». Works in its own organization with the demo
// ИНН 7707083893 (the demo certificate's), so the demo data other specs count stays intact.
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { APIRequestContext, Page } from "@playwright/test";
import { DEMO_PASSWORD, e2eDatabaseUrl, expect, login, test } from "./fixtures";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const suffix = Math.random().toString(36).slice(2, 8).toUpperCase();
const OWNER_EMAIL = `reg-owner-${suffix.toLowerCase()}@example.com`;
const DEMO_P12 = path.resolve("public/demo/kassa-demo-ru.p12");

let sql: pg.Client;
let orgId = "";
let tradePointId = "";
const one = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await sql.query(text, params)).rows[0] as T;

test.beforeAll(async () => {
  sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  const org = await one<{ id: string }>(
    `INSERT INTO "Organization" (name, country, "legalForm", "taxId", kpp, "legalAddress", timezone)
     VALUES ($1, 'RU', 'ООО', '7707083893', '770701001', 'г. Москва, ул. Тверская, 1', 'Europe/Moscow') RETURNING id`,
    [`ООО «Регистрация ${suffix}»`],
  );
  orgId = org.id;
  const user = await one<{ id: string }>(
    `INSERT INTO "User" (email, name, "passwordHash") SELECT $1, 'Руслан Регистров', "passwordHash" FROM "User" WHERE email = 'owner@kassa.demo' RETURNING id`,
    [OWNER_EMAIL],
  );
  await sql.query(`INSERT INTO "Membership" ("organizationId", "userId", role) VALUES ($1, $2, 'OWNER')`, [
    orgId,
    user.id,
  ]);
  await sql.query(`INSERT INTO "MembershipLookup" ("userId", "tenantId") VALUES ($1, $2)`, [user.id, orgId]);
  tradePointId = (
    await one<{ id: string }>(
      `INSERT INTO "TradePoint" ("organizationId", name, address) VALUES ($1, 'Магазин', 'г. Москва, ул. Арбат, 5') RETURNING id`,
      [orgId],
    )
  ).id;
});

test.afterAll(async () => {
  await sql?.end();
});

/** A DRAFT cashbox with a known device token, as «Добавить кассу» makes it. */
async function draftCashbox(name: string, fnNumber: string) {
  const token = `tok-${randomUUID()}`;
  const serial = `REG${suffix}${Math.floor(Math.random() * 1e6)}`;
  const cb = await one<{ id: string }>(
    `INSERT INTO "Cashbox" ("organizationId", "tradePointId", name, model, "serialNumber", "fiscalDriveNumber", "fiscalDriveModel",
       "fiscalDriveMonths", "fiscalDriveInstalledAt", "tokenHash", "tokenIssuedAt")
     VALUES ($1, $2, $3, 'АТОЛ 30Ф', $4, $5, 'ФН-1.2', 15, now(), $6, now()) RETURNING id`,
    [orgId, tradePointId, name, serial, fnNumber, sha256(token)],
  );
  await sql.query(
    `INSERT INTO "CashboxSerial" ("serialNumber", model, "tenantId", "cashboxId") VALUES ($1, 'атол 30ф', $2, $3)`,
    [serial, orgId, cb.id],
  );
  // the device token's lookup row, as createCashbox writes it (lib/db/lookups.ts)
  await sql.query(`INSERT INTO "CashboxToken" ("tokenHash", "tenantId", "cashboxId") VALUES ($1, $2, $3)`, [
    sha256(token),
    orgId,
    cb.id,
  ]);
  await sql.query(
    `INSERT INTO "FiscalDrive" ("organizationId", "cashboxId", number, model, "validityMonths", "installedAt") VALUES ($1, $2, $3, 'ФН-1.2', 15, now())`,
    [orgId, cb.id, fnNumber],
  );
  await sql.query(`INSERT INTO "CashboxLookup" (key, "tenantId", "cashboxId") VALUES ($1, $2, $3)`, [
    `fn:${fnNumber}`,
    orgId,
    cb.id,
  ]);
  return { id: cb.id, token };
}

/** The terminal sends its registration report through the device API. */
async function sendReport(request: APIRequestContext, token: string, fnNumber: string) {
  const clientDocId = randomUUID();
  const r = await request.post("/api/device/v1/registration-report", {
    headers: { authorization: `Bearer ${token}`, "idempotency-key": clientDocId },
    data: {
      clientDocId,
      createdAt: new Date().toISOString(),
      report: { reason: "registration", fiscalDriveNumber: fnNumber, taxId: "7707083893" },
    },
  });
  expect(r.status(), await r.text()).toBe(201);
}

async function installDemoCertificate(page: Page) {
  await expect(
    page.getByText("Сертификат не найден. Установите сертификат и нажмите «Обновить»"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Установить сертификат" }).click();
  await page.getByLabel("Файл сертификата").setInputFiles(DEMO_P12);
  await page.getByLabel("Пароль", { exact: true }).fill("wrong-password");
  await page.getByRole("button", { name: "Установить", exact: true }).click();
  await expect(page.getByText("Неверный пароль от файла сертификата")).toBeVisible();
  await page.getByLabel("Пароль", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Установить", exact: true }).click();
  await expect(page.getByRole("radio")).toHaveCount(1);
  await expect(page.getByText("ИНН/БИН 7707083893")).toBeVisible();
}

async function openFromContinue(page: Page, name: string) {
  await login(page, OWNER_EMAIL);
  await page.goto("/cashboxes");
  const row = page.getByRole("row").filter({ hasText: name });
  await row.getByRole("link", { name: /Продолжить/ }).click();
  await expect(page).toHaveURL(/\/cashboxes\/[0-9a-f-]{36}\/registration$/);
}

test("«Продолжить» → report → install the demo certificate → sign and send → «Подключена»", async ({
  page,
  request,
  consoleErrors,
}) => {
  const FN = "9999078900007777";
  const cb = await draftCashbox("Касса регистрации", FN);
  await openFromContinue(page, "Касса регистрации");

  // step 1: no report yet, then the terminal sends it and «Обновить» shows its printed form
  await expect(
    page.getByText("Отчёт о регистрации не найден. Отправьте отчёт с кассы и нажмите «Обновить»"),
  ).toBeVisible();
  await sendReport(request, cb.token, FN);
  await page.getByRole("button", { name: "Обновить" }).click();
  await expect(page.getByTestId("report-print")).toContainText("ОТЧЁТ О РЕГИСТРАЦИИ");
  await page.getByRole("button", { name: "Далее" }).click();

  // step 2: install the certificate, choose it
  await installDemoCertificate(page);
  await page.getByRole("button", { name: "Далее" }).click();

  // step 3: the application, signed in the browser
  await expect(page.getByTestId("application-xml")).toContainText("<INN>7707083893</INN>");
  await expect(page.getByTestId("application-xml")).toContainText(`<Number>${FN}</Number>`);
  await page.getByRole("button", { name: "Отправить" }).click();

  // step 4: waiting, then the answer
  await expect(page.getByRole("heading", { name: "Регистрация в ФНС" })).toBeVisible();
  await expect(page.getByText("Подключена")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("registration-number")).toHaveText(/^\d{16}$/);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: "docs/screenshot-registration.png", fullPage: true });

  // the private key never reached the server: the stored documents hold only public data
  const docs = await sql.query(
    `SELECT d.kind::text AS kind, encode(d.content, 'escape') AS text FROM "CaseDocument" d JOIN "RegistrationCase" c ON c.id = d."caseId" WHERE c."cashboxId" = $1`,
    [cb.id],
  );
  expect(docs.rows.map((r) => r.kind).sort()).toEqual([
    "APPLICATION",
    "CERTIFICATE",
    "REGISTRATION_REPORT",
    "SIGNATURE",
    "TAX_ANSWER",
    "TAX_RECEIPT",
  ]);
  expect(docs.rows.some((r) => /PRIVATE KEY/.test(r.text))).toBe(false);
  expect(consoleErrors).toEqual([]);
});

test("a refused application: «Отказ» with the reason, also on «Документооборот»", async ({
  page,
  request,
  consoleErrors,
}) => {
  const FN = "1234500000000001"; // not in the simulated ФН registry
  const cb = await draftCashbox("Касса с чужим ФН", FN);
  await sendReport(request, cb.token, FN);
  await openFromContinue(page, "Касса с чужим ФН");
  await expect(page.getByTestId("report-print")).toBeVisible();
  await page.getByRole("button", { name: "Далее" }).click();
  await installDemoCertificate(page);
  await page.getByRole("button", { name: "Далее" }).click();
  await page.getByRole("button", { name: "Отправить" }).click();
  await expect(page.getByTestId("refusal-reason")).toContainText(
    "не найден в реестре фискальных накопителей",
    { timeout: 30_000 },
  );
  await page.getByRole("link", { name: "Документооборот" }).click();
  await expect(page).toHaveURL(/\?tab=documents$/);
  await expect(
    page.getByText(`Фискальный накопитель № ${FN} не найден в реестре фискальных накопителей`),
  ).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
