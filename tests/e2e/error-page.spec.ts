// Issue 16.5: with the database unreachable the cabinet shows its own error page in Russian (what
// happened, what to do, a retry), not Next's built-in English «This page couldn't load»; and
// «Повторить» brings the page back once the database is there again. The outage is real: the e2e
// database stops accepting connections and the app's open connections are terminated.
import pg from "pg";
import { e2eDatabaseUrl, expect, login, test } from "./fixtures";

async function withAdmin<T>(fn: (c: pg.Client, db: string) => Promise<T>): Promise<T> {
  const url = new URL(e2eDatabaseUrl());
  const db = decodeURIComponent(url.pathname.slice(1));
  url.pathname = "/postgres";
  const c = new pg.Client({ connectionString: url.toString() });
  await c.connect();
  try {
    return await fn(c, db);
  } finally {
    await c.end();
  }
}

const cutDatabase = () =>
  withAdmin(async (c, db) => {
    await c.query(`ALTER DATABASE "${db}" ALLOW_CONNECTIONS false`);
    await c.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`, [db]);
  });
const restoreDatabase = () => withAdmin((c, db) => c.query(`ALTER DATABASE "${db}" ALLOW_CONNECTIONS true`));

test("the database goes away: the cabinet's error page in Russian, and «Повторить» recovers", async ({
  page,
}) => {
  await login(page, "owner@kassa.demo");
  await expect(page.getByRole("heading", { name: "Кассы" })).toBeVisible();
  await cutDatabase();
  try {
    await page.goto("/cashboxes");
    await expect(page.getByRole("heading", { name: "Не удалось открыть страницу" })).toBeVisible();
    await expect(page.getByText("Сервис временно недоступен")).toBeVisible();
    await expect(page.getByText("Нажмите «Повторить» через минуту.")).toBeVisible();
    await expect(page.getByText(/Код ошибки: \S+/)).toBeVisible();
    await expect(page.getByText("This page couldn't load")).toHaveCount(0);
    await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  } finally {
    await restoreDatabase();
  }
  await page.getByRole("button", { name: "Повторить" }).click();
  await expect(page.getByRole("heading", { name: "Кассы" })).toBeVisible({ timeout: 30_000 });
});

test("an unknown address: the cabinet's not-found page in Russian", async ({ page }) => {
  await login(page, "owner@kassa.demo");
  await page.goto("/cashboxes/00000000-0000-4000-8000-000000000000");
  await expect(page.getByRole("heading", { name: "Страница не найдена" })).toBeVisible();
  await expect(page.getByRole("link", { name: "На главную" })).toBeVisible();
});
