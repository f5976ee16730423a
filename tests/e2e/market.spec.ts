// Issue 9 in Chromium: an owner buys a 12-month code with the test card and applies it to an
// expiring cashbox (its «Истекает оплата» badge disappears); a partner renews a client's unpaid
// cashbox with one of its codes («Не оплачена» → «Подключена»).
import { test, expect, login } from "./fixtures";

test("owner buys a 12-month code by card and applies it to an expiring cashbox", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await login(page, "owner@kassa.demo");

  // «Касса 2 (зал)» of ООО «Ромашка» has 18 days of service left.
  await page.goto("/cashboxes");
  const row = page.locator("tr[data-cashbox-id]", { hasText: "Касса 2 (зал)" });
  await expect(row.locator('[data-badge="EXPIRING"]')).toBeVisible();

  // Catalog → cart → checkout by card.
  await page.goto("/market");
  await page
    .locator('[data-product="OFD-12"]')
    .getByRole("button", { name: /В корзину/ })
    .click();
  await expect(page.locator('[data-product="OFD-12"]').getByText("Добавлено в корзину")).toBeVisible();
  await page.getByRole("link", { name: /Корзина · 1 товар/ }).click();
  await expect(page.getByTestId("cart-total")).toHaveText(/3\s000,00\s₽/);
  await page.getByLabel(/Картой онлайн/).check();
  await page.getByRole("button", { name: /Оформить заказ/ }).click();

  // The test provider's page: the success card.
  await page.waitForURL(/\/test-provider\/pay\?session=/);
  await expect(page.getByTestId("pay-amount")).toHaveText(/3\s000,00\s₽/);
  await page.getByLabel("Номер карты").fill("4242 4242 4242 4242");
  await page.getByLabel("CVC").fill("123");
  await page.getByRole("button", { name: "Оплатить" }).click();

  // Back in the cabinet: paid through the signed callback, one code ready.
  await page.waitForURL(/\/market\/orders\/[0-9a-f-]+\?payment=1/);
  await expect(page.getByTestId("order-status")).toHaveText("Оплачен");
  await expect(page.getByText("Оплата прошла. Спасибо!")).toBeVisible();
  await expect(page.getByText(/Готов 1 код активации/)).toBeVisible();
  const orderNumber = (await page.getByRole("heading", { name: /Заказ № \d+/ }).textContent())!.match(
    /\d+/,
  )![0];
  await page.screenshot({ path: "docs/screenshot-market.png", fullPage: false });

  // «Мои коды» → «Применить к кассе» on the new code, one step: pick the cashbox.
  await page.getByRole("link", { name: "Открыть «Мои коды»" }).click();
  const code = page.locator("li[data-code]", { hasText: `Заказ № ${orderNumber}` });
  await expect(code).toHaveCount(1);
  await code.getByRole("button", { name: "Применить к кассе" }).click();
  const dialog = page.getByRole("dialog", { name: "Применить код к кассе" });
  await dialog.getByLabel(/Касса 2 \(зал\)/).check();
  await dialog.getByRole("button", { name: "Применить" }).click();
  await expect(dialog.getByRole("status")).toContainText("Касса 2 (зал): Оплачено по");
  await dialog.getByRole("button", { name: "Закрыть" }).first().click();
  await expect(code.getByText("Использован")).toBeVisible();

  // The list: no payment badge any more, the cashbox is «Подключена».
  await page.goto("/cashboxes");
  await expect(row.locator('[data-badge="EXPIRING"]')).toHaveCount(0);
  await expect(row.locator('[data-badge="CONNECTED"]')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("a typo in the code is caught in the browser before any request", async ({ page, consoleErrors }) => {
  await login(page, "owner@kassa.demo");
  await page.goto("/cashboxes");
  const row = page.locator("tr[data-cashbox-id]", { hasText: "Касса 3 (склад)" });
  await row.locator('[data-badge="UNPAID"]').click();
  const dialog = page.getByRole("dialog", { name: "Продление обслуживания" });
  const input = dialog.getByLabel("Код активации");
  await input.pressSequentially("abcd-efgh-jkmn-pqru");
  await expect(dialog.getByText("Символ «U» в кодах не встречается")).toBeVisible();
  await input.fill("");
  await input.pressSequentially("0000-0000-0000-0001");
  await expect(dialog.getByText("В коде опечатка: проверьте символы")).toBeVisible();
  await input.fill("0000-0000-0000-0000");
  await expect(dialog.getByText("Код введён верно")).toBeVisible();
  // A well-formed code nobody minted: the server says so, in Russian.
  await dialog.getByRole("button", { name: "Продлить" }).click();
  await expect(dialog.getByText("Такого кода нет. Проверьте, правильно ли он введён")).toBeVisible();
  // With no code: the partner's contacts are not shown (none linked), the «Маркет» is.
  await expect(dialog.getByRole("link", { name: "Купите код в Маркете" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("a partner renews a linked client's unpaid cashbox with one of its codes", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(90_000);
  await login(page, "partner@kassa.demo");
  await expect(page).toHaveURL(/\/partner$/);
  await expect(page.getByTestId("total-AVAILABLE")).toHaveText("14");

  await page.getByRole("link", { name: "Клиенты" }).click();
  await page.getByRole("link", { name: "ИП Сапарова А." }).click();
  const cashbox = page.locator("li[data-cashbox]", { hasText: "ККМ бутика" });
  await expect(cashbox.locator('[data-badge="UNPAID"]')).toHaveText("Не оплачена");

  await cashbox.getByRole("button", { name: "Продлить: ККМ бутика" }).click();
  const dialog = page.getByRole("dialog", { name: "Продлить кассу клиента" });
  await dialog.getByLabel("Код из запаса").selectOption({ index: 1 });
  await expect(dialog.getByText("Код введён верно")).toBeVisible();
  await dialog.getByRole("button", { name: "Продлить" }).click();
  await expect(dialog.getByRole("status")).toContainText("Оплачено по");
  await dialog.getByRole("button", { name: "Закрыть" }).first().click();

  await expect(cashbox.locator('[data-badge="CONNECTED"]')).toHaveText("Подключена");
  await expect(cashbox.locator('[data-badge="UNPAID"]')).toHaveCount(0);
  await page.screenshot({ path: "docs/screenshot-partner.png", fullPage: false });

  await page.getByRole("link", { name: "История" }).click();
  await expect(page.getByRole("row", { name: /Активирован.*ИП Сапарова А\..*ККМ бутика/ })).toBeVisible();
  await page.getByRole("link", { name: "Коды" }).click();
  await expect(page.getByTestId("total-AVAILABLE")).toHaveText("13");
  await expect(page.getByTestId("total-REDEEMED")).toHaveText("1");
  expect(consoleErrors).toEqual([]);
});
