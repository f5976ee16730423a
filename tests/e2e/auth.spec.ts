import { randomUUID } from "node:crypto";
import pg from "pg";
import { e2eDatabaseUrl, expect, login, test } from "./fixtures";

/** A user of its own (a copy of the demo owner's password hash), so the reset changes no shared login. */
async function makeUser(): Promise<string> {
  const email = `reset-${randomUUID().slice(0, 8)}@kassa.demo`;
  const sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  try {
    const user = await sql.query(
      `INSERT INTO "User" (email, name, "passwordHash") SELECT $1, 'Тест Сброс', "passwordHash" FROM "User" WHERE email = 'owner@kassa.demo' RETURNING id`,
      [email],
    );
    await sql.query(
      `INSERT INTO "Membership" ("organizationId", "userId", role)
       SELECT id, $1, 'ADMIN' FROM "Organization" WHERE name = 'ООО «Ромашка»'`,
      [user.rows[0].id],
    );
    await sql.query(
      `INSERT INTO "MembershipLookup" ("userId", "tenantId")
       SELECT $1, id FROM "Organization" WHERE name = 'ООО «Ромашка»'`,
      [user.rows[0].id],
    );
  } finally {
    await sql.end();
  }
  return email;
}

test("sign-in page, a wrong password, then the owner lands on the cashboxes", async ({
  page,
  consoleErrors,
}) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Вход в кабинет" })).toBeVisible();
  await page.screenshot({ path: "docs/screenshot-login.png" });
  await page.getByLabel("Электронная почта").fill("owner@kassa.demo");
  await page.getByLabel("Пароль").fill("wrong-password");
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Неверная" })).toHaveText(
    "Неверная почта или пароль",
  );
  await login(page, "owner@kassa.demo");
  await expect(page).toHaveURL(/\/cashboxes/);
  expect(consoleErrors).toEqual([]);
});

test("password reset through the outbox link", async ({ page }) => {
  const email = await makeUser();
  await page.goto("/forgot-password");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByRole("button", { name: "Отправить ссылку" }).click();
  await expect(page.getByRole("status")).toContainText("письмо со ссылкой");
  await page.goto(`/dev/outbox?to=${email}`);
  const text = await page.getByTestId("mail-text").first().innerText();
  const link = /http:\/\/\S+\/reset-password\/\S+/.exec(text)![0];
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Новый пароль").fill("short");
  await page.getByLabel("Повторите пароль").fill("short");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByText("Пароль должен быть не короче 8 символов")).toBeVisible();
  await page.getByLabel("Новый пароль").fill("new-password-2026");
  await page.getByLabel("Повторите пароль").fill("new-password-2026");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByText("Пароль сохранён")).toBeVisible();
  await login(page, email, "new-password-2026");
  await expect(page).toHaveURL(/\/cashboxes/);
});
