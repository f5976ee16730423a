// Issue 20.1: a KZ cashbox on a third-party ОФД has two periods — this service's tariff (codes)
// and the ОФД's own date (entered by the owner). The list shows the earlier problem as its badge
// and both dates; the renewal dialog opens on the badge's period; the card shows both periods.
import { execFileSync } from "node:child_process";
import { e2eDatabaseUrl, expect as baseExpect, login, test } from "./fixtures";

const expect = baseExpect.configure({ timeout: 30_000 });
test.beforeEach(() => test.setTimeout(180_000));

test("two badges, the ОФД date dialog and the tariff code dialog", async ({ page, consoleErrors }) => {
  const seeded = JSON.parse(
    execFileSync("npx", ["tsx", "tests/e2e/seed-ofd-periods.ts"], {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .pop()!,
  ) as { email: string; password: string };
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, seeded.email, seeded.password);
  await page.goto("/cashboxes");

  // the two badges: the ОФД's period ends first on one, the tariff's on the other
  const ofdSoon = page.locator("tr[data-cashbox-id]", { hasText: "ККМ ОФД скоро" });
  const tariffOut = page.locator("tr[data-cashbox-id]", { hasText: "ККМ тариф истёк" });
  await expect(ofdSoon.locator('[data-badge="OFD_EXPIRING"]')).toContainText("Истекает оплата ОФД");
  await expect(tariffOut.locator('[data-badge="UNPAID"]')).toContainText("Не оплачена");
  await expect(ofdSoon.locator("[data-ofd-paid-until]")).toContainText("ОФД:");
  await page.screenshot({ path: "test-results/ofd-periods-list.png" });

  // the filter of the ОФД badge finds only that cashbox
  await page.goto("/cashboxes?status=OFD_EXPIRING");
  await expect(page.locator("tr[data-cashbox-id]")).toHaveCount(1);
  await expect(page.locator("tr[data-cashbox-id]")).toContainText("ККМ ОФД скоро");
  await page.goto("/cashboxes");

  // the ОФД badge opens the dialog on its ОФД part: the owner enters the new date
  await ofdSoon.locator('[data-badge="OFD_EXPIRING"]').click();
  const dialog = page.getByRole("dialog", { name: "Оплата кассы" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Оплата ОФД" })).toHaveAttribute("aria-pressed", "true");
  await dialog.getByLabel("Оплачено в ОФД до").fill("2030-01-31");
  await dialog.getByRole("button", { name: "Сохранить дату" }).click();
  await expect(dialog.getByText("Дата оплаты ОФД сохранена")).toBeVisible();
  await page.screenshot({ path: "test-results/ofd-periods-ofd-dialog.png" });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(ofdSoon.locator('[data-badge="CONNECTED"]')).toBeVisible();
  await expect(ofdSoon.locator("[data-ofd-paid-until]")).toContainText("31.01.2030");

  // the tariff badge opens the dialog on the tariff part: a code, as for any cashbox
  await tariffOut.locator('[data-badge="UNPAID"]').click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Тариф сервиса" })).toHaveAttribute("aria-pressed", "true");
  await dialog.getByLabel("Мои коды").selectOption({ index: 1 });
  await expect(dialog.getByText("Код введён верно")).toBeVisible();
  await dialog.getByRole("button", { name: "Продлить" }).click();
  await expect(dialog.getByRole("status")).toContainText("Оплачено по");
  await page.screenshot({ path: "test-results/ofd-periods-tariff-dialog.png" });
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(tariffOut.locator('[data-badge="UNPAID"]')).toHaveCount(0);
  await expect(tariffOut.locator('[data-badge="CONNECTED"]')).toBeVisible();

  // the card shows both periods, each with its own way to pay
  await tariffOut.getByRole("link", { name: "ККМ тариф истёк" }).click();
  await page.waitForURL(/\/cashboxes\/[0-9a-f-]{36}$/);
  const periods = page.getByTestId("payment-periods");
  await expect(periods).toContainText("Тариф оплачен до");
  await expect(periods).toContainText("ОФД оплачен до");
  await expect(periods.getByRole("button", { name: "Продлить тариф" })).toBeVisible();
  await periods.getByRole("button", { name: "Указать дату ОФД" }).click();
  await expect(dialog.getByRole("button", { name: "Оплата ОФД" })).toHaveAttribute("aria-pressed", "true");
  await expect(dialog.getByTestId("ofd-paid-form")).toBeVisible();
  await page.screenshot({ path: "test-results/ofd-periods-card.png" });
  await page.keyboard.press("Escape");
  expect(consoleErrors).toEqual([]);
});
