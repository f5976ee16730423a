// Database time limits per kind of work (issue 16.2). Every connection of a pool starts with its
// own `statement_timeout`, `lock_timeout` and `idle_in_transaction_session_timeout`, and waiting for
// a free pooled connection is limited too, so a lock never released or a database that stopped
// answering turns into a quick, retryable SERVICE_UNAVAILABLE instead of a request hanging forever.
//
//   device   — the device API (lib/db/pool.ts getPool()): a terminal waits a few seconds at most
//   cabinet  — Prisma (lib/db/client.ts): the cabinet's pages and actions, and the jobs that use Prisma
//   jobs     — background work on the raw pool (getPool("jobs")): the rollups rebuild
//
// Each figure can be overridden by KASSA_DB_<KIND>_<LIMIT>_MS, e.g. KASSA_DB_DEVICE_LOCK_TIMEOUT_MS=1000.
import type pg from "pg";

export type PoolKind = "device" | "cabinet" | "jobs";

export interface DbTimeouts {
  /** longest single statement */
  statementMs: number;
  /** longest wait for a row or table lock */
  lockMs: number;
  /** longest wait for a pooled connection (or a new one) */
  connectMs: number;
  /** a transaction left idle longer than this is ended by the server (its locks released) */
  idleInTransactionMs: number;
}

export const DEFAULT_TIMEOUTS: Record<PoolKind, DbTimeouts> = {
  device: { statementMs: 5_000, lockMs: 3_000, connectMs: 3_000, idleInTransactionMs: 10_000 },
  cabinet: { statementMs: 30_000, lockMs: 10_000, connectMs: 10_000, idleInTransactionMs: 60_000 },
  jobs: { statementMs: 600_000, lockMs: 30_000, connectMs: 30_000, idleInTransactionMs: 600_000 },
};

/** Seconds a client is told to wait (Retry-After) when the database is unavailable. */
export const RETRY_AFTER_SECONDS = 5;

const ENV_NAMES: Record<keyof DbTimeouts, string> = {
  statementMs: "STATEMENT_TIMEOUT_MS",
  lockMs: "LOCK_TIMEOUT_MS",
  connectMs: "CONNECT_TIMEOUT_MS",
  idleInTransactionMs: "IDLE_IN_TRANSACTION_TIMEOUT_MS",
};

export function timeoutsOf(kind: PoolKind, env: NodeJS.ProcessEnv = process.env): DbTimeouts {
  const out = { ...DEFAULT_TIMEOUTS[kind] };
  for (const key of Object.keys(ENV_NAMES) as (keyof DbTimeouts)[]) {
    const name = `KASSA_DB_${kind.toUpperCase()}_${ENV_NAMES[key]}`;
    const raw = env[name];
    if (raw === undefined || raw === "") continue;
    const n = Number(raw);
    if (!Number.isInteger(n) || n <= 0)
      throw new Error(`${name} must be a positive whole number of milliseconds`);
    out[key] = n;
  }
  return out;
}

/** The `pg` pool settings that apply the limits of `kind`. */
export function poolTimeoutConfig(
  kind: PoolKind,
): Pick<
  pg.PoolConfig,
  "statement_timeout" | "lock_timeout" | "idle_in_transaction_session_timeout" | "connectionTimeoutMillis"
> {
  const t = timeoutsOf(kind);
  return {
    statement_timeout: t.statementMs,
    lock_timeout: t.lockMs,
    idle_in_transaction_session_timeout: t.idleInTransactionMs,
    connectionTimeoutMillis: t.connectMs,
  };
}
