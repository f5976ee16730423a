import type { Page } from "@playwright/test";
import { expect, login, test } from "./fixtures";

async function switchOrganization(page: Page, name: string) {
  const switcher = page.getByTestId("org-switcher").filter({ visible: true });
  const value = await switcher.locator("option", { hasText: name }).getAttribute("value");
  await switcher.selectOption(value!);
  await expect(page.getByTestId("org-switcher").filter({ visible: true })).toHaveValue(value!);
}

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("owner switches to the KZ organization, is told about a bad БИН, changes settings and finds them in «Журнал»", async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, "owner@kassa.demo");
  await switchOrganization(page, "ТОО «Алма Трейд»");

  await page.getByRole("link", { name: "Настройки" }).filter({ visible: true }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByTestId("org-country")).toHaveText("Казахстан");
  const taxId = page.getByLabel("БИН / ИИН");
  await expect(taxId).toHaveValue("000740001307");

  // A БИН with a wrong check digit and one of the wrong length: field-level Russian messages.
  await taxId.fill("000740001308");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("Неверный БИН/ИИН: не сходится контрольный разряд")).toBeVisible();
  await expect(taxId).toHaveAttribute("aria-invalid", "true");
  await expect(taxId).toBeFocused();
  await taxId.fill("12345");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByText("БИН/ИИН состоит из 12 цифр")).toBeVisible();

  await taxId.fill("000740001307");
  await page.getByLabel("Телефон").fill("+7 727 355-00-11");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Сохранено" })).toBeVisible();
  await expect(taxId).not.toHaveAttribute("aria-invalid", "true");
  await page.reload();
  await expect(page.getByLabel("Телефон")).toHaveValue("+7 727 355-00-11");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "docs/screenshot-settings.png" });

  // Rename a trade point.
  await page.getByRole("link", { name: "Торговые точки" }).click();
  await page.getByRole("link", { name: "Магазин «Достык»" }).click();
  await expect(page.getByRole("heading", { name: "Магазин «Достык»" })).toBeVisible();
  await page.getByLabel("Название", { exact: true }).fill("Магазин «Достык» на Абая");
  await page.getByRole("button", { name: "Сохранить" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Сохранено" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Магазин «Достык» на Абая" })).toBeVisible();

  // Both changes are in the journal, newest first, with who and what changed.
  await page.getByRole("link", { name: "Журнал" }).filter({ visible: true }).click();
  const entries = page.getByTestId("journal-entry");
  await expect(entries.first()).toContainText("Изменена торговая точка");
  await expect(entries.first()).toContainText("Магазин «Достык» на Абая");
  await expect(entries.first()).toContainText("Ирина Соколова");
  const orgEntry = entries.filter({ hasText: "Изменены реквизиты организации" });
  await expect(orgEntry).toHaveCount(1);
  await expect(orgEntry).toContainText("+7 727 355-00-11");
  await page.screenshot({ path: "docs/screenshot-journal.png" });

  // Filters live in the URL.
  await page.getByLabel("Объект").selectOption({ label: "Организация" });
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/type=organization/);
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText("Изменены реквизиты организации");

  // The RU organization's journal does not show the KZ changes.
  await switchOrganization(page, "ООО «Ромашка»");
  await page.goto("/journal");
  await expect(page.getByText("+7 727 355-00-11")).toHaveCount(0);

  expect(consoleErrors).toEqual([]);
});

test("settings, users and the journal fit a 390 px phone", async ({ page, consoleErrors }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, "owner@kassa.demo");
  for (const path of [
    "/settings",
    "/settings/trade-points",
    "/settings/users",
    "/settings/users/invite",
    "/journal",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await noHorizontalScroll(page);
  }
  await page.goto("/settings");
  await page.screenshot({ path: "test-results/settings-390.png", fullPage: true });
  expect(consoleErrors).toEqual([]);
});

test("an invited person sets a password from the mail and signs in to the organization", async ({
  page,
  consoleErrors,
}) => {
  const email = `invitee-${Date.now()}@example.com`;
  await login(page, "manager@kassa.demo");
  await page.goto("/settings/users/invite");
  // An admin cannot appoint owners: the option is not offered.
  await expect(page.getByRole("radio", { name: /Владелец/ })).toHaveCount(0);
  await page.getByLabel("Электронная почта").fill("cashier@kassa.demo");
  await page.getByRole("radio", { name: /Бухгалтер/ }).check();
  await page.getByRole("button", { name: "Отправить приглашение" }).click();
  await expect(page.getByText("Этот пользователь уже состоит в организации")).toBeVisible();

  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Имя").fill("Мария Приглашённая");
  await page.getByRole("radio", { name: /Бухгалтер/ }).check();
  await page.getByRole("button", { name: "Отправить приглашение" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `Приглашение отправлено на ${email}` }),
  ).toBeVisible();
  await page.goto("/settings/users");
  await expect(page.getByTestId("member-list")).toContainText("Мария Приглашённая");
  await expect(page.getByTestId("member-list")).toContainText("Приглашение не принято");

  await page.goto(`/dev/outbox?to=${encodeURIComponent(email)}`);
  const text = await page.getByTestId("mail-text").first().innerText();
  expect(text).toContain("ООО «Ромашка»");
  const link = /http:\/\/\S+\/reset-password\/\S+/.exec(text)![0];
  await page.context().clearCookies();
  await page.goto(new URL(link).pathname);
  await page.getByLabel("Новый пароль").fill("invitee-pass-2026");
  await page.getByLabel("Повторите пароль").fill("invitee-pass-2026");
  await page.getByRole("button", { name: "Сохранить пароль" }).click();
  await expect(page.getByText("Пароль сохранён")).toBeVisible();
  await login(page, email, "invitee-pass-2026");
  await expect(page.getByText("ООО «Ромашка»").first()).toBeVisible();
  // An accountant sees the settings read-only and no users section.
  await page.goto("/settings");
  await expect(page.getByText("Только просмотр")).toBeVisible();
  await expect(page.getByLabel("Телефон")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Сохранить" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Пользователи" })).toHaveCount(0);
  expect(consoleErrors).toEqual([]);
});
