// A plain `pg` pool for the few hot paths where Prisma's per-query overhead dominates (the device
// API ingests receipts at ~1,000/s: one transaction of four round trips per receipt). Everything
// else goes through Prisma (lib/db/client.ts). int8 columns come back as BigInt, like Prisma's.
import { createHash } from "node:crypto";
import pg from "pg";
import { currentFanOut, fanOutGuardOptions } from "./fan-out";
import type { OrganizationId } from "@/lib/tenant/context";
import { assertScopedInline, assertScopedText } from "./scope";
import { poolTimeoutConfig, type PoolKind } from "./timeouts";

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

// a pool per kind; with the Citus fan-out guard on, "<kind>:fan-out" is its unguarded twin used
// inside crossTenant() (lib/db/fan-out.ts)
const globalForPool = globalThis as unknown as {
  __kassaPgPools?: Partial<Record<string, pg.Pool>>;
  __kassaOnCitus?: Promise<boolean>;
};

/** The raw pools: "device" for the device API, "jobs" for background work (longer time limits). */
export type RawPoolKind = Extract<PoolKind, "device" | "jobs">;

/**
 * A checked-out client has no error listener of pg-pool's (it removes its own while the client is
 * lent out), so a connection that drops between two queries of a transaction (pg_terminate_backend,
 * a restarting server) would emit an unhandled 'error' and crash the process. Every client of our
 * pools gets a permanent listener instead: the query in flight fails on its own, and the log gets
 * one line.
 */
export function attachClientErrorListener(client: pg.Client | pg.PoolClient, label: string) {
  client.on("error", (e: Error) => console.error(`[db ${label}] connection lost: ${e.message}`));
}

/**
 * libpq `options` of a new connection of `kind`: the device pool's plan mode, the fan-out guard, and
 * citus.propagate_set_commands=local, so that the `SET LOCAL` limits a transaction starts with
 * (lib/device/pipeline/tx.ts) reach the Citus workers it touches; the session's own limits
 * (poolTimeoutConfig) stay on the coordinator. On a plain PostgreSQL the "citus." setting is an
 * inert placeholder.
 */
function connectionOptions(guard: string | undefined): { options: string } {
  return { options: ["-c citus.propagate_set_commands=local", guard].filter(Boolean).join(" ") };
}

/**
 * Every statement of the device path is keyed by primary/unique keys, so the generic plan is the
 * right one; the default (five custom plans, then a cost comparison) re-plans the wide write
 * statement and the sign-in read at every Bind — ~0.4 ms of server CPU per receipt. Not on Citus:
 * its planner routes a statement to a shard by the parameters' values and cannot build a generic
 * distributed plan ("could not create distributed plan"), so there the mode stays `auto`. Asked
 * once per new connection (DeviceClient), before the pool lends it out.
 */
const DEVICE_PLAN_MODE = `SELECT set_config('plan_cache_mode',
  CASE WHEN EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') THEN 'auto' ELSE 'force_generic_plan' END, false)`;

/** A device pool connection: connected, then its plan mode set, before the pool lends it out. */
class DeviceClient extends pg.Client {}
const connectClient = pg.Client.prototype.connect as (this: pg.Client) => Promise<unknown>;
// pg-pool connects with a callback; any other caller gets the promise
Object.defineProperty(DeviceClient.prototype, "connect", {
  value: function (this: pg.Client, callback?: (err: Error | null, client?: pg.Client) => void) {
    const ready = connectClient
      .call(this)
      .then(() => this.query(DEVICE_PLAN_MODE))
      .then(() => this);
    if (!callback) return ready;
    ready.then(
      (c) => callback(null, c),
      (e: Error) => callback(e),
    );
  },
});

/** Whether DATABASE_URL is a Citus coordinator (the extension is installed); asked once per process. */
export function onCitus(): Promise<boolean> {
  const known = globalForPool.__kassaOnCitus;
  if (known) return known;
  const asked = getPool()
    .query<{ citus: boolean }>("SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'citus') AS citus")
    .then((r) => r.rows[0].citus);
  globalForPool.__kassaOnCitus = asked;
  // a failed question (database down) is asked again next time
  asked.catch(() => {
    if (globalForPool.__kassaOnCitus === asked) globalForPool.__kassaOnCitus = undefined;
  });
  return asked;
}

/** The pool of `kind`: guarded on tenant work when the Citus fan-out guard is on, unguarded inside crossTenant(). */
export function getPool(kind: RawPoolKind = "device"): pg.Pool {
  const pools = (globalForPool.__kassaPgPools ??= {});
  const guard = fanOutGuardOptions();
  const unguarded = guard !== undefined && currentFanOut() !== undefined;
  const key = unguarded ? `${kind}:fan-out` : kind;
  let pool = pools[key];
  if (!pool) {
    const size =
      kind === "jobs"
        ? Number(process.env.JOBS_DB_POOL_SIZE ?? 2)
        : Number(process.env.DEVICE_DB_POOL_SIZE ?? process.env.DB_POOL_SIZE ?? 10);
    pool = new pg.Pool({
      connectionString: databaseUrl(),
      max: size,
      types,
      ...poolTimeoutConfig(kind),
      ...connectionOptions(guard && !unguarded ? guard : undefined),
      ...(kind === "device"
        ? { Client: DeviceClient as unknown as NonNullable<pg.PoolConfig["Client"]> }
        : {}),
    });
    const label = `${key} pool`;
    pool.on("error", (e) => console.error(`[db ${label}] idle connection lost: ${e.message}`));
    pool.on("connect", (client) => attachClientErrorListener(client, label));
    pools[key] = pool;
  }
  return pool;
}

export type PgClient = pg.PoolClient;

const statementNames = new Map<string, string>();

/**
 * Runs `text` as a named prepared statement (named by its hash): each connection parses and plans
 * it once, later calls only bind and execute. Not exported: tenantPoolQuery or adminPoolQuery.
 */
async function preparedQuery<T extends pg.QueryResultRow>(
  text: string,
  values: unknown[],
  client?: pg.PoolClient | pg.Pool,
): Promise<T[]> {
  let name = statementNames.get(text);
  if (!name) {
    name = `k${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    if (statementNames.size < 1000) statementNames.set(text, name);
  }
  const r = await (client ?? getPool()).query<T>({ name, text, values });
  return r.rows;
}

/**
 * One tenant's statement on the raw pool (or `client`, a connection of it) as a named prepared
 * statement; refuses (UnscopedSqlError) a statement that does not bind `orgId` as a value its
 * `$n` text references (lib/db/scope.ts). The raw-SQL gate of the pools, like lib/db/sql.ts's for Prisma.
 */
export async function tenantPoolQuery<T extends pg.QueryResultRow>(
  orgId: OrganizationId,
  text: string,
  values: unknown[],
  client?: pg.PoolClient | pg.Pool,
): Promise<T[]> {
  assertScopedText(orgId, text, values);
  return preparedQuery<T>(text, values, client);
}

/**
 * Not one tenant's statement (a cross-tenant scan inside crossTenant(), a look-up by a global key
 * such as a device token): unchecked, visible by name. Keep these few.
 */
export async function adminPoolQuery<T extends pg.QueryResultRow>(
  text: string,
  values: unknown[] = [],
  client?: pg.PoolClient | pg.Pool,
): Promise<T[]> {
  return preparedQuery<T>(text, values, client);
}

/**
 * One tenant's statement whose organization id is inlined as a quoted literal (`'<uuid>'`, a text
 * sent as a simple query: the device journal lock, lib/device/pipeline/lookups.ts); refuses one that
 * does not contain it. With `begin`, BEGIN travels in the same round trip.
 */
export async function tenantInlineQuery<T>(
  client: pg.ClientBase,
  orgId: OrganizationId,
  text: string,
  opts: { begin?: boolean } = {},
): Promise<T[]> {
  assertScopedInline(orgId, text);
  if (!opts.begin) return (await client.query(text)).rows as T[];
  const results = (await client.query(`BEGIN; ${text}`)) as unknown as { rows: T[] }[];
  return results[1].rows;
}

/** One tenant's statement on a plain client (an unnamed statement): the result as pg returns it. */
export function tenantClientQuery<T extends pg.QueryResultRow>(
  client: pg.ClientBase,
  orgId: OrganizationId,
  text: string,
  values: unknown[],
): Promise<pg.QueryResult<T>> {
  assertScopedText(orgId, text, values);
  return client.query<T>(text, values);
}

/** Transaction control on a checked-out client. */
export async function pgControl(
  client: pg.ClientBase,
  command: "BEGIN" | "COMMIT" | "ROLLBACK",
): Promise<void> {
  await client.query(command);
}

/** `SET LOCAL name = value[; SET LOCAL …]` on a client in a transaction; refuses anything else. */
export async function pgSetLocal(client: pg.ClientBase, text: string): Promise<void> {
  if (!/^\s*SET LOCAL [\w.]+ (=|TO) [^;]+(;\s*SET LOCAL [\w.]+ (=|TO) [^;]+)*;?\s*$/i.test(text))
    throw new Error(`pgSetLocal takes SET LOCAL statements only: ${text.slice(0, 80)}`);
  await client.query(text);
}

/** BEGIN … COMMIT on one pooled connection; ROLLBACK when `fn` throws. */
export async function pgTransaction<T>(
  fn: (client: pg.PoolClient) => Promise<T>,
  kind: RawPoolKind = "device",
): Promise<T> {
  const client = await getPool(kind).connect();
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

/** A unique index refused the write (SQLSTATE 23505), optionally a given index. */
export function isPgUniqueViolation(e: unknown, constraint?: string): boolean {
  const err = e as { code?: string; constraint?: string };
  return err?.code === "23505" && (!constraint || err.constraint === constraint);
}

export async function closePool() {
  const pools = globalForPool.__kassaPgPools ?? {};
  globalForPool.__kassaPgPools = undefined;
  globalForPool.__kassaOnCitus = undefined;
  await Promise.all(Object.values(pools).map((p) => p?.end()));
}
