// «Аналитика» in Chromium on an organization of its own whose weeks of sales were made through the
// device API's document path (acceptDocument → the engine keeps the rollups): non-empty charts,
// a period change that changes the figures, the table views agreeing with the KPIs and with a direct
// sum over the receipts, roles, and the phone layout.
import { execFileSync } from "node:child_process";
import pg from "pg";
import type { Page } from "@playwright/test";
import { e2eDatabaseUrl, expect, login, test } from "./fixtures";
import type { SalesTenant } from "@/prisma/seed/sales";

let tenant: SalesTenant;

test.beforeAll(() => {
  test.setTimeout(300_000);
  const out = execFileSync("npx", ["tsx", "tests/e2e/seed-analytics.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: e2eDatabaseUrl(),
      // the app server's secret (scripts/e2e-server.ts), so the cashbox keys stay readable there
      NEXTAUTH_SECRET: "e2e-secret-not-for-production",
    },
    encoding: "utf8",
  });
  tenant = JSON.parse(out.trim().split("\n").pop()!);
});

/** "1 234,50 ₽" → 123450 */
function minor(text: string): number {
  const clean = text.replace(/[^\d,−-]/g, "");
  const negative = /^[−-]/.test(clean);
  const [int, frac = "0"] = clean.replace(/[−-]/g, "").split(",");
  const v = Number(int) * 100 + Number(frac.padEnd(2, "0").slice(0, 2));
  return negative ? -v : v;
}

const kpi = (page: Page, name: string) => page.getByTestId(`kpi-${name}-value`);

/** Net sales of the local days [today − days + 1, today] in Moscow, straight from the receipts. */
async function rawRevenue(days: number): Promise<number> {
  const sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  try {
    const r = await sql.query<{ v: string }>(
      `SELECT COALESCE(sum(CASE WHEN type = 'SALE' THEN total ELSE -total END), 0)::text AS v
         FROM "FiscalDocument"
        WHERE "organizationId" = $1 AND type IN ('SALE', 'SALE_RETURN')
          AND ("createdAt" AT TIME ZONE 'Europe/Moscow')::date > (now() AT TIME ZONE 'Europe/Moscow')::date - $2::int`,
      [tenant.orgId, days],
    );
    return Number(r.rows[0].v);
  } finally {
    await sql.end();
  }
}

test("the dashboard shows charts, follows the period and its tables agree with the figures", async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, tenant.ownerEmail, tenant.password);
  await page.getByRole("navigation").getByRole("link", { name: "Аналитика" }).first().click();
  await expect(page).toHaveURL(/\/analytics$/);
  await expect(page.getByRole("heading", { name: "Аналитика", level: 1 })).toBeVisible();

  // 30 days by default: figures and drawn charts
  await expect(page.getByRole("button", { name: "30 дней" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("analytics-dashboard")).toBeVisible();
  const revenue30 = minor(await kpi(page, "revenue").innerText());
  expect(revenue30).toBeGreaterThan(0);
  expect(revenue30).toBe(await rawRevenue(30));
  expect(Number((await kpi(page, "receipts").innerText()).replace(/\D/g, ""))).toBeGreaterThan(0);
  await expect(page.getByTestId("chart-by-day").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("chart-by-cashbox").locator(".recharts-bar-rectangle")).toHaveCount(3);
  await expect(page.getByTestId("chart-top-goods").locator(".recharts-bar-rectangle").first()).toBeVisible();
  await expect(page.getByTestId("chart-payments").locator(".recharts-pie-sector").first()).toBeVisible();
  await expect(page.getByTestId("chart-heat").locator("[title*='₽']").first()).toBeVisible();

  // a tooltip on hover, in the organization's currency
  await page.getByTestId("chart-by-cashbox").locator(".recharts-bar-rectangle").first().hover();
  await expect(page.getByTestId("chart-by-cashbox").locator(".recharts-tooltip-wrapper")).toContainText("₽");
  await page.mouse.move(5, 5);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "docs/screenshot-analytics.png", fullPage: true });

  // the table view of «by cashbox» adds up to the revenue KPI
  const byCashbox = page.getByTestId("chart-by-cashbox");
  await byCashbox.getByText("Показать таблицей").click();
  const cells = await byCashbox.locator("table tbody tr td:nth-child(2)").allInnerTexts();
  expect(cells).toHaveLength(3);
  expect(cells.map(minor).reduce((a, b) => a + b, 0)).toBe(revenue30);

  // another period: other figures, in the URL, equal to the receipts of those days
  await page.getByRole("button", { name: "7 дней" }).click();
  await expect(page).toHaveURL(/period=7d/);
  await expect(page.getByRole("button", { name: "7 дней" })).toHaveAttribute("aria-pressed", "true");
  await expect.poll(async () => minor(await kpi(page, "revenue").innerText())).not.toBe(revenue30);
  const revenue7 = minor(await kpi(page, "revenue").innerText());
  expect(revenue7).toBe(await rawRevenue(7));
  const byDay = page.getByTestId("chart-by-day");
  await byDay.getByText("Показать таблицей").click();
  const days = await byDay.locator("table tbody tr").count();
  expect(days).toBe(7);
  const dayRevenue = await byDay.locator("table tbody tr td:nth-child(2)").allInnerTexts();
  expect(dayRevenue.map(minor).reduce((a, b) => a + b, 0)).toBe(revenue7);

  // a filter: one trade point's cashboxes only
  await page.getByLabel("Торговая точка").selectOption({ label: "Киоск у метро" });
  await expect(page).toHaveURL(/tp=/);
  await expect(page.getByTestId("chart-by-cashbox").locator(".recharts-bar-rectangle")).toHaveCount(1);
  expect(minor(await kpi(page, "revenue").innerText())).toBeLessThan(revenue7);

  // a custom range with no sales: the empty state
  await page.getByRole("button", { name: "Свой период" }).click();
  await page.getByLabel("С", { exact: true }).fill("2020-01-01");
  await page.getByLabel("По", { exact: true }).fill("2020-01-31");
  await page.getByRole("button", { name: "Показать" }).click();
  await expect(page).toHaveURL(/period=custom&from=2020-01-01&to=2020-01-31/);
  await expect(page.getByText("За этот период продаж нет")).toBeVisible();

  // phone width
  await page.goto("/analytics?period=30d");
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(page.getByTestId("chart-by-day").locator(".recharts-bar-rectangle").first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: "docs/screenshot-analytics-phone.png", fullPage: true });

  expect(consoleErrors).toEqual([]);
});

test("an accountant reads the dashboard; a cashier has no «Аналитика»", async ({ page, consoleErrors }) => {
  await login(page, tenant.accountantEmail, tenant.password);
  await page.goto("/analytics");
  await expect(page.getByTestId("analytics-dashboard")).toBeVisible();
  await page.context().clearCookies();

  await login(page, tenant.cashierEmail, tenant.password);
  await expect(page.getByRole("link", { name: "Аналитика" })).toHaveCount(0);
  const res = await page.request.get("/analytics", { maxRedirects: 0 });
  expect(res.status()).toBe(404);
  expect(consoleErrors).toEqual([]);
});
