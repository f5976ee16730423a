// Is an error "the database is unavailable right now" (issue 16.1)? True for a server that cannot
// be reached or went away, a pool with no free connection in time, and the time limits of
// lib/db/timeouts.ts (statement_timeout, lock_timeout). Such a failure is not a bug of ours: the
// device API answers 503 SERVICE_UNAVAILABLE with Retry-After, the cabinet shows its error page,
// and the log gets one line instead of a stack. Errors come raw from `pg` or wrapped by Prisma's
// driver adapter (its `cause` / `meta.driverAdapterError`), so the whole chain is searched.

/** SQLSTATEs that mean "try again later". */
const UNAVAILABLE_SQLSTATES = new Set([
  "57014", // query_canceled: statement_timeout
  "55P03", // lock_not_available: lock_timeout
  "25P03", // idle_in_transaction_session_timeout
  "57P01", // admin_shutdown (pg_terminate_backend, a stopping server)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, recovering)
  "53300", // too_many_connections
  "53400", // configuration_limit_exceeded
  "40P01", // deadlock_detected
]);

const UNAVAILABLE_NODE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "ENOTFOUND",
  "ECONNABORTED",
]);

/** Prisma error codes for a server it cannot reach or whose pool timed out. */
const UNAVAILABLE_PRISMA_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);

const UNAVAILABLE_MESSAGES = [
  /timeout exceeded when trying to connect/i,
  /connection terminated/i,
  /terminating connection/i,
  /connection (?:was )?closed/i,
  /client has encountered a connection error/i,
  /not queryable/i,
  /can't reach database server/i,
  /server closed the connection unexpectedly/i,
  /canceling statement due to (?:statement|lock) timeout/i,
  /lock timeout/i,
  /the database system is (?:starting up|shutting down|in recovery mode)/i,
  /too many (?:clients|connections)/i,
  /timed out fetching a new connection/i,
  /unable to start a transaction in the given time/i,
  /connect ECONNREFUSED/i,
];

function* chain(e: unknown, depth = 0): Generator<Record<string, unknown>> {
  if (!e || typeof e !== "object" || depth > 6) return;
  const o = e as Record<string, unknown>;
  yield o;
  yield* chain(o.cause, depth + 1);
  const meta = o.meta as Record<string, unknown> | undefined;
  if (meta && typeof meta === "object") yield* chain(meta.driverAdapterError, depth + 1);
  if (Array.isArray(o.errors)) for (const inner of o.errors) yield* chain(inner, depth + 1);
}

export function isDbUnavailable(e: unknown): boolean {
  for (const o of chain(e)) {
    const code = typeof o.code === "string" ? o.code : undefined;
    const originalCode = typeof o.originalCode === "string" ? o.originalCode : undefined;
    if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_NODE_CODES.has(code))) return true;
    if (originalCode && UNAVAILABLE_SQLSTATES.has(originalCode)) return true;
    if (code && UNAVAILABLE_PRISMA_CODES.has(code)) return true;
    if (o.kind === "DatabaseNotReachable" || o.kind === "SocketTimeout" || o.kind === "ConnectionClosed")
      return true;
    const message = typeof o.message === "string" ? o.message : "";
    if (message && UNAVAILABLE_MESSAGES.some((re) => re.test(message))) return true;
  }
  return false;
}

/** One log line for an unavailable database: the first message of the chain, no stack. */
export function unavailableSummary(e: unknown): string {
  for (const o of chain(e)) {
    const msg = typeof o.message === "string" ? o.message.split("\n").find((l) => l.trim()) : undefined;
    const code = typeof o.code === "string" ? o.code : undefined;
    if (msg) return code ? `${code} ${msg.trim()}` : msg.trim();
  }
  return String(e);
}
