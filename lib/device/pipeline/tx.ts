// A transaction for the locked path whose body decides to commit or roll back by its return value
// (a refusal rolls back what the load stage wrote); BEGIN travels with the journal lock.
import { getPool, type PgClient } from "@/lib/db/pool";

export async function lockedTransaction<R, T>(
  firstSql: string,
  fn: (client: PgClient, firstRows: R[]) => Promise<{ commit: boolean; value: T }>,
): Promise<T> {
  const client = await getPool().connect();
  try {
    const results = (await client.query(`BEGIN; ${firstSql}`)) as unknown as { rows: R[] }[];
    const out = await fn(client, results[1].rows);
    await client.query(out.commit ? "COMMIT" : "ROLLBACK");
    return out.value;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    client.release();
  }
}
