import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { currentFanOut, fanOutGuardOptions } from "./fan-out";
import { guardExtension } from "./guard";
import { poolTimeoutConfig } from "./timeouts";

function databaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded PostgreSQL)");
  return url;
}

/** `options`: libpq startup options (the Citus fan-out guard, lib/db/fan-out.ts). */
function createClient(options?: string) {
  // the cabinet's time limits (lib/db/timeouts.ts); a dropped connection is one log line, never an
  // unhandled 'error' event (the adapter attaches these listeners to every connection it lends out)
  const adapter = new PrismaPg(
    {
      connectionString: databaseUrl(),
      max: Number(process.env.DB_POOL_SIZE ?? 10),
      ...poolTimeoutConfig("cabinet"),
      ...(options ? { options } : {}),
    },
    {
      onPoolError: (e) => console.error(`[db cabinet pool] idle connection lost: ${e.message}`),
      onConnectionError: (e) => console.error(`[db cabinet pool] connection lost: ${e.message}`),
    },
  );
  // Interactive transactions wait for a pooled connection and for row locks (the cashbox journal
  // is locked FOR UPDATE by every document); Prisma's defaults (2 s to get a connection, 5 s in all)
  // turn a busy moment into a 500, so both are longer here.
  return new PrismaClient({ adapter, transactionOptions: { maxWait: 15_000, timeout: 30_000 } }).$extends(
    guardExtension,
  );
}

export type Db = ReturnType<typeof createClient>;
/** Transaction client handed to callbacks of db.$transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForDb = globalThis as unknown as { __kassaDb?: Db; __kassaDbFanOut?: Db };

/**
 * Lazily created so that `next build` never needs a database. Inside crossTenant() (lib/db/fan-out.ts)
 * this is the client without the Citus fan-out guard; it is the same client when the guard is off.
 */
export function getDb(): Db {
  return currentFanOut() ? getUnguardedDb() : getGuardedDb();
}

function getGuardedDb(): Db {
  if (!globalForDb.__kassaDb) globalForDb.__kassaDb = createClient(fanOutGuardOptions());
  return globalForDb.__kassaDb;
}

/** The client whose queries may span shards: cross-tenant jobs (via crossTenant) and tests' own checks. */
export function getUnguardedDb(): Db {
  if (!fanOutGuardOptions()) return getGuardedDb();
  if (!globalForDb.__kassaDbFanOut) globalForDb.__kassaDbFanOut = createClient();
  return globalForDb.__kassaDbFanOut;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, prop) {
    const client = getDb() as unknown as Record<string | symbol, unknown>;
    const value = client[prop];
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(client) : value;
  },
});

export async function disconnectDb() {
  if (globalForDb.__kassaDb) {
    await globalForDb.__kassaDb.$disconnect();
    globalForDb.__kassaDb = undefined;
  }
  if (globalForDb.__kassaDbFanOut) {
    await globalForDb.__kassaDbFanOut.$disconnect();
    globalForDb.__kassaDbFanOut = undefined;
  }
}
