// Activation code format (docs/product.md §6): 16 Crockford base32 characters shown in groups of four,
// the last one a check character. Pure (no I/O), shared by the browser (validation while typing)
// and the server (redemption, minting).
//
// The check character makes the weighted sum of all 16 symbols zero in GF(32):
//     a0·α^1 + a1·α^2 + … + a14·α^15 + a15·α^0 = 0      (α a primitive element, order 31)
// Every position has a different non-zero weight, and GF(32) has no zero divisors, so
//   - one wrong character e at position i changes the sum by e·w_i ≠ 0: always caught;
//   - swapping two different characters a ≠ b at positions i ≠ j changes it by
//     (a + b)·(w_i + w_j) ≠ 0: every transposition (adjacent or not) is caught.
// (A mod-32 sum would miss some of these: 32 is not prime.)

export const CODE_LENGTH = 16;
export const CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// GF(2^5) with the primitive polynomial x^5 + x^2 + 1.
const EXP: number[] = [];
const LOG: number[] = new Array(32).fill(-1);
{
  let x = 1;
  for (let i = 0; i < 31; i++) {
    EXP[i] = x;
    LOG[x] = i;
    x <<= 1;
    if (x & 0b100000) x ^= 0b100101;
  }
}
function gfMul(a: number, b: number): number {
  if (a === 0 || b === 0) return 0;
  return EXP[(LOG[a] + LOG[b]) % 31];
}

function value(ch: string): number {
  return CODE_ALPHABET.indexOf(ch);
}

/** The check character for the first 15 symbols (already normalized). */
export function checkCharacter(body: string): string {
  if (body.length !== CODE_LENGTH - 1) throw new Error("checkCharacter needs 15 symbols");
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const v = value(body[i]);
    if (v < 0) throw new Error(`not a Crockford base32 symbol: ${body[i]}`);
    sum ^= gfMul(v, EXP[(i + 1) % 31]);
  }
  // In characteristic 2, c + sum = 0 means c = sum.
  return CODE_ALPHABET[sum];
}

/**
 * Canonical form: upper case, Crockford's look-alikes mapped (O→0, I/L→1), separators (hyphens,
 * spaces, underscores, dots) dropped. Other characters are kept so that validation can name them.
 */
export function normalizeCode(raw: string): string {
  let out = "";
  for (const ch of raw.toUpperCase()) {
    if (ch === "-" || ch === "_" || ch === "." || /\s/.test(ch)) continue;
    out += ch === "O" ? "0" : ch === "I" || ch === "L" ? "1" : ch;
  }
  return out;
}

/** "ABCD-EFGH-JKMN-PQRS": groups of four of whatever has been typed so far. */
export function formatCode(raw: string): string {
  const n = normalizeCode(raw).slice(0, CODE_LENGTH);
  return (n.match(/.{1,4}/g) ?? []).join("-");
}

export type CodeProblem =
  /** nothing typed */
  | "EMPTY"
  /** a character outside the Crockford alphabet (e.g. U) */
  | "INVALID_CHARACTER"
  /** fewer than 16 symbols */
  | "INCOMPLETE"
  /** more than 16 symbols */
  | "TOO_LONG"
  /** 16 symbols, but the check character does not match: a typo */
  | "BAD_CHECK";

export type CodeCheck =
  { ok: true; code: string } | { ok: false; problem: CodeProblem; code: string; character?: string };

/** Validates what the user typed; `code` is the normalized value either way. */
export function checkCode(raw: string): CodeCheck {
  const code = normalizeCode(raw);
  if (code.length === 0) return { ok: false, problem: "EMPTY", code };
  const bad = [...code].find((c) => value(c) < 0);
  if (bad) return { ok: false, problem: "INVALID_CHARACTER", code, character: bad };
  if (code.length < CODE_LENGTH) return { ok: false, problem: "INCOMPLETE", code };
  if (code.length > CODE_LENGTH) return { ok: false, problem: "TOO_LONG", code };
  if (checkCharacter(code.slice(0, CODE_LENGTH - 1)) !== code[CODE_LENGTH - 1])
    return { ok: false, problem: "BAD_CHECK", code };
  return { ok: true, code };
}

/**
 * A new random code. `randomIndex(n)` must return a uniform integer in [0, n): the server passes
 * crypto.randomInt (15 symbols × 5 bits = 75 bits of entropy per code).
 */
export function generateCode(randomIndex: (n: number) => number): string {
  let body = "";
  for (let i = 0; i < CODE_LENGTH - 1; i++) body += CODE_ALPHABET[randomIndex(CODE_ALPHABET.length)];
  return body + checkCharacter(body);
}

/** Shows only the last group: "••••-••••-••••-QRS7" (for lists seen by people other than the owner). */
export function maskCode(code: string): string {
  return `••••-••••-••••-${code.slice(-4)}`;
}
