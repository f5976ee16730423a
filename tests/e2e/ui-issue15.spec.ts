// Issue 15, UI items: the cashier's start page and bell (8), renewal feedback and focus (14),
// scrollable tabs with a visible cue on a phone (15), switching organization keeps the section (21).
import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { e2eDatabaseUrl, expect as baseExpect, login, test } from "./fixtures";

// Server actions on a shared 2-core machine can take a while: wait longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });
test.beforeEach(() => test.setTimeout(180_000));

async function switchOrganization(page: Page, name: string) {
  const switcher = page.getByTestId("org-switcher").filter({ visible: true });
  const value = await switcher.locator("option", { hasText: name }).getAttribute("value");
  await switcher.selectOption(value!);
  await expect(page.getByTestId("org-switcher").filter({ visible: true })).toHaveValue(value!);
}

test("21: switching organization stays in the same section", async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, "owner@kassa.demo");
  await page.goto("/nomenclature");
  await switchOrganization(page, "ТОО «Алма Трейд»");
  await expect(page).toHaveURL(/\/nomenclature$/);
  await expect(page.getByRole("heading", { name: "Номенклатура" })).toBeVisible();
  await page.goto("/reports?report=z");
  await switchOrganization(page, "ООО «Ромашка»");
  await expect(page).toHaveURL(/\/reports$/);
  expect(consoleErrors).toEqual([]);
});

test("8: a cashier starts on «Рабочее место» with «Касса 2.0» and sees no notifications of pages closed to them", async ({
  page,
  consoleErrors,
}) => {
  await login(page, "cashier@kassa.demo");
  await expect(page).toHaveURL(/\/workplace$/);
  await expect(page.getByRole("heading", { name: "Рабочее место кассира" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Открыть «Касса 2.0»" })).toHaveAttribute("href", "/pos");
  await expect(
    page.getByRole("navigation", { name: "Меню" }).getByRole("link", { name: "Рабочее место" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Уведомления" }).filter({ visible: true }).click();
  await expect(page.getByText("Новых уведомлений нет")).toBeVisible();
  await page.keyboard.press("Escape");
  await page.getByRole("link", { name: "Открыть «Касса 2.0»" }).click();
  await expect(page).toHaveURL(/\/pos$/);
  expect(consoleErrors).toEqual([]);
});

// In an organization of its own (tests/e2e/seed-renewal.ts): other specs renew the demo's cashboxes.
test("14: «Продлить» on row hover, focus back after Esc, and a success message after renewing", async ({
  page,
  consoleErrors,
}) => {
  const seeded = JSON.parse(
    execFileSync("npx", ["tsx", "tests/e2e/seed-renewal.ts"], {
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
  const row = page.locator("tr[data-cashbox-id]", { hasText: "Касса 2 (зал)" });
  const badge = row.locator('[data-badge="EXPIRING"]');
  await expect(badge.getByText("Продлить")).toBeHidden();
  // hovering the row (its name), not the badge, offers «Продлить»
  await row.getByRole("link", { name: "Касса 2 (зал)" }).hover();
  await expect(badge.getByText("Продлить")).toBeVisible();

  // opened by keyboard, closed with Esc: the focus is back on the badge
  await badge.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Продление обслуживания" });
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(badge).toBeFocused();

  // renewing with one of the organization's codes: the dialog stays and says so
  const unpaid = page.locator("tr[data-cashbox-id]", { hasText: "Касса 3 (склад)" });
  await unpaid.locator('[data-badge="UNPAID"]').click();
  await dialog.getByLabel("Мои коды").selectOption({ index: 1 });
  await expect(dialog.getByText("Код введён верно")).toBeVisible();
  await dialog.getByRole("button", { name: "Продлить" }).click();
  await expect(dialog.getByRole("status")).toContainText("Оплачено по");
  await expect(unpaid.locator('[data-badge="UNPAID"]')).toHaveCount(0);
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  // the badge that opened it is gone (renewed): the focus stays in the row, not on <body>
  expect(await page.evaluate(() => document.activeElement?.closest("tr")?.textContent ?? "")).toContain(
    "Касса 3 (склад)",
  );
  expect(consoleErrors).toEqual([]);
});

test("15: on a phone the cashbox card's and the reports' tabs show there is more and scroll to it", async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, "owner@kassa.demo");
  await page.goto("/cashboxes");
  await page.locator("[data-cashbox-id]", { hasText: "Касса 2 (зал)" }).getByRole("link").first().click();
  await page.waitForURL(/\/cashboxes\/[0-9a-f-]{36}$/);
  const tabs = page.locator("[data-scroll-row]", { has: page.getByRole("tablist") });
  const receipts = page.getByRole("tab", { name: "Чеки" });
  await expect(tabs).toHaveAttribute("data-overflow-end", "");
  await expect(receipts).not.toBeInViewport({ ratio: 0.9 });
  const more = tabs.getByRole("button", { name: "Ещё — прокрутить вперёд" });
  await expect(more).toBeVisible();
  await page.screenshot({ path: "test-results/ui-tabs-cue-phone.png" });
  await more.click();
  // a second step when one was not enough (the arrow goes away at the end of the row)
  if (!(await receipts.evaluate((el) => el.getBoundingClientRect().right <= window.innerWidth)))
    await more.click({ timeout: 5_000 });
  await expect(receipts).toBeInViewport({ ratio: 0.9 });
  await expect(tabs).toHaveAttribute("data-overflow-start", "");

  await page.goto("/reports?report=x");
  const reportTabs = page.locator("[data-scroll-row]", {
    has: page.getByRole("link", { name: "Z-отчёты" }),
  });
  await expect(reportTabs).toHaveAttribute("data-overflow-end", "");
  await expect(reportTabs.getByRole("button", { name: "Ещё — прокрутить вперёд" })).toBeVisible();
  await page.screenshot({ path: "test-results/ui-report-tabs-phone.png" });
  expect(consoleErrors).toEqual([]);
});
