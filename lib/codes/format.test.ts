import { randomInt } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  CODE_ALPHABET,
  CODE_LENGTH,
  checkCharacter,
  checkCode,
  formatCode,
  generateCode,
  normalizeCode,
} from "./format";

// A deterministic pseudo-random source so the exhaustive checks below cover the same codes each run.
function seeded(seed: number) {
  let s = seed;
  return (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
}

describe("activation code format", () => {
  it("generates 16 Crockford symbols whose check character verifies", () => {
    for (let i = 0; i < 200; i++) {
      const code = generateCode(randomInt);
      expect(code).toHaveLength(CODE_LENGTH);
      expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
      expect(checkCode(code)).toEqual({ ok: true, code });
    }
  });

  it("normalizes case, look-alikes and separators", () => {
    const code = generateCode(seeded(1));
    const typed = formatCode(code).toLowerCase().replace(/0/g, "o").replace(/1/g, "l");
    expect(normalizeCode(` ${typed} `)).toBe(code);
    expect(normalizeCode("abcd efgh_ijkl.mnop")).toBe("ABCDEFGH1JK1MN0P");
    expect(formatCode("abcdefghjkmnpqrstv")).toBe("ABCD-EFGH-JKMN-PQRS");
  });

  it("catches every single-character typo", () => {
    const rnd = seeded(42);
    for (let n = 0; n < 50; n++) {
      const code = generateCode(rnd);
      for (let pos = 0; pos < CODE_LENGTH; pos++) {
        for (const c of CODE_ALPHABET) {
          if (c === code[pos]) continue;
          const typo = code.slice(0, pos) + c + code.slice(pos + 1);
          expect(checkCode(typo), `${typo} (position ${pos})`).toMatchObject({
            ok: false,
            problem: "BAD_CHECK",
          });
        }
      }
    }
  });

  it("catches every transposition of two different characters, adjacent or not", () => {
    const rnd = seeded(7);
    for (let n = 0; n < 100; n++) {
      const code = generateCode(rnd);
      for (let i = 0; i < CODE_LENGTH; i++) {
        for (let j = i + 1; j < CODE_LENGTH; j++) {
          if (code[i] === code[j]) continue;
          const chars = [...code];
          [chars[i], chars[j]] = [chars[j], chars[i]];
          expect(checkCode(chars.join("")).ok, `swap ${i}<->${j} of ${code}`).toBe(false);
        }
      }
    }
  });

  it("names the problem while the user types", () => {
    expect(checkCode("")).toMatchObject({ ok: false, problem: "EMPTY" });
    expect(checkCode("ABCD-EF")).toMatchObject({ ok: false, problem: "INCOMPLETE" });
    expect(checkCode("ABCD-EFGU")).toMatchObject({ ok: false, problem: "INVALID_CHARACTER", character: "U" });
    expect(checkCode("ABCD-EFGH-JKMN-PQRS-T")).toMatchObject({ ok: false, problem: "TOO_LONG" });
  });

  it("computes the check character over exactly 15 symbols", () => {
    expect(() => checkCharacter("ABC")).toThrow();
    const body = "0123456789ABCDE";
    expect(checkCode(body + checkCharacter(body)).ok).toBe(true);
  });
});
