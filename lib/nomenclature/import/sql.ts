// The import's bulk statements run on one plain `pg` connection per job run: for statements with
// 5,000-element array parameters Prisma's raw-query path costs about three times the CPU of pg's
// (measured: 53 ms vs 16 ms per statement), which is most of an import's overhead over reading the file.
import pg from "pg";
import { currentFanOut, fanOutGuardOptions } from "@/lib/db/fan-out";
import { pgControl, pgSetLocal, tenantClientQuery } from "@/lib/db/pool";
import type { OrganizationId } from "@/lib/tenant/context";

export type Sql = <R = Record<string, unknown>>(
  text: string,
  params?: unknown[],
) => Promise<{ rows: R[]; rowCount: number }>;

export interface BulkConnection {
  sql: Sql;
  /** BEGIN … COMMIT, ROLLBACK when `fn` throws */
  transaction<T>(fn: (sql: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/**
 * A connection for one organization's import: every statement of its `sql` must bind and reference
 * `orgId` (tenantClientQuery, lib/db/pool.ts), except a parameterless `SET LOCAL …`.
 */
export async function openBulkConnection(orgId: OrganizationId): Promise<BulkConnection> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  // one tenant's import: on Citus (npm run test:citus) guarded like the pools (lib/db/fan-out.ts)
  const guard = currentFanOut() ? undefined : fanOutGuardOptions();
  const client = new pg.Client({
    connectionString: url,
    application_name: "kassa-import",
    ...(guard ? { options: guard } : {}),
  });
  // A dropped connection (a terminated backend, a restarted server) emits 'error' on an idle client;
  // without a listener that is an uncaught exception. The next query then fails and the caller
  // decides (run-import-job.ts retries transient errors on a new connection).
  client.on("error", (e) => {
    console.warn(`import connection lost: ${e.message}`);
  });
  await client.connect();
  const sql: Sql = async (text, params = []) => {
    if (params.length === 0 && /^\s*SET LOCAL /i.test(text)) {
      await pgSetLocal(client, text);
      return { rows: [], rowCount: 0 };
    }
    const r = await tenantClientQuery(client, orgId, text, params);
    return { rows: r.rows as never[], rowCount: r.rowCount ?? 0 };
  };
  return {
    sql,
    async transaction(fn) {
      await pgControl(client, "BEGIN");
      try {
        const result = await fn(sql);
        await pgControl(client, "COMMIT");
        return result;
      } catch (e) {
        await pgControl(client, "ROLLBACK").catch(() => {});
        throw e;
      }
    },
    close: () => client.end().catch(() => {}),
  };
}

/** The nomenclature lock of lib/nomenclature/lock.ts, on a bulk connection. */
export async function lockNomenclatureSql(sql: Sql, organizationId: OrganizationId) {
  await sql(`SELECT pg_advisory_xact_lock(hashtextextended('nomenclature:' || $1::text, 0))`, [
    organizationId,
  ]);
}

/** The same row lib/audit/log.ts `audit()` writes, inside the bulk transaction. */
export async function auditSql(
  sql: Sql,
  entry: {
    organizationId: string;
    userId: string | null;
    userEmail: string | null;
    action: string;
    objectType: string;
    objectId: string;
    details: unknown;
  },
) {
  await sql(
    `INSERT INTO "AuditLog" ("organizationId", "userId", "userEmail", action, "objectType", "objectId", details, ip)
     VALUES ($1::uuid, $2::uuid, $3, $4, $5, $6, $7::jsonb, NULL)`,
    [
      entry.organizationId,
      entry.userId,
      entry.userEmail,
      entry.action,
      entry.objectType,
      entry.objectId,
      JSON.stringify(entry.details),
    ],
  );
}

/** One statement on a short-lived connection (a request that moves a file, not worth Prisma's bytes path). */
export async function withBulkConnection<T>(orgId: OrganizationId, fn: (sql: Sql) => Promise<T>): Promise<T> {
  const conn = await openBulkConnection(orgId);
  try {
    return await fn(conn.sql);
  } finally {
    await conn.close();
  }
}

/**
 * The stored file of an import (Prisma turns a multi-megabyte bytea into a Uint8Array through its
 * query engine at ~0.2 s per MB of CPU; pg hands over the Buffer as it arrives).
 */
export async function readJobFileBytes(
  sql: Sql,
  organizationId: OrganizationId,
  id: string,
): Promise<Uint8Array | null> {
  const { rows } = await sql<{ fileData: Buffer | null }>(
    `SELECT "fileData" FROM "ImportJob" WHERE "organizationId" = $1::uuid AND id = $2::uuid`,
    [organizationId, id],
  );
  const data = rows[0]?.fileData;
  return data ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
}

export async function writeJobFileBytes(
  sql: Sql,
  organizationId: OrganizationId,
  id: string,
  bytes: Uint8Array,
) {
  await sql(`UPDATE "ImportJob" SET "fileData" = $3 WHERE "organizationId" = $1::uuid AND id = $2::uuid`, [
    organizationId,
    id,
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  ]);
}
