// Re-registration of an address end to end in Chromium (issue 20.3): on the card of a registered
// cashbox «Перерегистрация» → another trade point → confirm; the cashbox keeps its registered
// address and the card shows the pending change; the wizard (report → certificate → sign → answer)
// declares the new address; once the simulator accepts, the card shows the new address. Works in
// its own organization with the demo ИНН 7707083893 (the demo certificate's).
import { createHash, randomUUID } from "node:crypto";
import path from "node:path";
import pg from "pg";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, e2eDatabaseUrl, expect, login, test } from "./fixtures";

const sha256 = (s: string) => createHash("sha256").update(s).digest("hex");
const suffix = Math.random().toString(36).slice(2, 8).toUpperCase();
const OWNER_EMAIL = `rereg-owner-${suffix.toLowerCase()}@example.com`;
const DEMO_P12 = path.resolve("public/demo/kassa-demo-ru.p12");
const OLD_ADDRESS = "г. Москва, ул. Арбат, 5";
const NEW_ADDRESS = "г. Москва, ул. Новая, 12";
const REG_NO = "0000000042012345";
const FN = "9999078900004242";

let sql: pg.Client;
let orgId = "";
let cashboxId = "";
let token = "";
const one = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await sql.query(text, params)).rows[0] as T;

test.beforeAll(async () => {
  sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  orgId = (
    await one<{ id: string }>(
      `INSERT INTO "Organization" (name, country, "legalForm", "taxId", kpp, "legalAddress", timezone)
       VALUES ($1, 'RU', 'ООО', '7707083893', '770701001', 'г. Москва, ул. Тверская, 1', 'Europe/Moscow') RETURNING id`,
      [`ООО «Перерегистрация ${suffix}»`],
    )
  ).id;
  const user = await one<{ id: string }>(
    `INSERT INTO "User" (email, name, "passwordHash") SELECT $1, 'Пётр Перерегистров', "passwordHash" FROM "User" WHERE email = 'owner@kassa.demo' RETURNING id`,
    [OWNER_EMAIL],
  );
  await sql.query(`INSERT INTO "Membership" ("organizationId", "userId", role) VALUES ($1, $2, 'OWNER')`, [
    orgId,
    user.id,
  ]);
  await sql.query(`INSERT INTO "MembershipLookup" ("userId", "tenantId") VALUES ($1, $2)`, [user.id, orgId]);
  const shop = await one<{ id: string }>(
    `INSERT INTO "TradePoint" ("organizationId", name, address) VALUES ($1, 'Магазин', $2) RETURNING id`,
    [orgId, OLD_ADDRESS],
  );
  await sql.query(
    `INSERT INTO "TradePoint" ("organizationId", name, address) VALUES ($1, 'Новый магазин', $2)`,
    [orgId, NEW_ADDRESS],
  );
  // a REGISTERED cashbox with a known device token
  token = `tok-${randomUUID()}`;
  const serial = `RR${suffix}${Math.floor(Math.random() * 1e6)}`;
  cashboxId = (
    await one<{ id: string }>(
      `INSERT INTO "Cashbox" ("organizationId", "tradePointId", name, model, "serialNumber", "registrationStatus", "registrationNumber",
         "fiscalDriveNumber", "fiscalDriveModel", "fiscalDriveMonths", "fiscalDriveInstalledAt", "tokenHash", "tokenIssuedAt", "paidUntil")
       VALUES ($1, $2, 'Касса перерегистрации', 'АТОЛ 30Ф', $3, 'REGISTERED', $4, $5, 'ФН-1.2', 15, now(), $6, now(), now() + interval '300 days')
       RETURNING id`,
      [orgId, shop.id, serial, REG_NO, FN, sha256(token)],
    )
  ).id;
  await sql.query(
    `INSERT INTO "CashboxSerial" ("serialNumber", model, "tenantId", "cashboxId") VALUES ($1, 'атол 30ф', $2, $3)`,
    [serial, orgId, cashboxId],
  );
  await sql.query(`INSERT INTO "CashboxToken" ("tokenHash", "tenantId", "cashboxId") VALUES ($1, $2, $3)`, [
    sha256(token),
    orgId,
    cashboxId,
  ]);
  await sql.query(
    `INSERT INTO "FiscalDrive" ("organizationId", "cashboxId", number, model, "validityMonths", "installedAt") VALUES ($1, $2, $3, 'ФН-1.2', 15, now())`,
    [orgId, cashboxId, FN],
  );
});

test.afterAll(async () => {
  await sql?.end();
});

/** The requisites list's value for a label (the <dd> after the <dt>). */
const requisite = (page: Page, label: string) =>
  page.locator("dt", { hasText: new RegExp(`^${label}$`) }).locator("xpath=following-sibling::dd[1]");

test("a registered cashbox's new address: confirm → pending → report, certificate, sign → accepted → applied", async ({
  page,
  request,
  consoleErrors,
}) => {
  await login(page, OWNER_EMAIL);
  await page.goto(`/cashboxes/${cashboxId}`);
  await expect(page.getByRole("heading", { name: "Перерегистрация" })).toBeVisible();
  await expect(requisite(page, "Адрес установки").first()).toHaveText(OLD_ADDRESS);
  // the settings form no longer moves a registered cashbox silently
  await expect(page.getByText("Касса зарегистрирована: торговая точка и налогообложение")).toBeVisible();

  const form = page.getByTestId("rereg-form");
  const submit = page.getByRole("button", { name: "Перерегистрировать" });
  const dialog = page.getByRole("alertdialog");
  // the confirmation is a React control: open it until hydrated, then back out to fill the form
  await expect(async () => {
    await submit.click();
    await expect(dialog).toBeVisible({ timeout: 1000 });
  }).toPass();
  await dialog.getByRole("button", { name: "Отмена" }).click();
  await form.getByLabel("Торговая точка").selectOption({ label: `Новый магазин — ${NEW_ADDRESS}` });
  await submit.click();
  await expect(dialog).toContainText("Открыть перерегистрацию кассы?");
  await dialog.getByRole("button", { name: "Подтвердить" }).click();
  await expect(page.getByText("Открыта перерегистрация кассы")).toBeVisible();

  // pending: the cashbox keeps its registered address, the card shows the change
  await page.reload();
  await expect(page.getByTestId("rereg-pending")).toContainText(NEW_ADDRESS);
  await expect(page.getByText("Заявление не отправлено")).toBeVisible();
  await expect(requisite(page, "Адрес установки").first()).toHaveText(OLD_ADDRESS);

  // the same wizard as the ФН case: report → certificate → sign → answer
  await page.getByRole("link", { name: "Перейти к заявлению" }).click();
  await expect(page).toHaveURL(/\/registration$/);
  await expect(page.getByText("Перерегистрация: смена адреса")).toBeVisible();
  await expect(page.getByTestId("wizard-changes")).toContainText(NEW_ADDRESS);
  await expect(
    page.getByText("Отчёт о регистрации не найден. Отправьте отчёт с кассы и нажмите «Обновить»"),
  ).toBeVisible();
  const clientDocId = randomUUID();
  const r = await request.post("/api/device/v1/registration-report", {
    headers: { authorization: `Bearer ${token}`, "idempotency-key": clientDocId },
    data: {
      clientDocId,
      createdAt: new Date().toISOString(),
      report: {
        reason: "reregistration",
        registrationNumber: REG_NO,
        fiscalDriveNumber: FN,
        taxId: "7707083893",
      },
    },
  });
  expect(r.status(), await r.text()).toBe(201);
  await page.getByRole("button", { name: "Обновить" }).click();
  await expect(page.getByTestId("report-print")).toBeVisible();
  await page.getByRole("button", { name: "Далее" }).click();

  await expect(
    page.getByText("Сертификат не найден. Установите сертификат и нажмите «Обновить»"),
  ).toBeVisible();
  await page.getByRole("button", { name: "Установить сертификат" }).click();
  await page.getByLabel("Файл сертификата").setInputFiles(DEMO_P12);
  await page.getByLabel("Пароль", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Установить", exact: true }).click();
  await expect(page.getByRole("radio")).toHaveCount(1);
  await page.getByRole("button", { name: "Далее" }).click();

  await expect(page.getByTestId("application-xml")).toContainText('kind="REREGISTRATION_ADDRESS"');
  await expect(page.getByTestId("application-xml")).toContainText(`<Address>${NEW_ADDRESS}</Address>`);
  await page.getByRole("button", { name: "Отправить" }).click();
  await expect(page.getByText("Подключена")).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId("registration-number")).toHaveText(REG_NO);

  // accepted: the cashbox is registered at the new address, nothing pending
  await page.getByRole("link", { name: "К карточке кассы" }).click();
  await expect(requisite(page, "Адрес установки").first()).toHaveText(NEW_ADDRESS);
  await expect(page.getByTestId("rereg-pending")).toHaveCount(0);
  const row = await one<{ status: string; kind: string }>(
    `SELECT status::text, kind::text FROM "RegistrationCase" WHERE "organizationId" = $1 AND "cashboxId" = $2`,
    [orgId, cashboxId],
  );
  expect(row).toEqual({ status: "ACCEPTED", kind: "REREGISTRATION_ADDRESS" });
  expect(consoleErrors).toEqual([]);
});
