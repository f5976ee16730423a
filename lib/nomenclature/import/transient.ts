// Which database errors are worth retrying: the connection went away (a terminated backend, a restart,
// a network cut) or the server asked to try again. Anything else is a bug or a fact about the data.
const TRANSIENT_SQLSTATE = new Set([
  "57P01", // admin_shutdown (pg_terminate_backend)
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "08000",
  "08001",
  "08003",
  "08004",
  "08006",
  "40001", // serialization_failure
  "40P01", // deadlock_detected
  "53300", // too_many_connections
  "55P03", // lock_not_available (lock_timeout)
  "57014", // query_canceled (statement_timeout)
]);
const TRANSIENT_NODE = new Set([
  "ECONNRESET",
  "ECONNREFUSED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENOTFOUND",
]);
const TRANSIENT_TEXT =
  /Connection terminated|connection error|Client was closed|Client has encountered a connection error|not queryable|terminating connection|Can't reach database server|timeout exceeded when trying to connect/i;

export function isTransientDbError(e: unknown): boolean {
  if (!e || typeof e !== "object") return false;
  const code = (e as { code?: unknown }).code;
  if (typeof code === "string" && (TRANSIENT_SQLSTATE.has(code) || TRANSIENT_NODE.has(code))) return true;
  const message = (e as { message?: unknown }).message;
  if (typeof message === "string" && TRANSIENT_TEXT.test(message)) return true;
  const cause = (e as { cause?: unknown }).cause;
  return cause !== undefined && cause !== e && isTransientDbError(cause);
}
