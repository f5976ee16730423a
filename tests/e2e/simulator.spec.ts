// The terminal simulator against the e2e server: an organization of its own (seed-simulator.ts) with a
// registered, paid cashbox; `npx tsx scripts/terminal.ts day …` runs a short trading day over HTTP as
// a child process; then the owner signs in in Chromium and finds that day's receipts in the cashbox
// card's «Чеки» tab and its closed shift in «Смены».
import { execFileSync } from "node:child_process";
import pg from "pg";
import { e2eDatabaseUrl, expect, login, test } from "./fixtures";

interface Seeded {
  email: string;
  password: string;
  cashboxId: string;
  token: string;
  key: string;
  pin: string;
}
let seeded: Seeded;
let cliOutput = "";

test.beforeAll(() => {
  const env = {
    ...process.env,
    DATABASE_URL: e2eDatabaseUrl(),
    NEXTAUTH_SECRET: "e2e-secret-not-for-production",
  };
  const out = execFileSync("npx", ["tsx", "tests/e2e/seed-simulator.ts"], { env, encoding: "utf8" });
  seeded = JSON.parse(out.trim().split("\n").pop()!);
  const port = process.env.E2E_PORT ?? "3200";
  cliOutput = execFileSync(
    "npx",
    [
      "tsx",
      "scripts/terminal.ts",
      "day",
      "--url",
      `http://localhost:${port}`,
      "--token",
      seeded.token,
      "--key",
      seeded.key,
      "--pin",
      seeded.pin,
      "--credentials",
      "/nonexistent",
      "--seed",
      "e2e-day",
      "--volume",
      "0.2",
    ],
    { env: { ...process.env }, encoding: "utf8", timeout: 120_000 },
  );
});

test("a day of the terminal simulator shows in the cashbox card's «Чеки» and «Смены»", async ({
  page,
  consoleErrors,
}) => {
  expect(cliOutput).toMatch(/day done: \d+ documents \(\d+ receipts\), 0 refused/);
  const sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  const docs = (
    await sql.query<{ number: number; type: string; fiscalSign: string }>(
      `SELECT number, type::text, "fiscalSign" FROM "FiscalDocument" WHERE "cashboxId" = $1 ORDER BY number DESC`,
      [seeded.cashboxId],
    )
  ).rows;
  const shifts = (
    await sql.query<{ number: number; closedAt: Date | null }>(
      `SELECT number, "closedAt" FROM "Shift" WHERE "cashboxId" = $1`,
      [seeded.cashboxId],
    )
  ).rows;
  await sql.end();
  // the day: shift open … Z-report, at least five sales, one closed shift
  expect(docs.filter((d) => d.type === "SALE").length).toBeGreaterThanOrEqual(5);
  expect(docs[0].type).toBe("Z_REPORT");
  expect(docs.at(-1)!.type).toBe("SHIFT_OPEN");
  expect(shifts).toHaveLength(1);
  expect(shifts[0].closedAt).not.toBeNull();

  await page.setViewportSize({ width: 1280, height: 900 });
  await login(page, seeded.email, seeded.password);
  await page.goto(`/cashboxes/${seeded.cashboxId}`);
  await expect(page.getByRole("heading", { level: 1, name: "Касса симулятора" })).toBeVisible();

  await page.getByRole("tab", { name: "Чеки", exact: true }).click();
  await expect(page).toHaveURL(/\?tab=receipts$/);
  const table = page.getByRole("table", { name: "Чеки" });
  await expect(table).toBeVisible();
  // the newest documents (first page) with their fiscal signs: the Z-report and the last receipts
  for (const d of docs.slice(0, 8)) await expect(table.getByText(d.fiscalSign)).toBeVisible();
  await expect(table.getByText("Продажа").first()).toBeVisible();

  await page.getByRole("tab", { name: "Смены", exact: true }).click();
  await expect(page).toHaveURL(/\?tab=shifts$/);
  const shiftsTable = page.getByRole("table", { name: "Смены" });
  await expect(shiftsTable.getByTestId("shift-row")).toHaveCount(1);
  // closed by the day's Z-report: its fiscal sign in the row, no «open» badge
  await expect(shiftsTable.getByTestId("shift-row")).toContainText(docs[0].fiscalSign);
  await expect(shiftsTable.getByText("Открыта сейчас")).toHaveCount(0);

  expect(consoleErrors).toEqual([]);
});
