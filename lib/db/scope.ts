// The scope check of the raw-SQL gate (lib/db/sql.ts for Prisma, tenantPoolQuery in lib/db/pool.ts):
// a tenant statement must bind the organization's id as a parameter AND reference that parameter.
// On Citus this is what routes the statement to the tenant's one shard (docs/scale-out.md, rule 4);
// everywhere it keeps one tenant's request from reading or writing another's rows by a forgotten
// `WHERE "organizationId" = …`. Pure (no database), so the unit tests run it directly.
import type { OrganizationId } from "@/lib/tenant/context";

/** A tenant statement that does not name its organization: a programming error, never a user's. */
export class UnscopedSqlError extends Error {
  constructor(detail: string) {
    super(`UNSCOPED_SQL: ${detail}`);
    this.name = "UnscopedSqlError";
  }
}

function assertOrgId(orgId: OrganizationId): void {
  if (typeof orgId !== "string" || orgId === "")
    throw new UnscopedSqlError("a tenant statement needs a non-empty organization id");
}

// `$n` placeholders a statement text references, by text (bounded, like pool.ts's statement names)
const referenced = new Map<string, ReadonlySet<number>>();

function placeholdersOf(text: string): ReadonlySet<number> {
  let found = referenced.get(text);
  if (!found) {
    found = new Set(Array.from(text.matchAll(/\$(\d+)/g), (m) => Number(m[1])));
    if (referenced.size < 2000) referenced.set(text, found);
  }
  return found;
}

/**
 * A `$1…$n` statement (pg, Prisma's *Unsafe): some value equal to `orgId` is bound AND its placeholder
 * appears in the text. Throws UnscopedSqlError otherwise.
 */
export function assertScopedText(orgId: OrganizationId, text: string, values: readonly unknown[]): void {
  assertOrgId(orgId);
  let bound = false;
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== orgId) continue;
    bound = true;
    if (placeholdersOf(text).has(i + 1)) return;
  }
  throw new UnscopedSqlError(
    bound
      ? "the organization id is bound but its $n placeholder is not in the statement"
      : "the organization id is not bound as a parameter of the statement",
  );
}

/**
 * A Prisma.Sql statement (tagged template): every value is a placeholder of the text, so bound is
 * referenced. Throws UnscopedSqlError unless one value is `orgId`.
 */
export function assertScopedValues(orgId: OrganizationId, values: readonly unknown[]): void {
  assertOrgId(orgId);
  if (!values.includes(orgId))
    throw new UnscopedSqlError("the organization id is not bound as a parameter of the statement");
}

/**
 * A simple-query text with the organization id inlined as a quoted literal (`'<uuid>'`, the caller
 * checked it is a UUID): refuses one that does not contain it.
 */
export function assertScopedInline(orgId: OrganizationId, text: string): void {
  assertOrgId(orgId);
  if (!text.includes(`'${orgId}'`))
    throw new UnscopedSqlError("the organization id is not in the statement as a quoted literal");
}
