// Issue 19.3: one module for money, countries and time zones (lib/locale/). A second formatter, a
// copied currency ternary, another `Country` type or another "local date in a zone" makes this fail.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((n) => {
    const rel = path.join(dir, n);
    if (statSync(path.join(root, rel)).isDirectory())
      return ["node_modules", "generated", ".next"].includes(n) ? [] : sources(rel);
    return /\.(ts|tsx)$/.test(n) ? [rel] : [];
  });
}

const all = ["lib", "components", "app", "scripts", "prisma", "bench", "tests"].flatMap(sources);
const text = new Map(all.map((f) => [f, readFileSync(path.join(root, f), "utf8")]));

/** files (outside this test) whose text matches `re` */
function where(re: RegExp): string[] {
  return all.filter((f) => !f.endsWith("locale-one-module.test.ts") && re.test(text.get(f)!));
}

describe("one locale module", () => {
  it("has one money formatter", () => {
    expect(where(/export (function|const) formatMoney\b/)).toEqual(["lib/locale/money.ts"]);
    expect(where(/new Intl\.NumberFormat\(/).filter((f) => !f.startsWith("lib/locale/"))).toEqual([]);
    expect(where(/style: "currency"/)).toEqual([]);
  });

  it("has one currency-of-country and one Country type", () => {
    expect(where(/"KZ" \? "KZT"|"RU" \? "RUB"|=== "KZT" \? "KZT"/)).toEqual([]);
    expect(where(/\btype Country\s*=/)).toEqual(["lib/locale/country.ts"]);
  });

  it("has one local date in a time zone", () => {
    expect(where(/function (localDate|todayIn|localParts)\b/)).toEqual(["lib/locale/zone.ts"]);
    expect(where(/Intl\.DateTimeFormat\("en-CA"/)).toEqual([]);
  });
});
