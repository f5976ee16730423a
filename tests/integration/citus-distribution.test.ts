// The schema distributes (issue 18): on a Citus coordinator (npm run test:citus) the migrations leave
// every table with an "organizationId" column hash-distributed on it and co-located with
// "Organization", platform data as reference tables, lookup tables distributed by their own key and
// nothing unclassified; a tenant's query routes to one shard. On a plain PostgreSQL the same
// migrations distribute nothing (lib/db/citus.ts is a no-op there). A tenant table added by a later
// migration, written to the conventions of docs/scale-out.md, distributes with no other edit.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { distributeSchema, KEYED_TABLES, LOCAL_TABLES, REFERENCE_TABLES } from "@/lib/db/citus";
import { dropDatabase, ensureDatabase, migrate } from "@/lib/db/migrate";
import { seedOrganization } from "@/prisma/seed/factories";
import { db } from "./helpers";

let client: pg.Client;
let citus = false;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  citus = (await client.query("SELECT 1 FROM pg_extension WHERE extname = 'citus'")).rowCount === 1;
});
afterAll(async () => client?.end());

interface Dist {
  name: string;
  method: string;
  column: string | null;
  colocation: number;
}

async function distribution(): Promise<Map<string, Dist>> {
  const r = await client.query<Dist>(
    `SELECT c.relname AS name, p.partmethod AS method,
            CASE WHEN p.partmethod = 'h' THEN column_to_column_name(p.logicalrelid, p.partkey) END AS column,
            p.colocationid AS colocation
       FROM pg_dist_partition p JOIN pg_class c ON c.oid = p.logicalrelid`,
  );
  return new Map(r.rows.map((x) => [x.name, x]));
}

async function publicTables(): Promise<{ name: string; tenant: boolean }[]> {
  const r = await client.query<{ name: string; tenant: boolean }>(
    `SELECT c.relname AS name,
            EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organizationId' AND NOT a.attisdropped) AS tenant
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition`,
  );
  return r.rows;
}

describe("Citus distribution of the schema", () => {
  it("every tenant table is hash-distributed by organizationId and co-located with Organization", async () => {
    if (!citus) {
      // plain PostgreSQL: the distribution step is a no-op and nothing refers to Citus
      expect(await distributeSchema(client)).toBeNull();
      return;
    }
    const dist = await distribution();
    const org = dist.get("Organization");
    expect(org).toMatchObject({ method: "h", column: "id" });
    const tables = await publicTables();
    const tenant = tables.filter((t) => t.tenant);
    expect(tenant.length).toBeGreaterThanOrEqual(30);
    const problems: string[] = [];
    for (const t of tenant) {
      const d = dist.get(t.name);
      if (!d) problems.push(`${t.name}: not distributed`);
      else if (d.method !== "h" || d.column !== "organizationId")
        problems.push(`${t.name}: ${d.method} by ${d.column}`);
      else if (d.colocation !== org!.colocation) problems.push(`${t.name}: not co-located with Organization`);
    }
    expect(problems).toEqual([]);
  });

  it("platform data are reference tables, lookups are distributed by their key, nothing is unclassified", async () => {
    if (!citus) {
      expect((await client.query("SELECT to_regclass('pg_dist_partition') AS r")).rows[0].r).toBeNull();
      return;
    }
    const dist = await distribution();
    const tables = await publicTables();
    const names = new Set(tables.map((t) => t.name));
    for (const t of REFERENCE_TABLES) expect(dist.get(t)?.method, t).toBe("n");
    for (const [t, col] of Object.entries(KEYED_TABLES)) {
      expect(names.has(t), t).toBe(true);
      expect(dist.get(t), t).toMatchObject({ method: "h", column: col });
    }
    const unclassified = tables
      .filter((t) => !dist.has(t.name) && !(LOCAL_TABLES as readonly string[]).includes(t.name))
      .map((t) => t.name);
    expect(unclassified).toEqual([]);
    // idempotent: a second run changes nothing
    const again = await distributeSchema(client);
    expect(again?.unclassified).toEqual([]);
    expect((await distribution()).size).toBe(dist.size);
  });

  it("a tenant's query runs on one shard; the same query without the tenant fans out", async () => {
    const org = "00000000-0000-4000-8000-000000000001";
    const plan = async (sql: string) =>
      (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN ${sql}`)).rows
        .map((r) => r["QUERY PLAN"])
        .join("\n");
    if (!citus) {
      // plain PostgreSQL plans it itself
      expect(await plan(`SELECT count(*) FROM "FiscalDocument"`)).not.toMatch(/Citus/);
      return;
    }
    const single = await plan(
      `SELECT d.id FROM "FiscalDocument" d JOIN "Cashbox" c ON c."organizationId" = d."organizationId" AND c.id = d."cashboxId"
        JOIN "ReceiptLine" l ON l."organizationId" = d."organizationId" AND l."documentId" = d.id
       WHERE d."organizationId" = '${org}'`,
    );
    expect(single).toMatch(/Task Count: 1\b/);
    const all = await plan(`SELECT count(*) FROM "FiscalDocument"`);
    expect(all).not.toMatch(/Task Count: 1\b/);
  });

  it("the nomenclature change cursor follows a tenant's write order, also after its shard meets a lower sequence", async () => {
    const org = await seedOrganization(db());
    const seqOf = async (id: string) =>
      BigInt(
        (
          await client.query<{ s: string }>(
            `SELECT "changeSeq"::text AS s FROM "NomenclatureItem" WHERE "organizationId" = $1 AND id = $2`,
            [org.id, id],
          )
        ).rows[0].s,
      );
    const insert = async (name: string) =>
      (
        await client.query<{ id: string }>(
          `INSERT INTO "NomenclatureItem" ("organizationId", id, name, price, "vatRate")
           VALUES ($1, gen_random_uuid(), $2, 100, 'VAT22') RETURNING id`,
          [org.id, name],
        )
      ).rows[0].id;
    const touch = (id: string) =>
      client.query(
        `UPDATE "NomenclatureItem" SET price = price + 1 WHERE "organizationId" = $1 AND id = $2`,
        [org.id, id],
      );
    const a = await insert("A");
    const a1 = await seqOf(a);
    await touch(a);
    const a2 = await seqOf(a);
    const b = await insert("B");
    const b1 = await seqOf(b);
    // before the fix, on Citus: the update took the worker's range (group id << 48), the insert the coordinator's
    expect(a2).toBeGreaterThan(a1);
    expect(b1).toBeGreaterThan(a2);
    if (!citus) return;
    // the tenant's shard meets a sequence below its numbers (as after a move to another worker):
    // the next writes still number after everything a terminal has seen
    const node = await client.query<{ host: string; port: number }>(
      `SELECT nodename AS host, nodeport AS port FROM citus_shards
        WHERE table_name = '"NomenclatureItem"'::regclass
          AND shardid = get_shard_id_for_distribution_column('"NomenclatureItem"', $1::uuid)`,
      [org.id],
    );
    const worker = new URL(process.env.DATABASE_URL!);
    worker.hostname = node.rows[0].host;
    worker.port = String(node.rows[0].port);
    const w = new pg.Client({ connectionString: worker.toString() });
    await w.connect();
    try {
      // the lowest number this worker's range allows (its own range starts at group id << 48)
      await w.query(
        `SELECT setval('"NomenclatureItem_changeSeq_seq"', seqmin, false) FROM pg_sequence
          WHERE seqrelid = '"NomenclatureItem_changeSeq_seq"'::regclass`,
      );
    } finally {
      await w.end();
    }
    await touch(a);
    const a3 = await seqOf(a);
    expect(a3).toBeGreaterThan(b1);
    const c = await insert("C");
    expect(await seqOf(c)).toBeGreaterThan(a3);
    // a statement of many rows numbers them one after another
    await client.query(
      `INSERT INTO "NomenclatureItem" ("organizationId", id, name, price, "vatRate")
       SELECT $1, gen_random_uuid(), 'D' || n, 100, 'VAT22' FROM generate_series(1, 5) n`,
      [org.id],
    );
    const all = await client.query<{ s: string }>(
      `SELECT "changeSeq"::text AS s FROM "NomenclatureItem" WHERE "organizationId" = $1`,
      [org.id],
    );
    expect(new Set(all.rows.map((r) => r.s)).size).toBe(all.rowCount);
  });

  it("a tenant table of a later migration is distributed and co-located with no edit elsewhere", async () => {
    const admin = new URL(process.env.DATABASE_URL!);
    admin.pathname = "/postgres";
    const name = `${process.env.KASSA_TEST_DB ?? "kassa_test"}_probe`;
    const dir = mkdtempSync(path.join(tmpdir(), "kassa-migrations-"));
    const url = await ensureDatabase(admin.toString(), name);
    try {
      cpSync(path.resolve("prisma/migrations"), dir, { recursive: true });
      await migrate(url, dir);
      // a migration after the schema is distributed: a new tenant table with a composite FK, and a
      // change to a distributed table
      mkdirSync(path.join(dir, "29991231000000_probe"));
      writeFileSync(
        path.join(dir, "29991231000000_probe/migration.sql"),
        `CREATE TABLE "ProbeStock" (
           "organizationId" UUID NOT NULL,
           id UUID NOT NULL DEFAULT gen_random_uuid(),
           "cashboxId" UUID NOT NULL,
           quantity INTEGER NOT NULL,
           CONSTRAINT "ProbeStock_pkey" PRIMARY KEY ("organizationId", id),
           CONSTRAINT "ProbeStock_organizationId_cashboxId_fkey" FOREIGN KEY ("organizationId", "cashboxId")
             REFERENCES "Cashbox"("organizationId", id) ON DELETE CASCADE ON UPDATE NO ACTION
         );
         ALTER TABLE "Cashbox" ADD COLUMN "probeNote" TEXT;`,
      );
      const result = await migrate(url, dir);
      expect(result.applied).toEqual(["29991231000000_probe"]);
      const probe = new pg.Client({ connectionString: url });
      await probe.connect();
      try {
        const fk = await probe.query(
          `SELECT 1 FROM pg_constraint WHERE conname = 'ProbeStock_organizationId_cashboxId_fkey'`,
        );
        expect(fk.rowCount).toBe(1);
        if (!citus) {
          expect(result.citus).toBeNull();
          return;
        }
        expect(result.citus?.distributed).toContain("ProbeStock");
        expect(result.citus?.unclassified).toEqual([]);
        const r = await probe.query<{ name: string; column: string; colocation: number }>(
          `SELECT c.relname AS name, column_to_column_name(p.logicalrelid, p.partkey) AS column, p.colocationid AS colocation
             FROM pg_dist_partition p JOIN pg_class c ON c.oid = p.logicalrelid
            WHERE c.relname IN ('ProbeStock', 'Organization')`,
        );
        const by = new Map(r.rows.map((x) => [x.name, x]));
        expect(by.get("ProbeStock")).toMatchObject({ column: "organizationId" });
        expect(by.get("ProbeStock")!.colocation).toBe(by.get("Organization")!.colocation);
      } finally {
        await probe.end();
      }
    } finally {
      await dropDatabase(admin.toString(), name);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
