// Issue 20.6 (seed 003 «Если у вас нет кода, обратитесь к партнёрам»): from the renewal dialog the
// owner opens «Каталог партнёров», finds a partner of the country and links it.
import pg from "pg";
import { e2eDatabaseUrl, expect as baseExpect, login, test } from "./fixtures";

const expect = baseExpect.configure({ timeout: 30_000 });
test.beforeEach(() => test.setTimeout(180_000));

test.afterAll(async () => {
  // the demo's ООО «Ромашка» goes back to having no partner
  const sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  await sql.query(
    `DELETE FROM "PartnerLink" WHERE "organizationId" = (SELECT id FROM "Organization" WHERE name = 'ООО «Ромашка»')`,
  );
  await sql.end();
});

test("renewal dialog → «Каталог партнёров» → link a partner", async ({ page, consoleErrors }) => {
  await login(page, "owner@kassa.demo");
  await expect(page).toHaveURL(/\/cashboxes$/);
  const badge = page.locator('[data-badge="UNPAID"], [data-badge="EXPIRING"]').first();
  await badge.hover();
  await badge.click();
  const dialog = page.getByRole("dialog", { name: "Продление обслуживания" });
  await expect(dialog.getByText("Нет кода?")).toBeVisible();
  await dialog.getByRole("link", { name: "Найти партнёра в каталоге" }).click();

  await expect(page).toHaveURL(/\/partners$/);
  await expect(page.getByRole("heading", { name: "Каталог партнёров", level: 1 })).toBeVisible();
  const cards = page.getByTestId("partner-card");
  // the organization's country first: the RU partner, with its contacts
  await expect(cards.filter({ hasText: "ООО «КассаСервис»" })).toContainText("+7 495 120-45-67");
  await expect(cards.filter({ hasText: "ТОО «Партнёр Сервис»" })).toHaveCount(0);

  // search by city in Kazakhstan
  await page.getByLabel("Страна").selectOption("KZ");
  await page.getByLabel("Название или город").fill("алматы");
  await page.getByRole("button", { name: "Найти" }).click();
  await expect(page).toHaveURL(/country=KZ/);
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText("ТОО «Партнёр Сервис»");

  // link the RU partner
  await page.goto("/partners?country=RU");
  const ru = cards.filter({ hasText: "ООО «КассаСервис»" });
  await ru.getByRole("button", { name: "Привязать" }).click();
  const confirm = page.getByRole("alertdialog", { name: "Привязать партнёра «ООО «КассаСервис»»?" });
  await expect(confirm).toContainText("сможет продлевать");
  await confirm.getByRole("button", { name: "Подтвердить" }).click();
  await expect(ru.getByText("Ваш партнёр")).toBeVisible();
  await expect(ru.getByRole("button", { name: "Привязать" })).toHaveCount(0);

  await page.goto("/settings/partner");
  await expect(page.getByTestId("partner-current")).toContainText("ООО «КассаСервис»");
  expect(consoleErrors).toEqual([]);
});
