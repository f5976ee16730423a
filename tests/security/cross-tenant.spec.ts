// The cross-tenant / role walk (house style §13): every route of tests/security/routes.ts, as every
// demo role, with the role's own organization's ids and with a foreign organization's ids.
// Allowed → 200 on own ids; not allowed → 404 (or a 401/403 JSON for API routes);
// a foreign id → 404 always. Never a 200 on foreign data, never a 500.
import pg from "pg";
import { expect, test } from "@playwright/test";
import { permissionsOf, type Role } from "@/lib/tenant/permissions";
import { DEMO_PASSWORD, e2eDatabaseUrl, login } from "../e2e/fixtures";
import { OBJECT_KINDS, ROUTES, type ObjectKind, type RouteSpec } from "./routes";

const ACCOUNTS: { email: string; role: Role; org: string }[] = [
  { email: "owner@kassa.demo", role: "OWNER", org: "ООО «Ромашка»" },
  { email: "manager@kassa.demo", role: "ADMIN", org: "ООО «Ромашка»" },
  { email: "accountant@kassa.demo", role: "ACCOUNTANT", org: "ООО «Ромашка»" },
  { email: "cashier@kassa.demo", role: "CASHIER", org: "ООО «Ромашка»" },
  { email: "partner@kassa.demo", role: "PARTNER_MANAGER", org: "ТОО «Партнёр Сервис»" },
  { email: "admin@kassa.demo", role: "PLATFORM_ADMIN", org: "Касса Кабинет (оператор)" },
];
const FOREIGN_ORG = "ИП Сапарова А."; // no demo account above is a member of it

let client: pg.Client;
const idCache = new Map<string, string | null>();

async function orgId(name: string): Promise<string> {
  const r = await client.query(`SELECT id::text FROM "Organization" WHERE name = $1`, [name]);
  return r.rows[0].id;
}

async function objectId(kind: ObjectKind, organizationId: string): Promise<string | null> {
  const key = `${kind}:${organizationId}`;
  if (!idCache.has(key)) {
    const r = await client.query(OBJECT_KINDS[kind], [organizationId]);
    idCache.set(key, r.rows[0]?.id ?? null);
  }
  return idCache.get(key)!;
}

async function fill(route: RouteSpec, organizationId: string): Promise<string | null> {
  let path = route.path;
  for (const [param, kind] of Object.entries(route.params ?? {})) {
    const id = await objectId(kind, organizationId);
    if (!id) return null;
    path = path.replace(`:${param}`, id);
  }
  return path;
}

test.beforeAll(async () => {
  client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
});
test.afterAll(async () => client?.end());

for (const account of ACCOUNTS) {
  test(`cross-tenant walk as ${account.role}`, async ({ page }) => {
    test.setTimeout(180_000);
    await login(page, account.email, DEMO_PASSWORD);
    const own = await orgId(account.org);
    const foreign = await orgId(FOREIGN_ORG);
    const permissions = permissionsOf(account.role);
    const failures: string[] = [];
    for (const route of ROUTES) {
      const allowed = route.permission === null || permissions.has(route.permission);
      const ownPath = await fill(route, own);
      if (ownPath) {
        const res = await page.request.get(ownPath, { maxRedirects: 0 });
        const expected = allowed ? [200] : route.kind === "api" ? [401, 403, 404] : [404];
        if (!expected.includes(res.status()))
          failures.push(`${ownPath} own → ${res.status()} (want ${expected})`);
      }
      if (route.params) {
        const foreignPath = await fill(route, foreign);
        if (!foreignPath) throw new Error(`no foreign object for ${route.path}: extend the demo seed`);
        const res = await page.request.get(foreignPath, { maxRedirects: 0 });
        const expected = route.kind === "api" ? [401, 403, 404] : [404];
        if (!expected.includes(res.status()))
          failures.push(`${foreignPath} foreign → ${res.status()} (want ${expected})`);
      }
    }
    expect(failures).toEqual([]);
  });
}

test("signed out, every cabinet page redirects to sign-in and every API answers 401", async ({ request }) => {
  for (const route of ROUTES) {
    const path = route.path.replace(/:\w+/g, "00000000-0000-0000-0000-000000000000");
    const res = await request.get(path, { maxRedirects: 0 });
    if (route.kind === "page") {
      expect([302, 303, 307], path).toContain(res.status());
      expect(res.headers()["location"] ?? "", path).toContain("/login");
    } else {
      expect(res.status(), path).toBe(401);
    }
  }
});
