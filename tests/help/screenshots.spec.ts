// `npm run help:screenshots`: the help centre's screenshots (public/help/*.png) made from the real
// screens of a production build with the demo data (the e2e server), so they never drift from
// the product. lib/help/help.test.ts checks that every screenshot an article shows exists.
import type { Page } from "@playwright/test";
import { expect, login, test } from "../e2e/fixtures";
import { closeDoc, openPos, pairingString, posMenu, seedPosTenant } from "../e2e/help-pos";

const shot = async (page: Page, name: string) => {
  await page.screenshot({ path: `public/help/${name}.png` });
};

test("cabinet screens", async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, "owner@kassa.demo");
  await page.goto("/cashboxes");
  await expect(page.locator("tr[data-cashbox-id]").first()).toBeVisible();
  await shot(page, "cashboxes");

  await page
    .locator("tr[data-cashbox-id]", { hasText: "Касса 3 (склад)" })
    .locator('[data-badge="UNPAID"]')
    .click();
  await expect(page.getByRole("dialog", { name: "Продление обслуживания" })).toBeVisible();
  await shot(page, "renewal");
  await page.keyboard.press("Escape");

  await page
    .getByRole("row")
    .filter({ hasText: "Касса 4 (новая)" })
    .getByRole("link", { name: /Продолжить/ })
    .click();
  await expect(page).toHaveURL(/\/registration$/);
  await expect(page.getByTestId("registration-help")).toBeVisible();
  await shot(page, "registration");

  await page.goto("/cashboxes");
  await page.locator("tr[data-cashbox-id]", { hasText: "Касса 1 (зал)" }).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/cashboxes\/[0-9a-f-]{36}$/);
  await shot(page, "cashbox-card");

  for (const [url, name] of [
    ["/nomenclature", "nomenclature"],
    ["/nomenclature/import", "import"],
    ["/receipts", "receipts"],
    ["/reports", "reports"],
    ["/analytics", "analytics"],
    ["/settings/users", "users"],
    ["/market", "market"],
  ] as const) {
    await page.goto(url);
    await page.waitForLoadState("networkidle");
    await shot(page, name);
  }

  await page.context().clearCookies();
  await login(page, "partner@kassa.demo");
  await page.goto("/partner");
  await page.waitForLoadState("networkidle");
  await shot(page, "partner");
});

test("«Касса 2.0» screens", async ({ page, context }) => {
  test.setTimeout(180_000);
  const tenant = await seedPosTenant("shots");
  const pos = await openPos(context, await pairingString(page, tenant), {
    onPair: (p) => shot(p, "pos-pair"),
    onPin: (p) => shot(p, "pos-pin"),
  });
  await posMenu(pos, "Открыть смену");
  await closeDoc(pos);
  await pos.getByRole("button", { name: /Кофе в зёрнах/ }).click();
  await pos.getByPlaceholder("Поиск: название, артикул или штрихкод").fill("сыр");
  await pos.getByRole("button", { name: /Сыр «Российский»/ }).click();
  await pos.getByTestId("qty-input").fill("0.735");
  await pos.getByTestId("qty-sheet").getByRole("button", { name: "Готово" }).click();
  await pos.getByPlaceholder("Поиск: название, артикул или штрихкод").fill("");
  await shot(pos, "pos-sale");
  await pos.getByRole("button", { name: "Оплата" }).click();
  await pos.getByRole("radio", { name: "Смешанная" }).click();
  await pos.getByTestId("pay-card").fill("500");
  await pos.getByTestId("pay-cash").fill("500");
  await shot(pos, "pos-payment");
  await pos.getByTestId("pay-sheet").getByRole("button", { name: "Провести" }).click();
  await expect(pos.getByTestId("doc-sheet").getByTestId("print-view")).toContainText("КАССОВЫЙ ЧЕК");
  await shot(pos, "pos-receipt");
  await closeDoc(pos);

  await pos.getByRole("button", { name: /Меню/ }).click();
  await expect(pos.getByTestId("menu-sheet")).toBeVisible();
  await shot(pos, "pos-menu");
  await pos.getByTestId("menu-sheet").getByRole("button", { name: "Изъятие наличных", exact: true }).click();
  await pos.getByTestId("cash-amount").fill("5000");
  await shot(pos, "pos-cash");
  await pos.getByRole("button", { name: "Изъять", exact: true }).click();
  await expect(pos.getByTestId("error-screen")).toBeVisible();
  await shot(pos, "pos-error");
  await pos.getByTestId("error-screen").getByRole("button", { name: "Понятно" }).click();
  await pos.getByTestId("cash-sheet").getByRole("button", { name: "Закрыть" }).click();

  for (const [item, name] of [
    ["Информация", "pos-info"],
    ["История операций", "pos-history"],
    ["Настройки", "pos-settings"],
  ] as const) {
    await posMenu(pos, item);
    await expect(pos.getByRole("dialog", { name: item })).toBeVisible();
    await shot(pos, name);
    await pos.keyboard.press("Escape");
    await expect(pos.getByRole("dialog")).toHaveCount(0);
  }
});
