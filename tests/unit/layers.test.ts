// Layers point down (docs/architecture.md «Layers»): app → components → lib. The ESLint rules say
// the same (eslint.config.mjs, incl. import/no-cycle); this test keeps it true in `npm test`, which
// does not run the (slow) linter.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((n) => {
    const rel = path.join(dir, n);
    if (statSync(path.join(root, rel)).isDirectory()) return n === "generated" ? [] : sources(rel);
    return /\.(ts|tsx)$/.test(n) ? [rel] : [];
  });
}

const importsOf = (f: string) =>
  [...readFileSync(path.join(root, f), "utf8").matchAll(/(?:from\s+|import\s*\(\s*)"(@\/[^"]+)"/g)].map(
    (m) => m[1],
  );

function breaches(dir: string, forbidden: RegExp): string[] {
  return sources(dir).flatMap((f) =>
    importsOf(f)
      .filter((i) => forbidden.test(i))
      .map((i) => `${f} → ${i}`),
  );
}

describe("layers", () => {
  it("components never import from app/", () => {
    expect(breaches("components", /^@\/app\//)).toEqual([]);
  });
  it("lib never imports from app/ or components/", () => {
    expect(breaches("lib", /^@\/(app|components)\//)).toEqual([]);
  });
});
