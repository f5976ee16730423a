// The cross-tenant / role walk (house style §13): every route of tests/security/routes.ts, as every
// demo role, with the role's own organization's ids and with a foreign organization's ids.
// Allowed → 200 on own ids; not allowed → 404 (or a 401/403 JSON for API routes);
// a foreign id → 404 always. Never a 200 on foreign data, never a 500.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { permissionsOf, type Role } from "@/lib/tenant/permissions";
import { DEMO_PASSWORD, e2eDatabaseUrl, login } from "../e2e/fixtures";
import {
  ACTIONS,
  OBJECT_KINDS,
  ROUTES,
  UNWALKED_ROUTES,
  routeKey,
  routePathOf,
  type ActionSpec,
  type ObjectKind,
  type RouteSpec,
} from "./routes";

const ROOT = path.resolve(__dirname, "../..");

function walkFiles(dir: string, match: (name: string) => boolean, out: string[] = []): string[] {
  for (const e of readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${e.name}`;
    if (e.isDirectory()) walkFiles(rel, match, out);
    else if (match(e.name)) out.push(rel);
  }
  return out;
}

/** Every page and route handler of app/, as a path pattern. */
function appRoutes(): string[] {
  return walkFiles("app", (n) => n === "page.tsx" || n === "route.ts").map(routePathOf);
}

/** Every exported server action: the "use server" files of app/ and lib/http. */
function appActions(): { file: string; name: string }[] {
  const files = [
    ...walkFiles("app", (n) => n.endsWith(".ts") || n.endsWith(".tsx")),
    ...walkFiles("lib/http", (n) => n.endsWith(".ts")),
  ].filter((f) => /^\s*["']use server["']/.test(readFileSync(path.join(ROOT, f), "utf8")));
  return files.flatMap((file) =>
    [...readFileSync(path.join(ROOT, file), "utf8").matchAll(/^export (?:const|async function) (\w+)/gm)].map(
      (m) => ({ file, name: m[1] }),
    ),
  );
}

interface ManifestEntry {
  workers: Record<string, unknown>;
  exportedName?: string;
  filename?: string;
}

/** Server action ids from the production build (the walk runs against `next start` of it). */
function actionIds(): Map<string, { id: string; page: string }> {
  const dist = process.env.KASSA_DIST_DIR ?? ".next";
  const manifest = JSON.parse(
    readFileSync(path.join(ROOT, dist, "server/server-reference-manifest.json"), "utf8"),
  ) as { node: Record<string, ManifestEntry> };
  const out = new Map<string, { id: string; page: string }>();
  for (const [id, e] of Object.entries(manifest.node)) {
    if (!e.filename || !e.exportedName) continue;
    const pages = Object.keys(e.workers).filter((w) => w.endsWith("/page"));
    // prefer a page without parameters to post to
    const page = pages.find((p) => !p.includes("[")) ?? pages[0];
    if (page) out.set(`${e.filename}#${e.exportedName}`, { id, page: routePathOf(`${page}.tsx`) });
  }
  return out;
}

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

test("every page, route handler and server action is walked or listed with a reason", () => {
  const walked = new Set(ROUTES.map((r) => routeKey(r.route ?? r.path)));
  const excused = new Set(Object.keys(UNWALKED_ROUTES).map(routeKey));
  const missing = appRoutes().filter((p) => {
    const k = routeKey(p);
    if (walked.has(k) || excused.has(k)) return false;
    return ![...excused].some((e) => e.endsWith("/*") && k.startsWith(e.slice(0, -1)));
  });
  expect(
    missing,
    "add these to ROUTES (or UNWALKED_ROUTES with a reason) in tests/security/routes.ts",
  ).toEqual([]);

  const listed = new Set(ACTIONS.map((a) => `${a.file}#${a.name}`));
  const unlisted = appActions()
    .map((a) => `${a.file}#${a.name}`)
    .filter((k) => !listed.has(k));
  expect(unlisted, "add these server actions to ACTIONS in tests/security/routes.ts").toEqual([]);
  const stale = [...listed].filter((k) => !appActions().some((a) => `${a.file}#${a.name}` === k));
  expect(stale, "ACTIONS names actions that no longer exist").toEqual([]);
});

/**
 * Calls a server action over HTTP as the browser would (Next-Action header; a form action's
 * arguments are [previous state, FormData], encoded as React's reply: "0" holds the argument list
 * and "_1_<field>" the form's fields).
 */
async function callAction(
  request: APIRequestContext,
  action: { id: string; page: string },
  spec: ActionSpec,
  fields: Record<string, string>,
  pagePath: string,
) {
  const headers = { "next-action": action.id, accept: "text/x-component" };
  if (spec.input === "object")
    return request.post(pagePath, { headers, data: JSON.stringify([fields]), maxRedirects: 0 });
  // the form's entries first ("_1_" = the FormData's reference), the argument list ("0") last
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  multipart.append("0", JSON.stringify([{}, "$K1"]));
  return request.post(pagePath, { headers, multipart, maxRedirects: 0 });
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
      const post = route.method === "POST";
      const send = (p: string) =>
        post
          ? page.request.post(p, { data: route.body ?? {}, maxRedirects: 0 })
          : page.request.get(p, { maxRedirects: 0 });
      if (ownPath && !(post && allowed)) {
        const res = await send(ownPath);
        const expected = allowed ? [200] : route.kind === "api" ? [401, 403, 404] : [404];
        if (!expected.includes(res.status()))
          failures.push(`${ownPath} own → ${res.status()} (want ${expected})`);
      }
      if (route.params) {
        const foreignPath = await fill(route, foreign);
        if (!foreignPath) throw new Error(`no foreign object for ${route.path}: extend the demo seed`);
        const res = await send(foreignPath);
        const expected = route.kind === "api" ? [401, 403, 404] : [404];
        if (!expected.includes(res.status()))
          failures.push(`${foreignPath} foreign → ${res.status()} (want ${expected})`);
      }
    }
    // Server actions: a role without the permission is refused before any input is read; a
    // permitted role naming a foreign organization's object gets NOT_FOUND. Own objects are not
    // touched (the walk must not change the demo data the other specs use).
    const ids = actionIds();
    for (const spec of ACTIONS) {
      if (spec.permission === "public" || spec.permission === "session") continue;
      const action = ids.get(`${spec.file}#${spec.name}`);
      if (!action) {
        failures.push(`${spec.name}: not in the build's server-reference-manifest`);
        continue;
      }
      const pagePath =
        (await fill(
          { path: action.page, kind: "page", permission: null, params: pageParams(action.page) },
          own,
        )) ?? "/";
      const allowed = permissions.has(spec.permission);
      if (!allowed) {
        const res = await callAction(page.request, action, spec, {}, pagePath);
        const body = await res.text();
        if (
          res.status() !== 200 ||
          !/errors\.(FORBIDDEN|UNAUTHENTICATED|NOT_FOUND)/.test(body) ||
          /"ok":true/.test(body)
        )
          failures.push(
            `${spec.name} as ${account.role} (no ${spec.permission}) → ${res.status()} ${body.slice(0, 200)}`,
          );
      } else if (spec.foreign) {
        const fields: Record<string, string> = { ...(spec.extra ?? {}) };
        for (const [field, kind] of Object.entries(spec.foreign)) {
          const id = await objectId(kind, foreign);
          if (!id) throw new Error(`no foreign ${kind} for ${spec.name}: extend the demo seed`);
          fields[field] = id;
        }
        const res = await callAction(page.request, action, spec, fields, pagePath);
        const body = await res.text();
        if (res.status() !== 200 || !/errors\.NOT_FOUND/.test(body) || /"ok":true/.test(body))
          failures.push(
            `${spec.name} as ${account.role} on a foreign ${Object.keys(spec.foreign)} → ${res.status()} ${body.slice(0, 200)}`,
          );
      }
    }
    expect(failures).toEqual([]);
  });
}

/** The object kinds of a page path's parameters (for posting an action to a page with ids). */
function pageParams(p: string): Record<string, ObjectKind> | undefined {
  const kinds: Record<string, ObjectKind> = {
    cashboxId: "cashbox",
    receiptId: "receipt",
    orderId: "order",
    memberId: "member",
    tradePointId: "tradePoint",
    importJobId: "importJob",
    itemId: "stockItem",
    documentId: "stockDocument",
  };
  const names = [...p.matchAll(/:(\w+)/g)].map((m) => m[1]);
  if (names.length === 0) return undefined;
  return Object.fromEntries(names.map((n) => [n, kinds[n] ?? "cashbox"]));
}

test("signed out, every cabinet page redirects to sign-in and every API answers 401", async ({ request }) => {
  for (const route of ROUTES) {
    const path = route.path.replace(/:\w+/g, "00000000-0000-0000-0000-000000000000");
    const res =
      route.method === "POST"
        ? await request.post(path, { data: {}, maxRedirects: 0 })
        : await request.get(path, { maxRedirects: 0 });
    if (route.kind === "page") {
      expect([302, 303, 307], path).toContain(res.status());
      expect(res.headers()["location"] ?? "", path).toContain("/login");
    } else {
      expect(res.status(), path).toBe(401);
    }
  }
});
