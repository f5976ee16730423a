// A plain `pg` pool for the few hot paths where Prisma's per-query overhead dominates (the device
// API ingests receipts at ~1,000/s: one transaction of four round trips per receipt). Everything
// else goes through Prisma (lib/db/client.ts). int8 columns come back as BigInt, like Prisma's.
import { createHash } from "node:crypto";
import pg from "pg";

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
}

const bigintParser = (v: string) => BigInt(v);
const types = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === 20 ? bigintParser : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

const globalForPool = globalThis as unknown as { __kassaPgPool?: pg.Pool };

export function getPool(): pg.Pool {
  if (!globalForPool.__kassaPgPool) {
    const pool = new pg.Pool({
      connectionString: databaseUrl(),
      max: Number(process.env.DEVICE_DB_POOL_SIZE ?? process.env.DB_POOL_SIZE ?? 10),
      types,
    });
    pool.on("error", (e) => console.error("[db pool]", e.message));
    globalForPool.__kassaPgPool = pool;
  }
  return globalForPool.__kassaPgPool;
}

export type PgClient = pg.PoolClient;

const statementNames = new Map<string, string>();

/**
 * Runs `text` as a named prepared statement (named by its hash): each connection parses and plans
 * it once, later calls only bind and execute.
 */
export async function pgQuery<T extends pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
  client?: pg.PoolClient,
): Promise<T[]> {
  let name = statementNames.get(text);
  if (!name) {
    name = `k${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    if (statementNames.size < 1000) statementNames.set(text, name);
  }
  const r = await (client ?? getPool()).query<T>({ name, text, values });
  return r.rows;
}

/** BEGIN … COMMIT on one pooled connection; ROLLBACK when `fn` throws. */
export async function pgTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await getPool().connect();
  try {
    await client.query("BEGIN");
    const out = await fn(client);
    await client.query("COMMIT");
    return out;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Like pgTransaction, but BEGIN travels with a first statement in one round trip (simple query
 * protocol, so `firstSql` takes no parameters: inline only values that cannot carry SQL, such as
 * UUIDs read from the database). `fn` gets that statement's rows.
 */
export async function pgTransactionStartingWith<R extends pg.QueryResultRow, T>(
  firstSql: string,
  fn: (client: pg.PoolClient, firstRows: R[]) => Promise<T>,
): Promise<T> {
  const client = await getPool().connect();
  try {
    const results = (await client.query(`BEGIN; ${firstSql}`)) as unknown as pg.QueryResult<R>[];
    const out = await fn(client, results[1].rows);
    await client.query("COMMIT");
    return out;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/** A unique index refused the write (SQLSTATE 23505), optionally a given index. */
export function isPgUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string };
  return err?.code === "23505" && (!constraint || err.constraint === constraint);
}

export async function closePool() {
  if (globalForPool.__kassaPgPool) {
    await globalForPool.__kassaPgPool.end();
    globalForPool.__kassaPgPool = undefined;
  }
}
