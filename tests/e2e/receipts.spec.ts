// «Чеки», the public check page and «Отчёты» in Chromium, in an organization of their own (seeded
// through acceptDocument by tests/e2e/seed-receipts.ts): find a receipt, open it, print a
// duplicate (the print view shows «ДУБЛИКАТ» and nothing of the cabinet), open its check link
// signed out and see the receipt, see a tampered link refused, and download a report as .xlsx.
import { execFileSync } from "node:child_process";
import ExcelJS from "exceljs";
import { e2eDatabaseUrl, expect, login, test } from "./fixtures";

// rows above the table in every report .xlsx (lib/reports/export-xlsx.ts XLSX_HEADER_ROWS)
const XLSX_HEADER_ROWS = 6;

let seeded: { email: string; password: string; numbers: number[] };

test.beforeAll(() => {
  const out = execFileSync("npx", ["tsx", "tests/e2e/seed-receipts.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: e2eDatabaseUrl(),
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
    },
    encoding: "utf8",
  });
  seeded = JSON.parse(out.trim().split("\n").pop()!);
});

test("find a receipt, print a duplicate, check it on the public page, export a report", async ({
  page,
  browser,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, seeded.email, seeded.password);
  await page.getByRole("navigation", { name: "Меню" }).getByRole("link", { name: "Чеки" }).click();
  await expect(page).toHaveURL(/\/receipts$/);
  await expect(page.getByTestId("receipt-row")).toHaveCount(3);

  // search by item name, then open the receipt from the result
  await page.getByLabel("Товар").fill("эклер");
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page).toHaveURL(/item=/);
  await expect(page.getByTestId("receipt-row")).toHaveCount(1);
  await page.getByRole("link", { name: `№ ${seeded.numbers[1]}` }).click();
  await expect(page.getByRole("heading", { name: `Чек № ${seeded.numbers[1]}` })).toBeVisible();
  const slip = page.getByTestId("receipt-slip").first();
  await expect(slip).toContainText("КАССОВЫЙ ЧЕК");
  await expect(slip).toContainText("ИТОГ: 370.00");
  await expect(slip.getByRole("img", { name: "QR-код чека" })).toBeVisible();

  // «Дубликат»: a print view of the copy, marked, with nothing of the cabinet on paper
  await page.getByRole("button", { name: "Дубликат" }).click();
  const dialog = page.getByRole("dialog", { name: "Дубликат чека" });
  await expect(dialog.getByTestId("receipt-slip")).toContainText("ДУБЛИКАТ");
  await page.emulateMedia({ media: "print" });
  await expect(dialog.getByText("ДУБЛИКАТ", { exact: true })).toBeVisible();
  await expect(dialog.getByTestId("receipt-slip")).toContainText("ИТОГ: 370.00");
  await expect(page.getByRole("link", { name: "Кассы" }).first()).toBeHidden();
  await expect(dialog.getByRole("button", { name: "Печать" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  await dialog.getByRole("button", { name: "Закрыть" }).first().click();
  await expect(dialog).toBeHidden();

  // the check link, opened signed out
  const link = await page.getByTestId("check-link").getAttribute("href");
  expect(link).toMatch(/\/check\?t=\d{8}T\d{4}&s=370\.00&fn=\d+&i=\d+&fp=\d{10}&n=1$/);
  const visitor = await browser.newContext();
  const pub = await visitor.newPage();
  const pubErrors: string[] = [];
  pub.on("console", (m) => (m.type() === "error" ? pubErrors.push(m.text()) : null));
  await pub.goto(link!);
  await expect(pub.getByRole("status")).toContainText("Чек найден");
  await expect(pub.getByTestId("receipt-slip")).toContainText("Эклер фисташковый");
  const tampered = new URL(link!);
  tampered.searchParams.set("s", "371.00");
  await pub.goto(tampered.toString());
  await expect(pub.getByRole("alert").filter({ hasText: "Чек не найден" })).toBeVisible();
  await expect(pub.getByTestId("receipt-slip")).toHaveCount(0);
  // the form takes a pasted link too
  await pub.goto("/check");
  await pub.getByLabel("Ссылка или содержимое QR-кода").fill(link!);
  await pub.getByRole("button", { name: "Проверить" }).click();
  await expect(pub.getByRole("status")).toContainText("Чек найден");
  expect(pubErrors).toEqual([]);
  await visitor.close();

  // «Отчёты»: sales by goods around today (the receipts are minutes old), as .xlsx
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/reports?report=goods&from=${day(-1)}&to=${day(1)}`);
  await expect(page.getByTestId("report-table")).toContainText("Эклер фисташковый");
  await expect(page.getByTestId("report-totals")).toContainText("Итого");
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Скачать Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Продажи по товарам ${day(-1)} — ${day(1)}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const sheet = wb.worksheets[0];
  // the header block: report, organization with its ИНН, period, scope, generated at (issue 15.19)
  expect(String(sheet.getCell(2, 1).value)).toMatch(/^Организация: .*ИНН: \d{10}$/);
  const names = sheet
    .getColumn(1)
    .values.slice(XLSX_HEADER_ROWS + 1)
    .filter(Boolean);
  expect(names).toEqual(["Товар", "Кофе капучино", "Эклер фисташковый", "Чай облепиховый", "Итого"]);

  expect(consoleErrors).toEqual([]);
});

test("«Выгрузить в Excel»: the search's receipts as .xlsx; refused without a period", async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, seeded.email, seeded.password);
  await page.goto("/receipts");
  // no period: the button says why it cannot export, and the route refuses with a stable code
  await expect(page.getByRole("button", { name: "Выгрузить в Excel" })).toBeDisabled();
  await expect(page.getByText("Для выгрузки укажите период")).toBeVisible();
  for (const [query, message] of [
    ["", "receipts.export.errors.period"],
    ["from=2026-01-01&to=2026-03-01", "receipts.export.errors.tooLong"],
  ]) {
    const refused = await page.request.get(`/api/cabinet/receipts/export?${query}`);
    expect(refused.status()).toBe(400);
    expect(await refused.json()).toMatchObject({ error: { code: "VALIDATION_FAILED", message } });
  }

  // the cash receipts around today (minutes old), with the page's filters
  const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
  await page.goto(`/receipts?from=${day(-1)}&to=${day(1)}&pay=cash`);
  await expect(page.getByTestId("receipt-row")).toHaveCount(2);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Выгрузить в Excel" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`Чеки ${day(-1)} — ${day(1)}.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile((await download.path())!);
  const sheet = wb.worksheets[0];
  expect(sheet.name).toBe("Чеки");
  expect(String(sheet.getCell(2, 1).value)).toMatch(/^Организация: .*ИНН: \d{10}$/);
  expect(sheet.getCell(4, 1).value).toBe("Оплата: Наличные");
  // rows above the column titles (lib/receipts/export-xlsx.ts RECEIPTS_XLSX_HEADER_ROWS)
  const titles = 7;
  expect(sheet.getCell(titles, 1).value).toBe("Дата и время");
  const rows = [titles + 1, titles + 2].map((r) => [2, 5, 7, 8, 9].map((c) => sheet.getCell(r, c).value));
  expect(rows).toEqual([
    ["Касса E2E чеки", "Продажа (приход)", 440, 440, 0],
    ["Касса E2E чеки", "Продажа (приход)", 300, 300, 0],
  ]);
  expect(sheet.getCell(titles + 1, 1).value).toBeInstanceOf(Date);
  expect(sheet.getCell(titles + 3, 1).value).toBeNull();
  expect(consoleErrors).toEqual([]);
});

test("«Чеки» on a phone: the results are cards, the filters stack", async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, seeded.email, seeded.password);
  await page.goto("/receipts");
  const rows = page.getByTestId("receipt-row");
  await expect(rows).toHaveCount(3);
  const box = await rows.first().boundingBox();
  expect(box!.width).toBeLessThanOrEqual(390);
  await rows.first().getByRole("link").click();
  await expect(page.getByTestId("receipt-slip")).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
