// Issue 20.2: a notification arrives in the bell and its link opens the place where it is fixed;
// the member's preference in «Настройки» → «Уведомления» takes it out of the bell. In an
// organization of its own (tests/e2e/seed-notifications.ts): a cashbox silent for 30 hours.
import { execFileSync } from "node:child_process";
import { e2eDatabaseUrl, expect, login, test } from "./fixtures";

test("an offline cashbox's notice arrives in the bell, links to the cashbox card, and can be switched off", async ({
  page,
  consoleErrors,
}) => {
  const seeded = JSON.parse(
    execFileSync("npx", ["tsx", "tests/e2e/seed-notifications.ts"], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .pop()!,
  ) as { email: string; password: string; cashboxId: string };
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, seeded.email, seeded.password);

  const bell = page.getByRole("button", { name: "Уведомления" }).filter({ visible: true });
  await expect(bell).toContainText("1");
  await bell.click();
  const notice = page.getByRole("link", {
    name: "Касса «Касса на складе» не выходит на связь больше 24 часов",
  });
  await expect(notice).toBeVisible();
  await notice.click();
  await expect(page).toHaveURL(new RegExp(`/cashboxes/${seeded.cashboxId}$`));
  await expect(page.getByRole("heading", { name: "Касса на складе" })).toBeVisible();

  // switched off in the bell: the notice is gone from it (and stays unread for the others)
  await page.goto("/settings/notifications");
  await expect(page.getByRole("heading", { name: "Уведомления" })).toBeVisible();
  const box = page.getByRole("checkbox", { name: "Касса не на связи 24 часа: в колокольчике" });
  await expect(box).toBeChecked();
  await box.uncheck();
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Сохранено")).toBeVisible();
  await expect(box).not.toBeChecked();
  await page.reload();
  await expect(
    page.getByRole("checkbox", { name: "Касса не на связи 24 часа: в колокольчике" }),
  ).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Касса не на связи 24 часа: на почту" })).toBeChecked();
  await page.getByRole("button", { name: "Уведомления" }).filter({ visible: true }).click();
  await expect(page.getByText("Новых уведомлений нет")).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
