// «Товарный учёт» in Chromium (issue 23): a приход scanned in the browser and posted, two sold
// through the device API, the balance falls; a count with a shortage posts its difference; the
// movement report agrees with the documents and its .xlsx reads back equal. Its own organization.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import ExcelJS from "exceljs";
import pg from "pg";
import type { Page } from "@playwright/test";
import { makeTaxId } from "@/lib/validation/tax-id";
import { DEMO_PASSWORD, e2eDatabaseUrl, expect as baseExpect, login, test } from "./fixtures";

// Server actions on a shared 2-core machine can take longer than the default 10 s (a save of the
// lines once missed it under load): wait longer, as the other form specs do.
const expect = baseExpect.configure({ timeout: 30_000 });

const suffix = Math.random().toString(36).slice(2, 8).toUpperCase();
const OWNER_EMAIL = `stock-owner-${suffix.toLowerCase()}@example.com`;
const BARCODE = `46${String(Date.now()).slice(-10)}5`;
const TOKEN = randomBytes(24).toString("base64url");
const ITEM = `Кофе в зёрнах ${suffix}`;

let sql: pg.Client;
let itemId = "";
const one = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
  (await sql.query(text, params)).rows[0] as T;

test.beforeAll(async () => {
  sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  const org = await one<{ id: string }>(
    `INSERT INTO "Organization" (name, country, "legalForm", "taxId", timezone, "legalAddress")
     VALUES ($1, 'RU', 'ООО', $2, 'Europe/Moscow', 'г. Тверь, ул. Советская, 1') RETURNING id`,
    [`ООО «Склад ${suffix}»`, makeTaxId("RU", "ООО", Math.floor(Math.random() * 90_000) + 10_000)],
  );
  const owner = await one<{ id: string }>(
    `INSERT INTO "User" (email, name, "passwordHash") SELECT $1, 'Ольга Складова', "passwordHash" FROM "User" WHERE email = 'owner@kassa.demo' RETURNING id`,
    [OWNER_EMAIL],
  );
  await sql.query(`INSERT INTO "Membership" ("organizationId", "userId", role) VALUES ($1, $2, 'OWNER')`, [
    org.id,
    owner.id,
  ]);
  // sign-in finds a user's organizations through the lookup table (docs/scale-out.md)
  await sql.query(`INSERT INTO "MembershipLookup" ("userId", "tenantId") VALUES ($1, $2)`, [
    owner.id,
    org.id,
  ]);
  const cashier = await one<{ id: string }>(
    `INSERT INTO "User" (email, name, "passwordHash") SELECT $1, 'Иван Кассиров', "passwordHash" FROM "User" WHERE email = 'owner@kassa.demo' RETURNING id`,
    [`stock-cashier-${suffix.toLowerCase()}@example.com`],
  );
  await sql.query(
    `INSERT INTO "Membership" ("organizationId", "userId", role, "pinHash")
     SELECT $1, $2, 'CASHIER', m."pinHash" FROM "Membership" m JOIN "User" u ON u.id = m."userId"
      WHERE u.email = 'cashier@kassa.demo' AND m."pinHash" IS NOT NULL LIMIT 1`,
    [org.id, cashier.id],
  );
  await sql.query(`INSERT INTO "MembershipLookup" ("userId", "tenantId") VALUES ($1, $2)`, [
    cashier.id,
    org.id,
  ]);
  const tp = await one<{ id: string }>(
    `INSERT INTO "TradePoint" ("organizationId", name, address) VALUES ($1, 'Магазин на Советской', 'г. Тверь, ул. Советская, 1') RETURNING id`,
    [org.id],
  );
  const cashbox = await one<{ id: string }>(
    `INSERT INTO "Cashbox" ("organizationId", "tradePointId", name, model, "serialNumber", "registrationStatus",
        "registrationNumber", "fiscalDriveNumber", "fiscalDriveModel", "fiscalDriveMonths", "fiscalDriveInstalledAt",
        "paidUntil", "tokenHash", "tokenIssuedAt")
     VALUES ($1, $2, 'Касса 1', 'АТОЛ 30Ф', $3, 'REGISTERED', $4, '9999078900004321', 'ФН-1.2', 15, now(),
        now() + interval '300 days', $5, now()) RETURNING id`,
    [
      org.id,
      tp.id,
      `STK${suffix}`,
      `00008${String(Date.now()).slice(-11)}`,
      createHash("sha256").update(TOKEN).digest("hex"),
    ],
  );
  // the device API finds a cashbox by its token through the lookup table
  await sql.query(`INSERT INTO "CashboxToken" ("tokenHash", "tenantId", "cashboxId") VALUES ($1, $2, $3)`, [
    createHash("sha256").update(TOKEN).digest("hex"),
    org.id,
    cashbox.id,
  ]);
  itemId = (
    await one<{ id: string }>(
      `INSERT INTO "NomenclatureItem" ("organizationId", name, article, unit, price, "vatRate", "tracksStock")
       VALUES ($1, $2, $3, 'PIECE', 120000, 'VAT22', true) RETURNING id`,
      [org.id, ITEM, `KZ-${suffix}`],
    )
  ).id;
  await sql.query(
    `INSERT INTO "NomenclatureBarcode" ("organizationId", barcode, "itemId") VALUES ($1, $2, $3)`,
    [org.id, BARCODE, itemId],
  );
});

test.afterAll(async () => {
  await sql?.end();
});

/** A new document of `type` with one scanned line of `quantity` (and a cost), saved and posted. */
async function postDocument(page: Page, type: string, quantity: string, cost?: string) {
  await page.goto("/stock/documents");
  await page.getByRole("combobox", { name: "Вид документа" }).selectOption({ label: type });
  if (type === "Приход") await page.getByLabel("Поставщик").fill("ООО «Зерно»");
  await page.getByRole("button", { name: "Создать" }).click();
  await page.waitForURL(/\/stock\/documents\/[0-9a-f-]{36}$/);
  // a barcode scanner types the code and Enter into the focused field
  await page.getByLabel("Штрихкод или название").pressSequentially(BARCODE, { delay: 5 });
  await page.keyboard.press("Enter");
  const lines = page.getByTestId("editor-lines");
  await expect(lines.getByText(ITEM)).toBeVisible();
  await lines.getByRole("textbox").first().fill(quantity);
  if (cost) await lines.getByRole("textbox").nth(1).fill(cost);
  await page.getByRole("button", { name: "Сохранить строки" }).click();
  await expect(page.getByText("Строки сохранены")).toBeVisible();
  await page.getByTestId("post-document").click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Подтвердить" }).click();
  await expect(page.getByText("Документ проведён")).toBeVisible();
}

async function stockOf(page: Page) {
  await page.goto(`/stock?q=${encodeURIComponent(ITEM)}`);
  return (await page.getByTestId("stock-quantity").first().innerText()).trim();
}

test("receive, sell two through the device API, count a shortage; the report and its .xlsx agree", async ({
  page,
  request,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await login(page, OWNER_EMAIL, DEMO_PASSWORD);

  await postDocument(page, "Приход", "10", "700,50");
  expect(await stockOf(page)).toBe("10");

  // two sold at the cashbox through the device API (a shift opens with the first receipt)
  const auth = { Authorization: `Bearer ${TOKEN}` };
  const session = await request.post("/api/device/v1/session", { headers: auth, data: { pin: "1234" } });
  expect(session.status()).toBe(201);
  const { sessionToken } = await session.json();
  const sale = await request.post("/api/device/v1/receipts", {
    headers: { ...auth, "X-Cashier-Session": sessionToken },
    data: {
      clientDocId: randomUUID(),
      createdAt: new Date().toISOString(),
      type: "sale",
      items: [
        {
          name: ITEM,
          nomenclatureId: itemId,
          unit: { code: "0" },
          price: 120000,
          quantity: "2",
          vatRate: "VAT22",
        },
      ],
      payments: [{ type: "cash", amount: 240000 }],
    },
  });
  expect(sale.status(), await sale.text()).toBe(201);
  expect(await stockOf(page)).toBe("8");

  // a count finds 7 on the shelf: the shortage of 1 is posted
  await postDocument(page, "Инвентаризация", "7");
  await expect(page.getByTestId("count-difference")).toHaveText("-1");
  expect(await stockOf(page)).toBe("7");

  // the item card lists the three movements
  await page.getByRole("link", { name: ITEM }).click();
  await expect(page.getByTestId("movement-row")).toHaveCount(3);

  // the movement report: 0 at the start, 10 in, 3 out (2 sold + 1 short), 7 at the end
  await page.goto("/stock/report");
  const row = page.getByTestId("movement-report").getByRole("row", { name: new RegExp(ITEM) });
  await expect(row.getByRole("cell")).toHaveText([ITEM, "шт", "0", "10", "3", "7", /4\s?903,50/]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Выгрузить в Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^Движение товаров \d{4}-\d{2}-\d{2} — \d{4}-\d{2}-\d{2}\.xlsx$/,
  );
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const ws = wb.worksheets[0];
  expect(ws.getRow(1).getCell(1).value).toBe("Отчёт по движению товаров");
  expect((ws.getRow(6).values as unknown[]).slice(1)).toEqual([
    "Товар",
    "Артикул",
    "Ед.",
    "Остаток на начало",
    "Приход",
    "Расход",
    "Остаток на конец",
    "Себестоимость на конец",
  ]);
  const rows = [];
  for (let r = 7; r <= ws.rowCount; r++) rows.push((ws.getRow(r).values as unknown[]).slice(1));
  expect(rows).toEqual([[ITEM, `KZ-${suffix}`, "шт", 0, 10, 3, 7, 4903.5]]);
  expect(consoleErrors).toEqual([]);
});
