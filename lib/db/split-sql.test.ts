import { describe, expect, it } from "vitest";
import { splitSql } from "./split-sql";

describe("splitSql", () => {
  it("splits at top-level semicolons and drops comment-only pieces", () => {
    const parts = splitSql(
      `-- head; comment\nALTER TABLE "A" ADD COLUMN b INT;\n/* x; y */\nCREATE INDEX i ON "A"(b);\n-- tail\n`,
    );
    expect(parts.map((s) => s.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, "").trim())).toEqual([
      'ALTER TABLE "A" ADD COLUMN b INT',
      'CREATE INDEX i ON "A"(b)',
    ]);
  });

  it("keeps semicolons inside strings, quoted identifiers and dollar-quoted bodies", () => {
    const sql = `INSERT INTO "T;x"(v) VALUES ('a;b', 'it''s;');\nDO $$ BEGIN PERFORM 1; END $$;\nCREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;`;
    const parts = splitSql(sql).map((s) => s.trim());
    expect(parts).toEqual([
      `INSERT INTO "T;x"(v) VALUES ('a;b', 'it''s;')`,
      "DO $$ BEGIN PERFORM 1; END $$",
      "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql",
    ]);
  });

  it("splits every migration of the repository into pieces that join back to it", async () => {
    const { readdirSync, readFileSync } = await import("node:fs");
    const dir = "prisma/migrations";
    for (const m of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      const sql = readFileSync(`${dir}/${m.name}/migration.sql`, "utf8");
      const parts = splitSql(sql);
      expect(parts.length, m.name).toBeGreaterThan(0);
      for (const p of parts) expect(sql.includes(p), m.name).toBe(true);
    }
  });
});
