// The raw-SQL gate (lib/db/sql.ts, lib/db/pool.ts, lib/db/scope.ts): a tenant statement must bind
// the branded organization id and reference it; the statement reaches the client unchanged.
import { describe, expect, it } from "vitest";
import type pg from "pg";
import { pgSetLocal, tenantClientQuery, tenantInlineQuery } from "@/lib/db/pool";
import { assertScopedText, assertScopedValues, UnscopedSqlError } from "@/lib/db/scope";
import {
  adminQuery,
  sql,
  tenantExecute,
  tenantExecuteText,
  tenantQuery,
  tenantQueryText,
  type RawClient,
} from "@/lib/db/sql";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const ORG = unsafeOrganizationId("11111111-1111-4111-8111-111111111111");
const OTHER = "22222222-2222-4222-8222-222222222222";

/** A Prisma client stand-in that records what it is sent. */
function recorder() {
  const calls: { method: string; args: unknown[] }[] = [];
  const rec =
    (method: string) =>
    (...args: unknown[]) => {
      calls.push({ method, args });
      return Promise.resolve(method.startsWith("$execute") ? 1 : [{ ok: true }]);
    };
  const client = {
    $queryRaw: rec("$queryRaw"),
    $executeRaw: rec("$executeRaw"),
    $queryRawUnsafe: rec("$queryRawUnsafe"),
    $executeRawUnsafe: rec("$executeRawUnsafe"),
  } as unknown as RawClient;
  return { client, calls };
}

/** A pg client stand-in. */
function pgRecorder() {
  const calls: unknown[][] = [];
  const client = {
    query: (...args: unknown[]) => {
      calls.push(args);
      return Promise.resolve(
        typeof args[0] === "string" && args[0].startsWith("BEGIN; ")
          ? [{ rows: [] }, { rows: [{ n: 1 }] }]
          : { rows: [{ n: 1 }], rowCount: 1 },
      );
    },
  } as unknown as pg.ClientBase;
  return { client, calls };
}

describe("tenantQuery / tenantExecute (Prisma.Sql)", () => {
  it("sends a statement that binds the organization id, unchanged", async () => {
    const { client, calls } = recorder();
    const q = sql`SELECT 1 FROM "Cashbox" WHERE "organizationId" = ${ORG}::uuid AND id = ${"x"}::uuid`;
    expect(await tenantQuery(client, ORG, q)).toEqual([{ ok: true }]);
    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe("$queryRaw");
    expect(calls[0].args[0]).toBe(q);
    expect(q.values).toEqual([ORG, "x"]);
    expect(await tenantExecute(client, ORG, q)).toBe(1);
    expect(calls[1].method).toBe("$executeRaw");
  });

  it("refuses a statement without the organization id, before it reaches the database", () => {
    const { client, calls } = recorder();
    expect(() => tenantQuery(client, ORG, sql`SELECT 1 FROM "Cashbox" WHERE id = ${"x"}::uuid`)).toThrow(
      UnscopedSqlError,
    );
    expect(() => tenantExecute(client, ORG, sql`DELETE FROM "Cashbox"`)).toThrow(/UNSCOPED_SQL/);
    // another tenant's id is not this tenant's
    expect(() => tenantQuery(client, ORG, sql`SELECT 1 WHERE "organizationId" = ${OTHER}::uuid`)).toThrow(
      UnscopedSqlError,
    );
    expect(calls).toHaveLength(0);
  });

  it("finds the id in a nested fragment", () => {
    const { client, calls } = recorder();
    const where = sql`"organizationId" = ${ORG}::uuid`;
    tenantQuery(client, ORG, sql`SELECT 1 FROM "Cashbox" WHERE ${where}`);
    expect(calls).toHaveLength(1);
  });

  it("refuses an empty organization id", () => {
    const { client } = recorder();
    const empty = unsafeOrganizationId("");
    expect(() => tenantQuery(client, empty, sql`SELECT ${""}::text`)).toThrow(UnscopedSqlError);
  });

  it("adminQuery is unchecked (named exceptions only)", async () => {
    const { client, calls } = recorder();
    await adminQuery(client, sql`SELECT count(*) FROM "Organization"`);
    expect(calls[0].method).toBe("$queryRaw");
  });
});

describe("tenantQueryText / tenantExecuteText ($n text)", () => {
  it("binds the id and sends text and values unchanged", async () => {
    const { client, calls } = recorder();
    const text = `SELECT 1 FROM "StockBalance" WHERE "organizationId" = $2::uuid AND "itemId" = $1::uuid`;
    await tenantQueryText(client, ORG, text, "item", ORG);
    expect(calls[0]).toEqual({ method: "$queryRawUnsafe", args: [text, "item", ORG] });
    await tenantExecuteText(client, ORG, text, "item", ORG);
    expect(calls[1]).toEqual({ method: "$executeRawUnsafe", args: [text, "item", ORG] });
  });

  it("refuses the id bound but not referenced, or not bound", () => {
    const { client, calls } = recorder();
    expect(() => tenantQueryText(client, ORG, `SELECT 1 WHERE id = $1`, "x", ORG)).toThrow(
      /bound but its \$n placeholder is not in the statement/,
    );
    expect(() => tenantQueryText(client, ORG, `SELECT 1 WHERE id = $1`, "x")).toThrow(/not bound/);
    // $1 is not $10
    expect(() => assertScopedText(ORG, `SELECT $10`, [ORG])).toThrow(UnscopedSqlError);
    expect(() => assertScopedText(ORG, `SELECT $10, $1`, [ORG])).not.toThrow();
    expect(calls).toHaveLength(0);
  });

  it("assertScopedValues wants the very id among the values", () => {
    expect(() => assertScopedValues(ORG, ["a", ORG])).not.toThrow();
    expect(() => assertScopedValues(ORG, [[ORG]])).toThrow(UnscopedSqlError);
  });
});

describe("pg helpers", () => {
  it("tenantClientQuery checks, then sends text and values", async () => {
    const { client, calls } = pgRecorder();
    const text = `UPDATE "ImportJob" SET x = 1 WHERE "organizationId" = $1::uuid`;
    await tenantClientQuery(client, ORG, text, [ORG]);
    expect(calls).toEqual([[text, [ORG]]]);
    expect(() => tenantClientQuery(client, ORG, `DELETE FROM "ImportJob" WHERE id = $1`, ["x"])).toThrow(
      UnscopedSqlError,
    );
    expect(calls).toHaveLength(1);
  });

  it("tenantInlineQuery wants the id as a quoted literal; BEGIN travels with it", async () => {
    const { client, calls } = pgRecorder();
    const text = `SELECT 1 FROM "CashboxJournal" WHERE "organizationId" = '${ORG}' FOR UPDATE`;
    expect(await tenantInlineQuery(client, ORG, text, { begin: true })).toEqual([{ n: 1 }]);
    expect(calls[0]).toEqual([`BEGIN; ${text}`]);
    await expect(tenantInlineQuery(client, ORG, `SELECT 1 FROM "CashboxJournal" FOR UPDATE`)).rejects.toThrow(
      UnscopedSqlError,
    );
    expect(calls).toHaveLength(1);
  });

  it("pgSetLocal takes SET LOCAL statements only", async () => {
    const { client, calls } = pgRecorder();
    await pgSetLocal(client, "SET LOCAL lock_timeout = 5000; SET LOCAL statement_timeout = 30000");
    await pgSetLocal(client, "SET LOCAL synchronous_commit = off");
    await expect(pgSetLocal(client, "SET LOCAL x = 1; DELETE FROM t")).rejects.toThrow(/SET LOCAL/);
    expect(calls).toHaveLength(2);
  });
});
