// Issue 15.20: axe over the main pages (desktop; the shell and lists at phone width too); serious and critical
// violations fail the run (contrast, focusable scroll regions, links in text, landmarks).
import AxeBuilder from "@axe-core/playwright";
import pg from "pg";
import type { Page } from "@playwright/test";
import { e2eDatabaseUrl, expect, login, test } from "./fixtures";

async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(" | ")}`);
}

/** Desktop width, and the phone width where the layout differs (menus, card rows). */
async function audit(page: Page, path: string, widths: number[] = [1280]) {
  for (const width of widths) {
    await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
    await page.goto(path);
    await expect(page.locator("main").first()).toBeVisible();
    await page.waitForLoadState("load");
    expect.soft(await seriousViolations(page), `${path} at ${width}px`).toEqual([]);
  }
}

test("public pages: /login, /check, /pos pairing", async ({ page, consoleErrors }) => {
  test.setTimeout(300_000);
  await audit(page, "/login", [1280, 390]);
  await audit(page, "/check", [1280, 390]);
  await audit(page, "/pos");
  expect(consoleErrors).toEqual([]);
});

test("the owner's cabinet", async ({ page, consoleErrors }) => {
  test.setTimeout(600_000);
  const sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  const { rows } = await sql.query<{ id: string }>(
    `SELECT c.id::text AS id FROM "Cashbox" c JOIN "Organization" o ON o.id = c."organizationId"
      WHERE c.name = 'Касса 2 (зал)' AND o.country = 'RU' LIMIT 1`,
  );
  await sql.end();
  await login(page, "owner@kassa.demo");
  await audit(page, "/cashboxes", [1280, 390]);
  for (const path of [
    `/cashboxes/${rows[0].id}`,
    "/analytics",
    "/receipts",
    "/reports",
    "/reports?report=z",
    "/nomenclature",
    "/nomenclature/import",
    "/stock",
    "/stock/documents",
    "/stock/report",
    "/stock/unmatched",
    "/certificates",
    "/settings",
    "/market",
    "/journal",
  ])
    await audit(page, path);
  expect(consoleErrors).toEqual([]);
});

test("the partner's cabinet", async ({ page, consoleErrors }) => {
  test.setTimeout(180_000);
  await login(page, "partner@kassa.demo");
  await audit(page, "/partner");
  expect(consoleErrors).toEqual([]);
});
