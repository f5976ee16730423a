// Issue 20.4 in the browser: «Касса 2.0» works from any device of the cashbox, not only from its own
// history. A sale is made (and partly returned) on one /pos; a second /pos in a fresh browser
// context (empty IndexedDB) sees it in «История операций», prints its duplicate and returns what
// is left of it — never more; then the first /pos finds nothing left to return. The data comes
// from GET /api/device/v1/receipts (tests/integration/device-receipts.test.ts covers the API).
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { closeDoc, openPos, pairingString, posMenu, seedPosTenant } from "./help-pos";

function collectErrors(p: Page, into: string[]) {
  p.on("console", (m) => {
    if (m.type() === "error" || /hydrat/i.test(m.text())) into.push(m.text());
  });
  p.on("pageerror", (e) => into.push(e.message));
}

async function setQuantity(pos: Page, line: RegExp, quantity: string) {
  await pos.getByTestId("cart").getByRole("button", { name: line }).click();
  await pos.getByTestId("qty-input").fill(quantity);
  await pos.getByTestId("qty-sheet").getByRole("button", { name: "Готово" }).click();
}

async function payCash(pos: Page) {
  await pos.getByRole("button", { name: "Оплата" }).click();
  await pos.getByRole("radio", { name: "Наличные" }).click();
  await pos.getByTestId("pay-sheet").getByRole("button", { name: "Провести" }).click();
}

test("a sale made on one /pos is in the history of a second, fresh /pos and is returned there", async ({
  page,
  context,
  browser,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  const tenant = await seedPosTenant("twodev");
  const pairing = await pairingString(page, tenant);

  // ---- the first tablet: a shift, a sale of 2 coffees and 0.400 kg of cheese, one coffee back
  const first = await openPos(context, pairing);
  collectErrors(first, consoleErrors);
  await posMenu(first, "Открыть смену");
  await closeDoc(first);
  const catalog = first.getByRole("region", { name: "Товары" });
  await catalog.getByRole("button", { name: /Кофе в зёрнах/ }).click();
  await catalog.getByRole("button", { name: /Кофе в зёрнах/ }).click();
  await catalog.getByRole("button", { name: /Сыр «Российский»/ }).click();
  await first.getByTestId("qty-input").fill("0.400");
  await first.getByTestId("qty-sheet").getByRole("button", { name: "Готово" }).click();
  // 2 × 250.00 + 0.400 × 899.90
  await expect(first.getByTestId("cart-total")).toHaveText("859.96");
  await payCash(first);
  await expect(first.getByTestId("doc-sheet").getByTestId("print-view")).toContainText("ИТОГ: 859.96");
  await closeDoc(first);

  await first.getByRole("button", { name: "Возврат продажи" }).click();
  await first
    .getByTestId("return-sheet")
    .getByRole("button", { name: /Чек продажи № \d+/ })
    .first()
    .click();
  await first.getByTestId("cart").getByRole("button", { name: /Сыр/ }).click();
  await first.getByTestId("qty-sheet").getByRole("button", { name: "Удалить позицию" }).click();
  await setQuantity(first, /Кофе в зёрнах/, "1");
  await expect(first.getByTestId("cart-total")).toHaveText("250.00");
  await payCash(first);
  await expect(first.getByTestId("doc-sheet").getByTestId("print-view")).toContainText("ВОЗВРАТ ПРИХОДА");
  await closeDoc(first);

  // ---- the second tablet: a fresh browser context, nothing in its IndexedDB
  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: "ru-RU" });
  try {
    // (openPos starts at «Привязка к кассе»: this browser has no pairing, history or queue)
    const second = await openPos(other, pairing);
    collectErrors(second, consoleErrors);

    // «История операций» lists the first tablet's documents, with what was returned of the sale
    await posMenu(second, "История операций");
    const history = second.getByTestId("history-sheet");
    const saleRow = history.getByRole("listitem").filter({ hasText: /Чек продажи № \d+/ });
    await expect(saleRow).toHaveCount(1);
    await expect(saleRow).toContainText("859.96");
    await expect(saleRow).toContainText("возвращено 250.00");
    await expect(history.getByRole("listitem").filter({ hasText: /Чек возврата продажи № \d+/ })).toHaveCount(
      1,
    );
    await expect(history.getByRole("listitem").filter({ hasText: "Открытие смены" })).toHaveCount(1);
    const saleTitle = (await saleRow.locator("p").first().innerText()).trim();
    const saleNumber = /№ (\d+)/.exec(saleTitle)![1];

    // its printed form and its duplicate come from the server
    await saleRow.getByRole("button", { name: "Показать" }).click();
    await expect(second.getByTestId("doc-sheet").getByTestId("print-view")).toContainText("ИТОГ: 859.96");
    await closeDoc(second);
    await posMenu(second, "История операций");
    await saleRow.getByRole("button", { name: "Дубликат" }).click();
    const duplicate = second.getByTestId("doc-sheet").getByTestId("print-view");
    await expect(duplicate).toContainText("ДУБЛИКАТ");
    await expect(duplicate).toContainText("ИТОГ: 859.96");
    await closeDoc(second);

    // «Возврат» from the history: what is left of each line, never more
    await posMenu(second, "История операций");
    await saleRow.getByRole("button", { name: "Возврат" }).click();
    await expect(second.getByText(`Возврат по чеку № ${saleNumber}`)).toBeVisible();
    await expect(second.getByTestId("cart-total")).toHaveText("609.96");
    await second
      .getByTestId("cart")
      .getByRole("button", { name: /Кофе в зёрнах/ })
      .click();
    await second.getByTestId("qty-input").fill("2");
    await second.getByTestId("qty-sheet").getByRole("button", { name: "Готово" }).click();
    await expect(second.getByTestId("qty-sheet").getByRole("alert")).toContainText(
      "Можно вернуть не больше 1",
    );
    await second.getByTestId("qty-sheet").getByRole("button", { name: "Закрыть" }).click();
    await payCash(second);
    const refund = second.getByTestId("doc-sheet").getByTestId("print-view");
    await expect(refund).toContainText("ВОЗВРАТ ПРИХОДА");
    await expect(refund).toContainText("ИТОГ: 609.96");
    await closeDoc(second);

    // found by its number, the sale has nothing left
    await second.getByRole("button", { name: "Возврат продажи" }).click();
    const find = second.getByTestId("return-sheet");
    await find.getByPlaceholder("Номер чека или содержимое QR-кода").fill(saleNumber);
    await find.getByRole("button", { name: "Найти", exact: true }).click();
    await expect(find.getByRole("alert")).toHaveText("По этому чеку всё уже возвращено");
    await find.getByRole("button", { name: "Закрыть" }).click();
  } finally {
    await other.close();
  }

  // ---- back on the first tablet: its own history says one coffee and the cheese were left, the
  // server says nothing is — the server wins
  await first.getByRole("button", { name: "Возврат продажи" }).click();
  const again = first.getByTestId("return-sheet");
  await again
    .getByRole("button", { name: /Чек продажи № \d+/ })
    .first()
    .click();
  await expect(again.getByRole("alert")).toHaveText("По этому чеку всё уже возвращено");
  await again.getByRole("button", { name: "Закрыть" }).click();
  await posMenu(first, "История операций");
  await expect(
    first
      .getByTestId("history-sheet")
      .getByRole("listitem")
      .filter({ hasText: /Чек возврата продажи/ }),
  ).toHaveCount(2);
  expect(consoleErrors).toEqual([]);
});
