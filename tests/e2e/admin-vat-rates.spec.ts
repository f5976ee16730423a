// Issue 20.6: the platform admin schedules a VAT rate on «Ставки НДС», sees it with its period, and
// deletes it before it starts; a refused submit keeps every field.
import pg from "pg";
import { randomUUID } from "node:crypto";
import { e2eDatabaseUrl, expect as baseExpect, login, test } from "./fixtures";

const expect = baseExpect.configure({ timeout: 30_000 });
test.beforeEach(() => test.setTimeout(180_000));

const code = `TE${randomUUID().replace(/-/g, "").slice(0, 6).toUpperCase()}`;

test.afterAll(async () => {
  const sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  await sql.query(`DELETE FROM "VatRate" WHERE code = $1`, [code]);
  await sql.end();
});

test("«Ставки НДС»: schedule a rate, see it planned, delete it", async ({ page, consoleErrors }) => {
  await login(page, "admin@kassa.demo");
  await page.goto("/admin/vat-rates");
  await expect(page.getByRole("heading", { name: "Ставки НДС", level: 1 })).toBeVisible();
  const ru = page.getByRole("list", { name: "Россия" });
  await expect(ru.getByTestId("vat-RU-VAT22")).toContainText("Действует");

  const tomorrow = await page.evaluate(() => {
    const d = new Date(Date.now() + 36 * 3600_000);
    return d.toISOString().slice(0, 10);
  });
  const form = page.locator("form", { has: page.locator('input[name="code"]') });
  await form.locator('select[name="country"]').selectOption("KZ");
  await form.locator('input[name="code"]').fill(code);
  await form.locator('input[name="name"]').fill("НДС 5,5%");
  await form.locator('input[name="rate"]').fill("5,555");
  await form.locator('input[name="validFrom"]').fill(tomorrow);
  await form.getByRole("button", { name: "Добавить ставку" }).click();
  await expect(
    form.getByText("Ставка — число от 0 до 100, не больше двух знаков после запятой"),
  ).toBeVisible();
  // nothing the admin chose is lost
  await expect(form.locator('select[name="country"]')).toHaveValue("KZ");
  await expect(form.locator('input[name="code"]')).toHaveValue(code);
  await expect(form.locator('input[name="validFrom"]')).toHaveValue(tomorrow);

  await form.locator('input[name="rate"]').fill("5,5");
  await form.getByRole("button", { name: "Добавить ставку" }).click();
  await expect(form.getByText(`Ставка ${code} добавлена`)).toBeVisible();
  const row = page.getByRole("list", { name: "Казахстан" }).getByTestId(`vat-KZ-${code}`);
  await expect(row).toContainText("Запланирована");
  await expect(row).toContainText("5,5");

  await row.getByRole("button", { name: "Удалить" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Подтвердить" }).click();
  await expect(row).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
