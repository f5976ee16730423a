// Property tests of the strict price parser (issue 15.4), with a seeded PRNG: the same cases every run.
import { describe, expect, it } from "vitest";
import { MAX_PRICE_MINOR, parsePrice } from "./price";

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RUNS = 5000;
const CURRENCIES = ["₽", "₸", "руб", "руб.", "р.", "тг", "KZT", "RUB", "kzt", "Руб."];
const THOUSANDS = ["", " ", "\u00a0", "\u202f", "."];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)];
}

/** A random amount written the way people write it, with its value. */
function formatted(rnd: () => number): { text: string; minor: bigint } {
  const digits = 1 + Math.floor(rnd() * 10);
  let int = String(Math.floor(rnd() * 10 ** digits));
  const fracLen = pick(rnd, [0, 0, 1, 2]);
  const fracDigits = fracLen === 0 ? "" : String(Math.floor(rnd() * 10 ** fracLen)).padStart(fracLen, "0");
  const minor = BigInt(int) * 100n + BigInt((fracDigits + "00").slice(0, 2));
  let thousands = pick(rnd, THOUSANDS);
  let decimal = pick(rnd, [",", "."]);
  if (thousands === "." && decimal === ".") decimal = ",";
  // «1.299» (one dot, three digits after it) is ambiguous on purpose; write a grouped number with a fraction.
  if (thousands === "." && fracLen === 0 && int.length > 3 && int.length <= 6) thousands = " ";
  if (thousands && int.length > 3) {
    const groups: string[] = [];
    while (int.length > 3) {
      groups.unshift(int.slice(-3));
      int = int.slice(0, -3);
    }
    int = [int, ...groups].join(thousands);
  }
  let text = fracLen ? `${int}${decimal}${fracDigits}` : int;
  const where = pick(rnd, ["none", "before", "after"] as const);
  const cur = pick(rnd, CURRENCIES);
  const gap = pick(rnd, ["", " ", "\u00a0"]);
  if (where === "before") text = `${cur}${gap}${text}`;
  if (where === "after") text = `${text}${gap}${cur}`;
  if (rnd() < 0.2) text = ` ${text} `;
  return { text, minor };
}

describe("parsePrice properties", () => {
  it("reads back every well-formed amount exactly", () => {
    const rnd = mulberry32(15_4);
    for (let i = 0; i < RUNS; i++) {
      const { text, minor } = formatted(rnd);
      expect(parsePrice(text), text).toEqual({ ok: true, minor });
    }
  });

  it("a stray character after the currency or the number is an error, never another number", () => {
    const rnd = mulberry32(2431_91);
    for (let i = 0; i < RUNS; i++) {
      const { text } = formatted(rnd);
      const stray = pick(rnd, [",", ".", ";", "'", ",,", ":", "/"]);
      const after = rnd() < 0.5;
      // «руб.», «тг.» and «р.» are currency words in their own right
      if (after && stray === "." && /(руб|тг)$/i.test(text.trimEnd())) continue;
      const bad = after ? `${text.trimEnd()}${stray}` : `${stray}${text.trimStart()}`;
      const r = parsePrice(bad);
      // «15.» or «.5» style leftovers are a format error too: the point is that nothing is guessed
      expect(r.ok, bad).toBe(false);
    }
  });

  it("never treats a comma as a thousands separator and never throws on junk", () => {
    const rnd = mulberry32(99);
    const alphabet = ["1", "2", "0", "9", ",", ".", " ", "\u00a0", "-", "р", "₽", "т", "г", "e", "'"];
    for (let i = 0; i < RUNS * 4; i++) {
      const len = 1 + Math.floor(rnd() * 12);
      let s = "";
      for (let k = 0; k < len; k++) s += pick(rnd, alphabet);
      const r = parsePrice(s);
      if (!r.ok) continue;
      expect(r.minor >= 0n && r.minor < MAX_PRICE_MINOR, s).toBe(true);
      const all = s.replace(/\D/g, "");
      const fracDigits = s.includes(",") ? s.slice(s.lastIndexOf(",")).replace(/\D/g, "").length : null;
      if (fracDigits !== null) {
        // the digits after the comma are the fraction: value = digits / 10^fracDigits
        expect(r.minor * 10n ** BigInt(fracDigits), s).toBe(BigInt(all) * 100n);
      } else {
        // without a comma the value is the digits as an integer or with one or two decimals after a dot
        expect([BigInt(all), BigInt(all) * 10n, BigInt(all) * 100n], s).toContain(r.minor);
      }
    }
  });

  it("the reported case and its relatives", () => {
    expect(parsePrice("2431,91 руб,")).toEqual({ ok: false, problem: "format" });
    expect(parsePrice("2431,91 руб")).toEqual({ ok: true, minor: 243191n });
    expect(parsePrice("руб. 2 431,91")).toEqual({ ok: true, minor: 243191n });
    expect(parsePrice("1.299")).toEqual({ ok: false, problem: "ambiguous" });
    expect(parsePrice("1.299.000")).toEqual({ ok: true, minor: 129900000n });
    expect(parsePrice("1 29 9")).toEqual({ ok: false, problem: "format" });
    expect(parsePrice("1,2,3")).toEqual({ ok: false, problem: "format" });
    expect(parsePrice("1.299 000,00")).toEqual({ ok: false, problem: "format" });
    expect(parsePrice("₽ 15 ₽")).toEqual({ ok: false, problem: "format" });
  });
});
