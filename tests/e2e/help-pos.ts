// A tenant of its own for the help centre's /pos checks and screenshots: an RU organization with
// an owner, a cashier (PIN 1234, no limit), a registered paid cashbox and a few goods; and the
// pairing of a browser page with it through the cabinet's «Перевыпустить токен» dialog.
import { randomBytes, createHash } from "node:crypto";
import pg from "pg";
import { expect, type BrowserContext, type Page } from "@playwright/test";
import { makeTaxId } from "@/lib/validation/tax-id";
import { DEMO_PASSWORD, e2eDatabaseUrl, login } from "./fixtures";

export interface PosTenant {
  ownerEmail: string;
  cashboxId: string;
}

export async function seedPosTenant(label: string): Promise<PosTenant> {
  const suffix = Math.random().toString(36).slice(2, 8).toUpperCase();
  const sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  const one = async <T = Record<string, unknown>>(text: string, params: unknown[] = []) =>
    (await sql.query(text, params)).rows[0] as T;
  try {
    const ownerEmail = `${label}-owner-${suffix.toLowerCase()}@example.com`;
    const org = await one<{ id: string }>(
      `INSERT INTO "Organization" (name, country, "legalForm", "taxId", timezone, "legalAddress")
       VALUES ($1, 'RU', 'ООО', $2, 'Europe/Moscow', 'г. Тверь, ул. Советская, 1') RETURNING id`,
      [`ООО «Лавка ${suffix}»`, makeTaxId("RU", "ООО", Math.floor(Math.random() * 90_000) + 10_000)],
    );
    const owner = await one<{ id: string }>(
      `INSERT INTO "User" (email, name, "passwordHash") SELECT $1, 'Павел Кассов', "passwordHash" FROM "User" WHERE email = 'owner@kassa.demo' RETURNING id`,
      [ownerEmail],
    );
    await sql.query(`INSERT INTO "Membership" ("organizationId", "userId", role) VALUES ($1, $2, 'OWNER')`, [
      org.id,
      owner.id,
    ]);
    // the user → organizations lookup, as lib/db/lookups.ts writes it with every membership
    await sql.query(`INSERT INTO "MembershipLookup" ("userId", "tenantId") VALUES ($1, $2)`, [
      owner.id,
      org.id,
    ]);
    const cashier = await one<{ id: string }>(
      `INSERT INTO "User" (email, name, "passwordHash") SELECT $1, 'Мария Кассирова', "passwordHash" FROM "User" WHERE email = 'owner@kassa.demo' RETURNING id`,
      [`${label}-cashier-${suffix.toLowerCase()}@example.com`],
    );
    await sql.query(
      `INSERT INTO "Membership" ("organizationId", "userId", role, "pinHash")
       SELECT $1, $2, 'CASHIER', m."pinHash" FROM "Membership" m JOIN "User" u ON u.id = m."userId"
        WHERE u.email = 'cashier@kassa.demo' AND m."pinHash" IS NOT NULL LIMIT 1`,
      [org.id, cashier.id],
    );
    await sql.query(`INSERT INTO "MembershipLookup" ("userId", "tenantId") VALUES ($1, $2)`, [
      cashier.id,
      org.id,
    ]);
    const tp = await one<{ id: string }>(
      `INSERT INTO "TradePoint" ("organizationId", name, address) VALUES ($1, 'Лавка на Советской', 'г. Тверь, ул. Советская, 1') RETURNING id`,
      [org.id],
    );
    const cb = await one<{ id: string }>(
      `INSERT INTO "Cashbox" ("organizationId", "tradePointId", name, model, "serialNumber", "registrationStatus",
          "registrationNumber", "fiscalDriveNumber", "fiscalDriveModel", "fiscalDriveMonths", "fiscalDriveInstalledAt",
          "paidUntil", "tokenHash", "tokenIssuedAt")
       VALUES ($1, $2, 'Касса у окна', 'АТОЛ 30Ф', $3, 'REGISTERED', $4, '9999078900001234', 'ФН-1.2', 15, now(),
          now() + interval '300 days', $5, now()) RETURNING id`,
      [
        org.id,
        tp.id,
        `HLP${suffix}`,
        `00008${String(Date.now()).slice(-11)}`,
        createHash("sha256").update(randomBytes(24).toString("base64url")).digest("hex"),
      ],
    );
    const items: [string, string, number, string][] = [
      ["Кофе в зёрнах 250 г", "PIECE", 25000, "VAT22"],
      ["Сыр «Российский» весовой", "KILOGRAM", 89990, "VAT10"],
      ["Молоко разливное", "LITER", 9900, "VAT10"],
      ["Круассан", "PIECE", 12000, "VAT22"],
    ];
    for (const [i, [name, unit, price, vat]] of items.entries())
      await sql.query(
        `INSERT INTO "NomenclatureItem" ("organizationId", name, article, unit, price, "vatRate")
         VALUES ($1, $2, $3, $4::"MeasureUnit", $5, $6)`,
        [org.id, name, `H${i}-${suffix}`, unit, price, vat],
      );
    return { ownerEmail, cashboxId: cb.id };
  } finally {
    await sql.end();
  }
}

/** Re-issues the cashbox token in the cabinet (as its owner) and returns the pairing string. */
export async function pairingString(page: Page, t: PosTenant): Promise<string> {
  await login(page, t.ownerEmail, DEMO_PASSWORD);
  await page.goto(`/cashboxes/${t.cashboxId}`);
  await page.getByRole("button", { name: "Перевыпустить токен" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Подтвердить" }).click();
  const pairing = await page.getByTestId("pairing-string").inputValue();
  expect(pairing).toMatch(/^kassa-pos:1\?t=/);
  return pairing;
}

/** A page of `context` with «Касса 2.0» paired, the cashier signed in; `onPair`/`onPin` run before each step. */
export async function openPos(
  context: BrowserContext,
  pairing: string,
  hooks: { onPair?: (p: Page) => Promise<void>; onPin?: (p: Page) => Promise<void> } = {},
): Promise<Page> {
  const pos = await context.newPage();
  await pos.setViewportSize({ width: 1024, height: 768 });
  await pos.goto("/pos");
  await expect(pos.getByRole("heading", { name: "Привязка к кассе" })).toBeVisible();
  await hooks.onPair?.(pos);
  await pos.getByLabel("Строка привязки (QR-код)").fill(pairing);
  await pos.getByRole("button", { name: "Привязать" }).click();
  await expect(pos.getByRole("heading", { name: "Касса у окна" })).toBeVisible();
  await pos.getByLabel("PIN-код кассира").fill("1234");
  await hooks.onPin?.(pos);
  await pos.getByRole("button", { name: "Войти" }).click();
  await expect(pos.getByText("Мария Кассирова")).toBeVisible();
  return pos;
}

export async function posMenu(pos: Page, item: string) {
  await pos.getByRole("button", { name: /Меню/ }).click();
  await pos.getByTestId("menu-sheet").getByRole("button", { name: item, exact: true }).click();
}

export async function closeDoc(pos: Page) {
  await pos.getByTestId("doc-sheet").getByRole("button", { name: "Новая операция" }).click();
  await expect(pos.getByTestId("doc-sheet")).toHaveCount(0);
}
