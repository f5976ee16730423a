// One gate for raw SQL through Prisma (issue 19). Outside lib/db nothing calls $queryRaw,
// $executeRaw or their *Unsafe forms (eslint.config.mjs, tests/unit/raw-sql-gate.test.ts):
//   tenantQuery / tenantExecute            one tenant's statement, a Prisma.Sql (`sql` tagged template)
//   tenantQueryText / tenantExecuteText    the same for a `$1…$n` text with its values
// refuse (UnscopedSqlError, lib/db/scope.ts) a statement that does not bind the branded organization
// id and reference it. The statement itself goes to Prisma unchanged, so its plan does not change.
//   adminQuery / adminExecute / adminQueryText / adminExecuteText
// are the named exceptions: statements that are not one tenant's — cross-tenant scans of jobs (inside
// crossTenant(), lib/db/fan-out.ts), look-ups by a global key (a device token, a code), session
// settings. Every call of one is an exception visible by name; keep them few.
// The same pair for the `pg` pools is in lib/db/pool.ts (tenantPoolQuery, adminPoolQuery).
import type { OrganizationId } from "@/lib/tenant/context";
import { Prisma } from "./generated/client";
import type { Tx } from "./client";
import { assertScopedText, assertScopedValues } from "./scope";

export { UnscopedSqlError } from "./scope";

/** The tagged template of a statement (Prisma.sql): values become $n parameters. */
export const sql = Prisma.sql;

/** A Prisma client or transaction client: what the helpers send the statement to. */
export type RawClient = Pick<Tx, "$queryRaw" | "$executeRaw" | "$queryRawUnsafe" | "$executeRawUnsafe">;

/** Rows of one tenant's statement; refuses one that does not bind and reference `orgId`. */
export function tenantQuery<T = unknown>(
  client: RawClient,
  orgId: OrganizationId,
  query: Prisma.Sql,
): Prisma.PrismaPromise<T> {
  assertScopedValues(orgId, query.values);
  return client.$queryRaw<T>(query);
}

/** Affected row count of one tenant's statement; refuses one that does not bind and reference `orgId`. */
export function tenantExecute(
  client: RawClient,
  orgId: OrganizationId,
  query: Prisma.Sql,
): Prisma.PrismaPromise<number> {
  assertScopedValues(orgId, query.values);
  return client.$executeRaw(query);
}

/** tenantQuery for a `$1…$n` text (Prisma's $queryRawUnsafe): `orgId` must be a value its text references. */
export function tenantQueryText<T = unknown>(
  client: RawClient,
  orgId: OrganizationId,
  text: string,
  ...values: unknown[]
): Prisma.PrismaPromise<T> {
  assertScopedText(orgId, text, values);
  return client.$queryRawUnsafe<T>(text, ...values);
}

/** tenantExecute for a `$1…$n` text (Prisma's $executeRawUnsafe). */
export function tenantExecuteText(
  client: RawClient,
  orgId: OrganizationId,
  text: string,
  ...values: unknown[]
): Prisma.PrismaPromise<number> {
  assertScopedText(orgId, text, values);
  return client.$executeRawUnsafe(text, ...values);
}

/** Not one tenant's statement (cross-tenant job, global look-up): unchecked, visible by name. */
export function adminQuery<T = unknown>(client: RawClient, query: Prisma.Sql): Prisma.PrismaPromise<T> {
  return client.$queryRaw<T>(query);
}

/** adminQuery's affected-row-count twin. */
export function adminExecute(client: RawClient, query: Prisma.Sql): Prisma.PrismaPromise<number> {
  return client.$executeRaw(query);
}

/** adminQuery for a `$1…$n` text. */
export function adminQueryText<T = unknown>(
  client: RawClient,
  text: string,
  ...values: unknown[]
): Prisma.PrismaPromise<T> {
  return client.$queryRawUnsafe<T>(text, ...values);
}

/** adminExecute for a `$1…$n` text (also session settings: `SET LOCAL …`). */
export function adminExecuteText(
  client: RawClient,
  text: string,
  ...values: unknown[]
): Prisma.PrismaPromise<number> {
  return client.$executeRawUnsafe(text, ...values);
}
