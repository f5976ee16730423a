// «Номенклатура» in Chromium: the template round trip through «Загрузить из Excel» (mapping →
// preview with one bad row → import → error report) and «Выгрузить в Excel»; the item form.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomInt } from "node:crypto";
import ExcelJS from "exceljs";
import { withCheckDigit } from "@/lib/nomenclature/barcode";
import { expect, login, test } from "./fixtures";

async function sheetRows(file: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: string[][] = [];
  wb.worksheets[0].eachRow((row) =>
    rows.push(
      (row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v))),
    ),
  );
  return rows;
}

test("template → upload → preview with one error → import → error report → export", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), "kassa-e2e-nomenclature-"));
  // Unique per run: the spec may run again on the same database.
  const run = `E2E${randomInt(10_000, 99_999)}`;
  const barcode = withCheckDigit(`46${randomInt(100_000_000, 999_999_999)}0`);
  await login(page, "owner@kassa.demo");
  await page.getByRole("navigation", { name: "Меню" }).getByRole("link", { name: "Номенклатура" }).click();
  await expect(page.getByRole("heading", { name: "Номенклатура" })).toBeVisible();
  await expect(page.locator("[data-item-id]").first()).toBeVisible();
  await page.screenshot({ path: "docs/screenshot-nomenclature.png" });

  await page.getByRole("link", { name: "Загрузить из Excel" }).click();
  await expect(page.getByRole("heading", { name: "Загрузка из Excel" })).toBeVisible();
  const templateDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Скачать шаблон" }).click();
  const template = await templateDownload;
  expect(template.suggestedFilename()).toBe("Шаблон номенклатуры.xlsx");

  // Fill the template as a user would: the example row replaced, three good rows and one bad barcode.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await template.path());
  const sheet = wb.worksheets[0];
  expect(sheet.getRow(1).values).toEqual([
    undefined,
    "Наименование",
    "Артикул",
    "Штрихкоды",
    "Тип",
    "Единица",
    "Цена",
    "НДС",
    "Раздел",
  ]);
  const rows = [
    [`${run} Кефир 1% 930 мл`, `${run}-1`, barcode, "Товар", "шт", 79.9, "НДС 10%", "E2E раздел"],
    [`${run} Сыр весовой`, `${run}-2`, "", "Товар", "кг", 849, "НДС 10%", "E2E раздел"],
    [`${run} Доставка`, `${run}-3`, "", "Услуга", "услуга", 199, "Без НДС", "E2E раздел"],
    [`${run} Штрихкод с ошибкой`, `${run}-4`, "4601234567890", "Товар", "шт", 10, "НДС 22%", "E2E раздел"],
  ];
  rows.forEach((values, i) => {
    const row = sheet.getRow(i + 2);
    row.values = values;
    row.commit();
  });
  const filled = path.join(dir, `прайс ${run}.xlsx`);
  await wb.xlsx.writeFile(filled);

  await page.locator('input[type="file"]').setInputFiles(filled);
  await expect(page.locator("form").getByText(`прайс ${run}.xlsx`)).toBeVisible();
  await page.getByRole("button", { name: "Загрузить файл" }).click();
  await page.waitForURL(/\/nomenclature\/import\/[0-9a-f-]{36}$/);
  await expect(page.getByRole("heading", { name: "Сопоставьте столбцы" })).toBeVisible();
  await expect(page.getByLabel("Наименование")).toHaveValue("0");
  await expect(page.getByLabel("Цена")).toHaveValue("5");
  await page.getByRole("button", { name: "Проверить" }).click();

  await expect(page.getByRole("heading", { name: "Проверка перед загрузкой" })).toBeVisible();
  const summary = page.getByTestId("preview-summary");
  await expect(summary).toContainText("Строк в файле4");
  await expect(summary).toContainText("Без ошибок3");
  await expect(summary).toContainText("С ошибками1");
  const badRow = page.locator('tr[data-row="5"]');
  await expect(badRow).toContainText("Штрихкод 4601234567890: неверная контрольная цифра EAN");
  await page.getByLabel("Только строки с ошибками").uncheck();
  await expect(page.locator("tr[data-row]")).toHaveCount(4);

  await page.getByRole("button", { name: "Загрузить 3 строки" }).click();
  await expect(page.getByRole("heading", { name: "Загрузка завершена" })).toBeVisible({ timeout: 30_000 });
  const result = page.getByTestId("import-result");
  await expect(result).toContainText("Создано3");
  await expect(result).toContainText("С ошибками1");
  // The result is the stored job's: a reload shows the same.
  await page.reload();
  await expect(page.getByTestId("import-result")).toContainText("Создано3");

  const reportDownload = page.waitForEvent("download");
  await page.getByRole("link", { name: "Скачать строки с ошибками (.xlsx)" }).click();
  const report = await reportDownload;
  expect(report.suggestedFilename()).toBe(`прайс ${run} — ошибки.xlsx`);
  const reportRows = await sheetRows(await report.path());
  expect(reportRows[0]).toEqual([
    "Строка файла",
    "Наименование",
    "Артикул",
    "Штрихкоды",
    "Тип",
    "Единица",
    "Цена",
    "НДС",
    "Раздел",
    "Ошибка",
  ]);
  expect(reportRows).toHaveLength(2);
  expect(reportRows[1].slice(0, 3)).toEqual(["5", `${run} Штрихкод с ошибкой`, `${run}-4`]);
  expect(reportRows[1][9]).toBe("Штрихкод 4601234567890: неверная контрольная цифра EAN");

  await page.getByRole("link", { name: "К номенклатуре" }).click();
  await page.getByLabel("Поиск по названию, артикулу или штрихкоду").fill(run);
  await page.waitForURL(new RegExp(`q=${run}`));
  await expect(page.locator("[data-item-id]")).toHaveCount(3);
  await expect(page.locator("[data-item-id]").filter({ hasText: `${run} Сыр весовой` })).toContainText(
    "дробное кол-во",
  );

  await page.getByRole("button", { name: "Выгрузить в Excel" }).click();
  const exportDownload = page.waitForEvent("download");
  await page.getByRole("menuitem", { name: "По текущему фильтру" }).click();
  const exported = await exportDownload;
  expect(exported.suggestedFilename()).toMatch(/^Номенклатура \d{4}-\d{2}-\d{2}\.xlsx$/);
  const exportRows = await sheetRows(await exported.path());
  expect(exportRows[0]).toEqual([
    "Наименование",
    "Артикул",
    "Штрихкоды",
    "Тип",
    "Единица",
    "Цена",
    "НДС",
    "Раздел",
  ]);
  expect(
    exportRows
      .slice(1)
      .map((r) => r[1])
      .sort(),
  ).toEqual([`${run}-1`, `${run}-2`, `${run}-3`]);
  expect(exportRows.find((r) => r[1] === `${run}-1`)).toEqual([
    `${run} Кефир 1% 930 мл`,
    `${run}-1`,
    barcode,
    "Товар",
    "шт",
    "79.9",
    "НДС 10%",
    "E2E раздел",
  ]);

  expect(consoleErrors).toEqual([]);
});

test("the item form shows field errors, saves, and archiving asks first", async ({ page, consoleErrors }) => {
  const barcode = withCheckDigit(`46${randomInt(100_000_000, 999_999_999)}1`);
  await login(page, "manager@kassa.demo");
  await page.goto("/nomenclature");
  await page.getByRole("button", { name: "Добавить" }).click();
  const dialog = page.getByRole("dialog", { name: "Новая позиция" });
  await dialog.getByLabel("Наименование").fill("E2E Лимонад «Тархун» 0,5 л");
  await dialog.getByLabel("Штрихкоды").fill("4601234567890");
  await dialog.getByLabel("Цена").fill("-5");
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog.getByText("Неверная контрольная цифра штрихкода EAN")).toBeVisible();
  await expect(dialog.getByText("Цена не может быть отрицательной")).toBeVisible();
  await expect(dialog.getByLabel("Наименование")).toHaveValue("E2E Лимонад «Тархун» 0,5 л");

  await dialog.getByLabel("Штрихкоды").fill(barcode);
  await dialog.getByLabel("Цена").fill("89,90");
  await dialog.getByLabel("НДС").selectOption({ label: "НДС 22%" });
  await dialog.getByRole("button", { name: "Сохранить" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "Позиция добавлена" })).toBeVisible();

  await page.getByLabel("Поиск по названию, артикулу или штрихкоду").fill(barcode);
  await page.waitForURL(new RegExp(`q=${barcode}`));
  const row = page.locator("[data-item-id]").filter({ hasText: "Тархун" });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("89,90 ₽");
  await row.getByRole("button", { name: "В архив" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Подтвердить" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Отправлено в архив: 1" })).toBeVisible();
  await expect(page.locator("[data-item-id]")).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
