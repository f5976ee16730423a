// One gate for raw SQL (issue 19): outside lib/db nothing sends SQL text by itself — no Prisma
// $queryRaw/$executeRaw (or their *Unsafe forms), no pg `.query(` — but through the helpers of
// lib/db/sql.ts and lib/db/pool.ts, which refuse a tenant statement that does not bind the
// organization id. ESLint says the same (eslint.config.mjs); this test keeps it true in `npm test`,
// which does not run the linter. It also keeps the helpers that run tenant SQL on the branded
// OrganizationId (lib/tenant/context.ts) instead of a plain string.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((n) => {
    const rel = path.join(dir, n);
    if (statSync(path.join(root, rel)).isDirectory()) return n === "generated" ? [] : sources(rel);
    return /\.(ts|tsx|mjs)$/.test(n) ? [rel] : [];
  });
}

/** The application's code; lib/db is the gate itself (scripts/, bench/, tests/, prisma/ are not scanned). */
const APP_CODE = ["app", "components", "lib"];
const GATE = `lib${path.sep}db${path.sep}`;

const RAW_SQL = /\$(queryRaw|executeRaw)(Unsafe)?\b|\.query\b\s*[<(]/g;

function rawSqlSites(): string[] {
  return APP_CODE.flatMap(sources)
    .filter((f) => !f.startsWith(GATE))
    .flatMap((f) =>
      readFileSync(path.join(root, f), "utf8")
        .split("\n")
        .flatMap((line, i) => (line.match(RAW_SQL) ? [`${f}:${i + 1}: ${line.trim()}`] : [])),
    );
}

/**
 * Functions that still take `organizationId: string`, each with why (none runs tenant SQL by it).
 * A new one takes OrganizationId; one that must not, comes here with its reason.
 */
const PLAIN_ORG_ID_ALLOWED: Record<string, string> = {
  "lib/audit/log.ts":
    "platform-admin use cases write the audit row into the tenant they acted on (Prisma API)",
  "lib/db/lookups.ts": "the keyed look-up tables (Prisma API) are written for the row a use case creates",
  "lib/payments/process-payment-event.ts":
    "the provider's event names the payment, whose row names the tenant",
  "lib/http/session-actions.ts": "a request's input, checked against the user's memberships",
  "lib/market/cart.ts": "the owner check of a cookie's cart, no database",
};

function plainOrgIdParams(): string[] {
  const param = /[(,]\s*organizationId: string\b/g;
  return APP_CODE.flatMap(sources)
    .filter((f) => !(f.split(path.sep).join("/") in PLAIN_ORG_ID_ALLOWED))
    .flatMap((f) => {
      const text = readFileSync(path.join(root, f), "utf8");
      return [...text.matchAll(param)].map((m) => `${f}:${text.slice(0, m.index).split("\n").length}`);
    });
}

describe("one gate for raw SQL", () => {
  it("app/, components/ and lib/ send raw SQL only through lib/db", () => {
    expect(rawSqlSites()).toEqual([]);
  });

  it("the check itself finds a raw call", () => {
    const line =
      "const r = await db.$queryRawUnsafe(`SELECT 1`); await client.query<{ n: number }>(`SELECT 1`);";
    expect(line.match(RAW_SQL)).toEqual(["$queryRawUnsafe", ".query<"]);
    expect("tx.$executeRaw`UPDATE t SET x = 1`".match(RAW_SQL)).toEqual(["$executeRaw"]);
    expect("pool.query(text)".match(RAW_SQL)).toEqual([".query("]);
    expect("client.query.bind(client)".match(RAW_SQL)).toBeNull();
  });

  it("helpers take the branded OrganizationId, not a plain string", () => {
    expect(plainOrgIdParams()).toEqual([]);
    for (const f of Object.keys(PLAIN_ORG_ID_ALLOWED))
      expect(statSync(path.join(root, f)).isFile()).toBe(true);
  });
});
