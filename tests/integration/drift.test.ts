// Schema drift guard: the Prisma CLI cannot run migrations here (stack.md), so migrations are
// hand-written SQL. After migrating a fresh database, this test checks that it matches
// prisma/schema/*.prisma: every model has its table, every scalar field its column with a
// compatible type and nullability (and no stray columns), every enum its values, every
// @id/@@unique/@@index its index.
import { readdirSync, readFileSync } from "node:fs";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get_dmmf } from "@prisma/prisma-schema-wasm";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "enum" | "object";
  type: string;
  isList: boolean;
  isRequired: boolean;
  nativeType?: [string, string[]] | null;
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}

/** prisma/schema/*.prisma as [path, text] pairs: the multi-file input the schema engine takes */
function schemaFiles(): [string, string][] {
  return readdirSync("prisma/schema")
    .filter((f) => f.endsWith(".prisma"))
    .sort()
    .map((f) => [`prisma/schema/${f}`, readFileSync(`prisma/schema/${f}`, "utf8")]);
}

const dmmf = JSON.parse(
  get_dmmf(JSON.stringify({ prismaSchema: schemaFiles() })),
) as {
  datamodel: {
    models: DmmfModel[];
    enums: { name: string; values: { name: string }[] }[];
    indexes: DmmfIndex[];
  };
};

function expectedUdt(f: DmmfField): string {
  if (f.kind === "enum") return (f.isList ? "_" : "") + f.type;
  const native = f.nativeType?.[0];
  const base: Record<string, string> = {
    String:
      native === "Uuid" ? "uuid" : native === "VarChar" ? "varchar" : native === "Citext" ? "citext" : "text",
    Int: "int4",
    BigInt: "int8",
    Boolean: "bool",
    Float: "float8",
    Decimal: "numeric",
    Json: "jsonb",
    Bytes: "bytea",
    DateTime: native === "Date" ? "date" : native === "Timestamptz" ? "timestamptz" : "timestamp",
  };
  const udt = base[f.type];
  if (!udt) throw new Error(`unmapped Prisma type ${f.type}`);
  return f.isList ? `_${udt}` : udt;
}

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
});
afterAll(async () => client?.end());

describe("migrations match prisma/schema/*.prisma", () => {
  it("tables and columns", async () => {
    const cols = await client.query<{
      table_name: string;
      column_name: string;
      udt_name: string;
      is_nullable: string;
    }>(
      `SELECT table_name, column_name, udt_name, is_nullable FROM information_schema.columns
        WHERE table_schema = 'public' AND table_name IN (
          -- base tables only: a Citus coordinator adds views such as citus_tables to this schema;
          -- the month partitions of a partitioned table are the table's, not models of their own
          SELECT t.table_name FROM information_schema.tables t
            JOIN pg_class c ON c.relname = t.table_name
            JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
           WHERE t.table_schema = 'public' AND t.table_type = 'BASE TABLE' AND NOT c.relispartition)`,
    );
    const byTable = new Map<string, Map<string, { udt: string; nullable: boolean }>>();
    for (const c of cols.rows) {
      if (!byTable.has(c.table_name)) byTable.set(c.table_name, new Map());
      byTable.get(c.table_name)!.set(c.column_name, { udt: c.udt_name, nullable: c.is_nullable === "YES" });
    }
    const problems: string[] = [];
    const modelTables = new Set<string>();
    for (const model of dmmf.datamodel.models) {
      const table = model.dbName ?? model.name;
      modelTables.add(table);
      const dbCols = byTable.get(table);
      if (!dbCols) {
        problems.push(`missing table ${table}`);
        continue;
      }
      const fieldCols = new Set<string>();
      for (const f of model.fields.filter((f) => f.kind !== "object")) {
        const col = f.dbName ?? f.name;
        fieldCols.add(col);
        const dbCol = dbCols.get(col);
        if (!dbCol) {
          problems.push(`missing column ${table}.${col}`);
          continue;
        }
        if (dbCol.udt !== expectedUdt(f))
          problems.push(`${table}.${col}: type ${dbCol.udt}, schema wants ${expectedUdt(f)}`);
        const wantNullable = !f.isRequired && !f.isList;
        if (dbCol.nullable !== wantNullable)
          problems.push(`${table}.${col}: nullable ${dbCol.nullable}, schema wants ${wantNullable}`);
      }
      for (const col of dbCols.keys())
        if (!fieldCols.has(col)) problems.push(`stray column ${table}.${col} not in schema`);
    }
    for (const table of byTable.keys()) {
      if (!modelTables.has(table) && !table.startsWith("_kassa_"))
        problems.push(`table ${table} has no Prisma model`);
    }
    expect(problems).toEqual([]);
  });

  it("enums", async () => {
    const rows = await client.query<{ typname: string; labels: string[] }>(
      `SELECT t.typname, array_agg(e.enumlabel ORDER BY e.enumsortorder)::text[] AS labels
         FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`,
    );
    const db = new Map(rows.rows.map((r) => [r.typname, r.labels]));
    for (const e of dmmf.datamodel.enums) expect(db.get(e.name), e.name).toEqual(e.values.map((v) => v.name));
  });

  it("primary keys, unique keys and indexes", async () => {
    const rows = await client.query<{ table: string; unique: boolean; primary: boolean; columns: string[] }>(
      `SELECT c.relname AS table, i.indisunique AS unique, i.indisprimary AS primary,
              array(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(attnum, ord)
                    JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.ord)::text[] AS columns
         FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public'`,
    );
    const problems: string[] = [];
    for (const idx of dmmf.datamodel.indexes) {
      const model = dmmf.datamodel.models.find((m) => m.name === idx.model)!;
      const table = model.dbName ?? model.name;
      const cols = idx.fields.map((f) => model.fields.find((mf) => mf.name === f.name)?.dbName ?? f.name);
      const found = rows.rows.find(
        (r) =>
          r.table === table &&
          JSON.stringify(r.columns) === JSON.stringify(cols) &&
          (idx.type === "id" ? r.primary : idx.type === "unique" ? r.unique : true),
      );
      if (!found) problems.push(`${idx.type} index on ${table}(${cols.join(", ")}) missing`);
    }
    expect(problems).toEqual([]);
  });
});
