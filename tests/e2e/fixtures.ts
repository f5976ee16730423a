import { readFileSync } from "node:fs";
import path from "node:path";
import { test as base, expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo12345";

/** The e2e database (written by scripts/e2e-server.ts), for fixtures that seed their own tenant. */
export function e2eDatabaseUrl(): string {
  return JSON.parse(readFileSync(path.resolve(`.data/e2e-db-${process.env.E2E_PORT ?? 3200}.json`), "utf8"))
    .url;
}

export async function login(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Электронная почта").fill(email);
  await page.getByLabel("Пароль").fill(password);
  await page.getByRole("button", { name: "Войти" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/login"));
}

/** Collects console errors and page errors; a test asserts the list is empty at its end. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (m) => {
      // A refused sign-in is a 401 from Auth.js by design; every other console error counts.
      if (/status of 401/.test(m.text())) return;
      if (m.type() === "error" || /hydrat/i.test(m.text())) errors.push(m.text());
    });
    page.on("pageerror", (e) => errors.push(e.message));
    await use(errors);
  },
});

export { expect };
