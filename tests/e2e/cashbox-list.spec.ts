import { execFileSync } from "node:child_process";
import type { Locator, Page } from "@playwright/test";
import { e2eDatabaseUrl, expect, login, test } from "./fixtures";

const table = (page: Page) => page.getByRole("table", { name: "Кассы организации" });
const row = (page: Page, name: string) =>
  table(page)
    .getByRole("row")
    .filter({ has: page.getByRole("link", { name, exact: true }) });
const rowNames = (page: Page) => table(page).locator("tbody tr td:nth-child(2) a").allInnerTexts();

/** Reads the badge as a sighted user sees it: only the visible one of its two texts. */
async function visibleText(badge: Locator) {
  return (await badge.locator("span span").filter({ visible: true }).allInnerTexts()).join("");
}

test("the seven statuses, «Продлить» on hover and keyboard focus, the renewal dialog and the state tooltip", async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, "owner@kassa.demo");
  await expect(page).toHaveURL(/\/cashboxes$/);
  await expect(page.getByRole("heading", { name: "Кассы" })).toBeVisible();

  // ООО «Ромашка» has a cashbox in every status of docs/product.md §4
  for (const text of [
    "Подключена",
    "Продолжить",
    "Регистрация в ФНС",
    "Отказ",
    "Снята с учета",
    "Истекает оплата",
    "Не оплачена",
  ]) {
    await expect(table(page).getByText(text, { exact: true }).first(), text).toBeVisible();
  }
  await page.screenshot({ path: "docs/screenshot-cashboxes.png" });

  // «Продолжить» leads to the registration wizard
  const draft = row(page, "Касса 4 (новая)").getByRole("link", { name: /Продолжить регистрацию/ });
  await expect(draft).toHaveAttribute("href", /\/cashboxes\/[0-9a-f-]{36}\/registration$/);

  // «Истекает оплата» reads «Продлить» on hover…
  const expiring = row(page, "Касса 2 (зал)").locator('[data-badge="EXPIRING"]');
  expect(await visibleText(expiring)).toBe("Истекает оплата");
  await expiring.hover();
  await expect.poll(() => visibleText(expiring)).toBe("Продлить");
  await page.mouse.move(5, 5);
  await expect.poll(() => visibleText(expiring)).toBe("Истекает оплата");

  // …and on keyboard focus: Tab from the row's link lands on the badge
  await row(page, "Касса 2 (зал)").getByRole("link", { name: "Касса 2 (зал)" }).focus();
  await page.keyboard.press("Tab");
  await expect(expiring).toBeFocused();
  await expect.poll(() => visibleText(expiring)).toBe("Продлить");

  // Enter opens the renewal dialog (its form is the activation-code issue's): the code is
  // formatted as typed, and with no code the dialog says whom to ask
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Продление обслуживания" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Касса: Касса 2 (зал)");
  const code = dialog.getByLabel("Код активации");
  await code.pressSequentially("abcdefgh");
  await expect(code).toHaveValue("ABCD-EFGH");
  await expect(dialog.getByText("Нет кода?")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  // «Не оплачена» reads «Продлить» too
  const unpaid = row(page, "Касса 3 (склад)").locator('[data-badge="UNPAID"]');
  await unpaid.hover();
  await expect.poll(() => visibleText(unpaid)).toBe("Продлить");

  // the operational badge explains itself in a tooltip, on hover and on keyboard focus
  const blocked = row(page, "Касса 8 (бар)").getByRole("button", { name: "Заблокирована", exact: true });
  await blocked.hover();
  const tooltip = page.getByRole("tooltip");
  await expect(tooltip).toContainText("Касса в режиме блокировки");
  await expect(tooltip).toContainText("Причина: Заблокирована владельцем: инвентаризация");
  // (a real pointer sends many moves; Radix closes once one lands outside its grace area)
  await page.mouse.move(5, 5, { steps: 10 });
  await page.mouse.move(6, 6);
  await expect(tooltip).toBeHidden();
  await row(page, "Касса 8 (бар)").getByRole("link", { name: "Касса 8 (бар)" }).focus();
  await page.keyboard.press("Tab"); // the «Подключена» badge is plain text: next stop is the state badge
  await expect(blocked).toBeFocused();
  await expect(page.getByRole("tooltip")).toContainText("Касса в режиме блокировки");

  // bulk renewal of selected rows
  await row(page, "Касса 2 (зал)").getByRole("checkbox").check();
  await row(page, "Касса 3 (склад)").getByRole("checkbox").check();
  await expect(page.getByText("Выбрано 2 кассы")).toBeVisible();
  await page
    .getByRole("region", { name: "Выбрано 2 кассы" })
    .getByRole("button", { name: "Продлить" })
    .click();
  await expect(page.getByRole("dialog")).toContainText("Касса 2 (зал), Касса 3 (склад)");
  await page.keyboard.press("Escape");

  // phone: every row is a card with labelled values, no header row, no horizontal scrolling
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/cashboxes");
  await expect(table(page).locator("thead")).toBeHidden();
  await expect(table(page).locator("tbody tr")).toHaveCount(9);
  const card = row(page, "Касса 2 (зал)");
  await expect(card.getByText("Истекает оплата")).toBeVisible();
  const serialCell = card.locator('td[data-label="Заводской номер"]');
  await expect(serialCell).toBeVisible();
  // the column name is the cell's ::before content on a phone
  expect(await serialCell.evaluate((el) => getComputedStyle(el, "::before").content)).toBe(
    '"Заводской номер"',
  );
  expect((await card.boundingBox())!.width).toBeLessThanOrEqual(390);
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
  ).toBeLessThanOrEqual(0);
  await page.screenshot({ path: "docs/screenshot-cashboxes-phone.png" });

  expect(consoleErrors).toEqual([]);
});

test("search, filters and sorting live in the URL; the back button restores the view; rows are links", async ({
  page,
  consoleErrors,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, "owner@kassa.demo");
  await expect(table(page).getByRole("row")).toHaveCount(10); // header + 9 cashboxes

  // search by registration number, typed with spaces
  const search = page.getByRole("searchbox", { name: /Поиск по названию/ });
  await search.fill("0000 1234 5678 9029");
  await search.press("Enter");
  await expect(page).toHaveURL(/q=0000\+1234\+5678\+9029|q=0000%201234%205678%209029/);
  await expect.poll(() => rowNames(page)).toEqual(["Касса 2 (зал)"]);

  // a search with no match: the empty state offers to reset
  await search.fill("нет такой кассы");
  await search.press("Enter");
  await expect(page.getByText("Ничего не найдено")).toBeVisible();
  await page.goBack();
  await expect.poll(() => rowNames(page)).toEqual(["Касса 2 (зал)"]);
  await page.goBack();
  await expect.poll(async () => (await rowNames(page)).length).toBe(9);

  // status filter
  await page.getByLabel("Статус", { exact: true }).selectOption({ label: "Не оплачена" });
  await expect(page).toHaveURL(/status=UNPAID/);
  await expect.poll(() => rowNames(page)).toEqual(["Касса 3 (склад)"]);
  // operational filter on top
  await page.getByLabel("Работа кассы", { exact: true }).selectOption({ label: "Касса в режиме блокировки" });
  await expect(page).toHaveURL(/status=UNPAID&state=BLOCKED/);
  await expect(page.getByText("Ничего не найдено")).toBeVisible();
  await page.getByRole("link", { name: "Сбросить фильтры" }).first().click();
  await expect(page).toHaveURL(/\/cashboxes$/);

  // trade point filter
  await page.getByLabel("Торговая точка", { exact: true }).selectOption({ label: "Кофейня на Арбате" });
  await expect(page).toHaveURL(/tp=[0-9a-f-]{36}/);
  await expect
    .poll(() => rowNames(page))
    .toEqual(["Касса 2 (зал)", "Касса 4 (новая)", "Касса 6", "Касса 8 (бар)"]);
  const shared = page.url();

  // sorting: name descending, then by status (the badge precedence)
  await table(page).getByRole("button", { name: "Название", exact: true }).click();
  await expect(page).toHaveURL(/sort=name&dir=desc|dir=desc/);
  await expect(table(page).getByRole("columnheader", { name: "Название" })).toHaveAttribute(
    "aria-sort",
    "descending",
  );
  await expect
    .poll(() => rowNames(page))
    .toEqual(["Касса 8 (бар)", "Касса 6", "Касса 4 (новая)", "Касса 2 (зал)"]);
  await table(page).getByRole("button", { name: "Статус", exact: true }).click();
  await expect(page).toHaveURL(/sort=status/);
  await expect
    .poll(() => rowNames(page))
    .toEqual(["Касса 6", "Касса 4 (новая)", "Касса 2 (зал)", "Касса 8 (бар)"]);

  // a shared link shows the same view
  await page.goto(shared);
  await expect
    .poll(() => rowNames(page))
    .toEqual(["Касса 2 (зал)", "Касса 4 (новая)", "Касса 6", "Касса 8 (бар)"]);

  // rows are links: a click anywhere on the row, or Enter on its link, opens the card
  const model = (await row(page, "Касса 6").getByText("Эвотор 7.3").boundingBox())!;
  await page.mouse.click(model.x + model.width / 2, model.y + model.height / 2);
  await expect(page).toHaveURL(/\/cashboxes\/[0-9a-f-]{36}$/);
  await page.goBack();
  await row(page, "Касса 6").getByRole("link", { name: "Касса 6" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/cashboxes\/[0-9a-f-]{36}$/);

  expect(consoleErrors).toEqual([]);
});

test("a chain with 120 cashboxes pages by 50 on the server, on a phone too", async ({
  page,
  consoleErrors,
}) => {
  // its own tenant, seeded by the volume seeder the benchmark uses
  const out = execFileSync(
    "npx",
    ["tsx", "scripts/seed-volume.ts", "--", "--cashboxes", "120", "--trade-points", "3"],
    {
      env: { ...process.env, DATABASE_URL: e2eDatabaseUrl() },
      encoding: "utf8",
    },
  );
  const [, email, password] = /sign in as (\S+) \/ (\S+)/.exec(out)!;
  const chain = { ownerEmail: email, password };

  await page.setViewportSize({ width: 1280, height: 800 });
  await login(page, chain.ownerEmail, chain.password);
  const pager = page.getByRole("navigation", { name: "Страницы" });
  await expect(pager).toContainText("Всего: 120");
  await expect(pager).toContainText("Страница 1 из 3");
  await expect(table(page).locator("tbody tr")).toHaveCount(50);
  const first = await rowNames(page);
  expect(first[0]).toBe("Касса 000001");

  await pager.getByRole("link", { name: "Вперёд" }).click();
  await expect(page).toHaveURL(/page=2/);
  await expect(pager).toContainText("Страница 2 из 3");
  await expect.poll(async () => (await rowNames(page))[0]).toBe("Касса 000051");
  await pager.getByRole("link", { name: "Вперёд" }).click();
  await expect(pager).toContainText("Страница 3 из 3");
  await expect(table(page).locator("tbody tr")).toHaveCount(20);
  await page.goBack();
  await expect(pager).toContainText("Страница 2 из 3");

  // changing a filter starts again at page 1
  await page.getByLabel("Статус", { exact: true }).selectOption({ label: "Подключена" });
  await expect(page).not.toHaveURL(/page=/);

  // on a phone: the same page of 50 as cards, sortable from a select
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/cashboxes");
  await expect(table(page).locator("tbody tr")).toHaveCount(50);
  await page.getByLabel("Сортировка", { exact: true }).selectOption({ label: "Название ↓" });
  await expect(page).toHaveURL(/dir=desc/);
  await expect.poll(async () => (await rowNames(page))[0]).toBe("Касса 000120");
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);

  expect(consoleErrors).toEqual([]);
});

test("«Выручка сегодня» is on screen at 1440 px without scrolling the table sideways (issue 15.6)", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await login(page, "owner@kassa.demo");
  await expect(page).toHaveURL(/\/cashboxes$/);
  const header = table(page).getByRole("columnheader", { name: "Выручка сегодня" });
  await expect(header).toBeVisible();
  const box = (await header.boundingBox())!;
  // the table's scroll container is the table's parent; the column must end inside it, unscrolled
  const container = (await table(page).locator("xpath=..").boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(container.x + container.width);
  expect(box.x + box.width).toBeLessThanOrEqual(1440);
});
