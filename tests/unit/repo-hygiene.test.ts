// Issue 19.8: what misleads a person who clones the repository. Scripts point at files that exist,
// `test:unit` does not start PostgreSQL, no test screenshots are committed, the docs the code cites
// live in the repo, and docs are titled by what they are about, not by an issue number.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");
const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as {
  scripts: Record<string, string>;
};

function files(dir: string, re: RegExp): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory())
      return ["node_modules", "generated", ".next"].includes(n) ? [] : files(p, re);
    return re.test(n) ? [p] : [];
  });
}

describe("repository hygiene", () => {
  it("every `tsx <file>` npm script points at a file that exists; seed and db:reset are wired", () => {
    const missing = Object.entries(pkg.scripts).flatMap(([name, cmd]) =>
      [...cmd.matchAll(/\btsx\s+(\S+\.ts)\b/g)]
        .map((m) => m[1])
        .filter((f) => !existsSync(path.join(root, f)))
        .map((f) => `${name}: ${f}`),
    );
    expect(missing).toEqual([]);
    expect(pkg.scripts.seed).toBe("tsx scripts/seed.ts");
    expect(pkg.scripts["db:reset"]).toBe("tsx scripts/reset-db.ts");
  });

  it("test:unit runs the unit project, which has no database setup; npm test still runs both", async () => {
    const configFile = path.join(root, "vitest.config.mts");
    const { default: config } = (await import(configFile)) as {
      default: { test?: { globalSetup?: unknown; projects?: unknown[] } };
    };
    expect(pkg.scripts["test:unit"]).toMatch(/vitest run --project unit$/);
    const projects = (config.test?.projects ?? []) as {
      test: { name: string; include: string[]; globalSetup?: string[] };
    }[];
    const unit = projects.find((p) => p.test.name === "unit")!;
    const integration = projects.find((p) => p.test.name === "integration")!;
    expect(unit.test.globalSetup).toBeUndefined();
    expect(config.test?.globalSetup).toBeUndefined();
    expect(unit.test.include.some((g) => g.startsWith("tests/integration"))).toBe(false);
    expect(integration.test.globalSetup).toEqual(["tests/integration/global-setup.ts"]);
    expect(pkg.scripts.test).toMatch(/vitest run(?! --project)/);
  });

  it("no test screenshots are committed", () => {
    const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n");
    expect(tracked.filter((f) => /^test-results/.test(f))).toEqual([]);
  });

  it("the docs the code cites are in the repository, and comments cite them there", () => {
    for (const d of ["docs/product.md", "docs/device-api.md", "docs/architecture.md"])
      expect(existsSync(path.join(root, d)), d).toBe(true);
    const offenders: string[] = [];
    for (const dir of ["lib", "app", "components", "scripts", "tests", "prisma", "bench"])
      for (const f of files(path.join(root, dir), /\.(ts|tsx|mts)$/)) {
        const text = readFileSync(f, "utf8");
        for (const m of text.matchAll(/[\w./-]*\b(product|device-api)\.md/g))
          if (!m[0].endsWith(`docs/${m[1]}.md`) || m[0].includes("shared/"))
            offenders.push(`${path.relative(root, f)}: ${m[0]}`);
      }
    expect(offenders.filter((o) => !o.startsWith("tests/unit/repo-hygiene"))).toEqual([]);
  });

  it("docs are titled by their subject, not by an issue number", () => {
    const titled = files(path.join(root, "docs"), /\.md$/)
      .map((f) => [path.relative(root, f), readFileSync(f, "utf8").split("\n")[0]] as const)
      .filter(([, title]) => /issue\s*#?\d+/i.test(title));
    expect(titled).toEqual([]);
  });

  it("dates are formatted only by lib/locale/dates.ts (one format per locale, identical on server and client)", () => {
    const allowed = (f: string) => f.startsWith("lib/locale/");
    const offenders: string[] = [];
    for (const dir of ["app", "components", "lib"])
      for (const abs of files(path.join(root, dir), /\.(ts|tsx)$/)) {
        const f = path.relative(root, abs);
        if (allowed(f) || /\.test\.tsx?$/.test(f)) continue;
        const text = readFileSync(abs, "utf8");
        for (const m of text.matchAll(
          /\.toLocale(Date|Time)?String\(|new Intl\.DateTimeFormat\b|\bIntl\.DateTimeFormat\(/g,
        ))
          offenders.push(`${f}: ${m[0]}`);
        // next-intl's formatter with Intl options (`format.dateTime(d, { dateStyle … })`): its own format
        for (const m of text.matchAll(/\.dateTime\(/g)) {
          let depth = 1;
          let i = m.index! + m[0].length;
          let options = false;
          for (; i < text.length && depth > 0; i++) {
            const c = text[i];
            if (c === "(") depth++;
            else if (c === ")") depth--;
            else if (c === "{" && depth === 1) options = true;
          }
          if (options) offenders.push(`${f}: .dateTime(…, { options })`);
        }
      }
    expect(offenders).toEqual([]);
  });
});
