// Issue 14 in the browser: security headers and CSP (no page logs a violation), the sign-in form
// without JavaScript, the callbackUrl check, sign-out that sticks, NUL bytes in queries, CSRF on
// cabinet routes, and the demo outbox on loopback.
import { DEMO_PASSWORD, expect, login, test } from "./fixtures";

const PAGES = [
  "/cashboxes",
  "/analytics",
  "/receipts",
  "/reports",
  "/nomenclature",
  "/nomenclature/import",
  "/market",
  "/market/cart",
  "/codes",
  "/journal",
  "/settings",
  "/settings/users",
  "/certificates",
  "/profile",
  "/pos",
  "/dev/outbox",
];

test("security headers on pages; /pos has the strictest CSP; no eval in production", async ({ request }) => {
  for (const path of ["/login", "/pos", "/check"]) {
    const res = await request.get(path, { maxRedirects: 0 });
    const h = res.headers();
    expect(h["x-frame-options"], path).toBe("DENY");
    expect(h["x-content-type-options"], path).toBe("nosniff");
    expect(h["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"], path).toContain("camera=()");
    const csp = h["content-security-policy"] ?? "";
    expect(csp, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    // served over plain HTTP here: no HSTS
    expect(h["strict-transport-security"], path).toBeUndefined();
    if (path === "/pos") expect(csp).toContain("child-src 'none'");
    else expect(csp).not.toContain("child-src 'none'");
  }
  const api = await request.get("/api/device/v1/openapi.json");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
});

test("no page logs a CSP violation (owner: cabinet pages, charts, QR codes, /pos)", async ({ page }) => {
  test.setTimeout(180_000);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect)/i.test(m.text()))
      violations.push(`${page.url()}: ${m.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __csp: string[] }).__csp ??= [];
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto("/login");
  await login(page, "owner@kassa.demo", DEMO_PASSWORD);
  for (const path of PAGES) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []);
    // zod 4's eval probe once showed here on /cashboxes, /nomenclature and /settings (script-src eval):
    // instrumentation-client.ts turns zod's JIT off in the browser, so nothing may be reported at all
    for (const v of seen) violations.push(`${path}: ${v}`);
  }
  expect(violations).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in form POSTs; the password never reaches a URL", async ({ page }) => {
    const urls: string[] = [];
    page.on("request", (r) => urls.push(r.url()));
    await page.goto("/login");
    await page.getByLabel("Электронная почта").fill("owner@kassa.demo");
    await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Войти" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    expect(page.url()).toMatch(/\/cashboxes/);
    expect(
      urls.filter((u) => u.includes(encodeURIComponent(DEMO_PASSWORD)) || u.includes(DEMO_PASSWORD)),
    ).toEqual([]);
  });

  test("a wrong password keeps the e-mail and shows the error", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Электронная почта").fill("owner@kassa.demo");
    await page.getByLabel("Пароль").fill("wrong-password");
    await page.getByRole("button", { name: "Войти" }).click();
    await expect(page.getByRole("alert")).toHaveText("Неверная почта или пароль");
    await expect(page.getByLabel("Электронная почта")).toHaveValue("owner@kassa.demo");
    expect(page.url()).not.toContain("password");
  });
});

for (const evil of ["/%5Cevil.example/x", "/%09/evil.example", "//evil.example", "/.//evil.example"]) {
  test(`callbackUrl ${evil} stays on this site`, async ({ page, baseURL }) => {
    await page.goto(`/login?callbackUrl=${evil}`);
    await page.getByLabel("Электронная почта").fill("accountant@kassa.demo");
    await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Войти" }).click();
    await page.waitForURL((u) => !u.pathname.startsWith("/login"));
    expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  });
}

test("a same-site callbackUrl is followed", async ({ page }) => {
  await page.goto(`/login?callbackUrl=${encodeURIComponent("/reports")}`);
  await page.getByLabel("Электронная почта").fill("accountant@kassa.demo");
  await page.getByLabel("Пароль").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Войти" }).click();
  await expect(page).toHaveURL(/\/reports$/);
});

test("a signed-out session cookie no longer works", async ({ page, context }) => {
  await login(page, "manager@kassa.demo");
  const cookies = await context.cookies();
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  await page.request.post("/api/auth/signout", { form: { csrfToken, callbackUrl: "/login", json: "true" } });
  // an attacker who copied the cookie before sign-out puts it back
  await context.clearCookies();
  await context.addCookies(cookies);
  const res = await page.request.get("/cashboxes", { maxRedirects: 0 });
  expect(res.status()).toBe(307);
  expect(res.headers()["location"]).toContain("/login");
});

test("a NUL byte in a list's or export's query is refused with 400, not a 500", async ({ page }) => {
  await login(page, "owner@kassa.demo");
  for (const path of [
    "/cashboxes?q=%00",
    "/receipts?q=a%00b",
    "/nomenclature?q=%00",
    "/journal?q=%00",
    "/settings/users?q=%00",
    "/api/cabinet/nomenclature/export?q=%00",
    "/api/cabinet/cashboxes/trade-point-options?q=%00",
  ]) {
    const res = await page.request.get(path, { maxRedirects: 0 });
    expect(res.status(), path).toBe(400);
  }
});

test("cabinet route handlers refuse a cross-site POST", async ({ page }) => {
  await login(page, "owner@kassa.demo");
  const res = await page.request.post("/api/cabinet/codes/redeem", {
    headers: { origin: "https://evil.example", "sec-fetch-site": "cross-site" },
    data: { code: "XXXX-XXXX-XXXX", cashboxId: "00000000-0000-0000-0000-000000000000" },
  });
  expect(res.status()).toBe(403);
});

test("demo mode: the banner says mail is not sent; the outbox answers on loopback", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByTestId("demo-banner")).toContainText("письма не отправляются");
  await expect(page.getByTestId("demo-banner")).toContainText("/dev/outbox");
  const res = await page.request.get("/dev/outbox");
  expect(res.status()).toBe(200);
});
