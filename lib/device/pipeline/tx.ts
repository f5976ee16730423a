// Device transactions and their database limits. On a plain PostgreSQL every connection of the
// device pool starts with the device lock_timeout and statement_timeout (lib/db/timeouts.ts), and
// the locked path's BEGIN travels with the journal lock in one round trip. On Citus those session
// settings stay on the coordinator: the worker connections that run a tenant's statements wait for
// a row lock without limit (bounded only by the coordinator's statement_timeout, and reported as a
// cancelled statement instead of a lock timeout). There each device transaction starts with
// `SET LOCAL` of the limits, which Citus replays on every worker connection of the transaction
// (citus.propagate_set_commands=local, set by the pool). Citus replays the whole query string a SET
// came in, so the SETs travel alone: BEGIN, the SETs, then the first statement (two more round
// trips to the coordinator, on Citus only).
import {
  getPool,
  onCitus,
  pgControl,
  pgSetLocal,
  pgTransaction,
  tenantInlineQuery,
  type PgClient,
} from "@/lib/db/pool";
import type { OrganizationId } from "@/lib/tenant/context";
import { timeoutsOf } from "@/lib/db/timeouts";

/** The device limits as `SET LOCAL` statements (whole milliseconds from lib/db/timeouts.ts). */
export function deviceLimitsSql(): string {
  const t = timeoutsOf("device");
  return `SET LOCAL lock_timeout = ${t.lockMs}; SET LOCAL statement_timeout = ${t.statementMs}`;
}

/** BEGIN, the limits where the session's own do not reach the workers, then `firstSql`'s rows. */
async function begin<R>(client: PgClient, orgId: OrganizationId, firstSql: string): Promise<R[]> {
  if (!(await onCitus())) return tenantInlineQuery<R>(client, orgId, firstSql, { begin: true });
  await pgControl(client, "BEGIN");
  await pgSetLocal(client, deviceLimitsSql());
  return tenantInlineQuery<R>(client, orgId, firstSql);
}

/**
 * A transaction for the locked path whose body decides to commit or roll back by its return value
 * (a refusal rolls back what the load stage wrote); BEGIN travels with the journal lock.
 */
export async function lockedTransaction<R, T>(
  orgId: OrganizationId,
  firstSql: string,
  fn: (client: PgClient, firstRows: R[]) => Promise<{ commit: boolean; value: T }>,
): Promise<T> {
  const client = await getPool().connect();
  try {
    const out = await fn(client, await begin<R>(client, orgId, firstSql));
    await pgControl(client, out.commit ? "COMMIT" : "ROLLBACK");
    return out.value;
  } catch (e) {
    await pgControl(client, "ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}

/**
 * Runs the optimistic path's single statement: on the pool as it is (one round trip) on a plain
 * PostgreSQL; on Citus in a transaction of its own that starts with the device limits, so a row
 * lock held on the worker ends in a lock timeout there too. `fn` gets no client on the plain path.
 */
export async function limitedStatement<T>(fn: (client?: PgClient) => Promise<T>): Promise<T> {
  if (!(await onCitus())) return fn();
  return pgTransaction(async (client) => {
    await pgSetLocal(client, deviceLimitsSql());
    return fn(client);
  });
}
