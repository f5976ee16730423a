import { createHash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { splitSql } from "./split-sql";
import {
  citusWorkers,
  distributeSchema,
  dropCitusDatabase,
  hasCitus,
  prepareCitusDatabase,
  type DistributionResult,
} from "./citus";

export interface MigrationResult {
  applied: string[];
  skipped: number;
  /** what lib/db/citus.ts distributed; null on a plain PostgreSQL */
  citus?: DistributionResult | null;
}

const LOCK_ID = 724_001_117; // pg_advisory_lock key shared by every app server and test worker

/**
 * Applies prisma/migrations/<name>/migration.sql in name order, each in its own transaction,
 * under an advisory lock. Records name + checksum in "_kassa_migrations"; refuses to run when an
 * applied file has changed since (migrations are never edited after merge). On a Citus coordinator
 * the tables are then distributed (lib/db/citus.ts; nothing happens without the extension).
 */
export async function migrate(connectionString: string, dir = path.join(process.cwd(), "prisma/migrations")) {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const result: MigrationResult = { applied: [], skipped: 0 };
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_ID]);
    // on Citus a later migration may alter distributed tables: its triggers run on the shards (they
    // touch only their own row), and its DDL goes over one connection per worker so that it can mix
    // with writes to reference tables in the same transaction
    const citus = await hasCitus(client);
    if (citus)
      await client.query(
        `SET citus.enable_unsafe_triggers = on; SET citus.multi_shard_modify_mode = 'sequential'`,
      );
    // an existing cluster whose tables are distributed takes a file one statement at a time
    // (Citus refuses a multi-statement string that alters a distributed table); a fresh database
    // runs each file whole and is distributed after the last one
    const distributed =
      citus && (await client.query(`SELECT 1 FROM pg_dist_partition LIMIT 1`)).rowCount! > 0;
    await client.query(`CREATE TABLE IF NOT EXISTS "_kassa_migrations" (
      name TEXT PRIMARY KEY, checksum TEXT NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())`);
    const applied = new Map<string, string>(
      (
        await client.query<{ name: string; checksum: string }>(
          `SELECT name, checksum FROM "_kassa_migrations"`,
        )
      ).rows.map((r) => [r.name, r.checksum]),
    );
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    for (const name of names) {
      const sql = await readFile(path.join(dir, name, "migration.sql"), "utf8");
      const checksum = createHash("sha256").update(sql).digest("hex");
      const known = applied.get(name);
      if (known) {
        if (known !== checksum) {
          throw new Error(
            `Migration ${name} was changed after it was applied (checksum mismatch); add a new migration instead`,
          );
        }
        result.skipped++;
        continue;
      }
      await client.query("BEGIN");
      try {
        if (distributed) for (const statement of splitSql(sql)) await client.query(statement);
        else await client.query(sql);
        await client.query(`INSERT INTO "_kassa_migrations"(name, checksum) VALUES ($1, $2)`, [
          name,
          checksum,
        ]);
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${name} failed: ${(err as Error).message}`);
      }
      result.applied.push(name);
    }
    result.citus = await distributeSchema(client);
    return result;
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_ID]).catch(() => {});
    await client.end();
  }
}

/** Creates a database on the server of `adminUrl` if it does not exist; returns its URL. */
export async function ensureDatabase(adminUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${name.replace(/"/g, "")}"`);
  } finally {
    await client.end();
  }
  // on a Citus coordinator the new database gets the extension and the workers too
  const workers = await citusWorkers(adminUrl);
  if (workers) await prepareCitusDatabase(adminUrl, name, workers);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function dropDatabase(adminUrl: string, name: string) {
  const workers = await citusWorkers(adminUrl).catch(() => null);
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, "")}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
  if (workers) await dropCitusDatabase(adminUrl, name, workers);
}
