// Prices are integer minor units (копейки, тиыны); files and forms give decimals with a comma or a dot.

export const MAX_PRICE_MINOR = 10n ** 13n; // 100 billion in major units: far above any real price

export type PriceProblem = "format" | "negative" | "precision" | "tooLarge" | "ambiguous";
export type PriceResult = { ok: true; minor: bigint } | { ok: false; problem: PriceProblem };

// Currency words and signs allowed once, before or after the number (case-insensitive).
const CURRENCY = String.raw`(?:₽|₸|\$|руб\.?|рублей|рубля|рубль|р\.?|тг\.?|тенге|rub|kzt|rur)`;
const SPACE = "[\\s\\u00a0\\u202f\\u2009]";
const WITH_CURRENCY = new RegExp(`^(${CURRENCY})?${SPACE}*(.*?)${SPACE}*(${CURRENCY})?$`, "iu");
const SPACES = /[\s\u00a0\u202f\u2009]/;
const DIGITS = /^\d+$/;

/** Thousands groups «1 299 000» / «1.299.000»: a 1–3 digit lead without a leading zero, then 3-digit groups. */
function groupedInt(s: string, sep: "space" | "."): string | null {
  const parts = sep === "." ? s.split(".") : s.split(/[\s\u00a0\u202f\u2009]/);
  if (parts.length < 2) return null;
  const [lead, ...rest] = parts;
  if (!/^[1-9]\d{0,2}$/.test(lead)) return null;
  for (const g of rest) if (!/^\d{3}$/.test(g)) return null;
  return parts.join("");
}

/**
 * A price as people type it: «1 299,90», «1299.9», «₽ 15», «650 тг», «1.299,00», or a numeric cell → minor
 * units. Strict on purpose (issue 15.4: «2431,91 руб,» once became 243 191,00): one decimal separator
 * («,» or «.», at most two digits after it), thousands separated by spaces or dots only in valid 3-digit
 * groups, at most one currency word or sign at the start or the end. Anything else, including a number
 * that could be read two ways («1.299»), is a problem to show the user, never a guess.
 */
export function parsePrice(input: string | number): PriceResult {
  if (typeof input === "number") {
    if (!Number.isFinite(input)) return { ok: false, problem: "format" };
    if (input < 0) return { ok: false, problem: "negative" };
    const cents = Math.round(input * 100);
    if (Math.abs(input * 100 - cents) > 1e-6 * Math.max(1, Math.abs(input)))
      return { ok: false, problem: "precision" };
    if (BigInt(cents) >= MAX_PRICE_MINOR) return { ok: false, problem: "tooLarge" };
    return { ok: true, minor: BigInt(cents) };
  }
  const m = WITH_CURRENCY.exec(input.trim());
  if (!m || (m[1] && m[3])) return { ok: false, problem: "format" };
  let s = m[2];
  let negative = false;
  if (s.startsWith("-") || s.startsWith("−")) {
    negative = true;
    s = s.slice(1).trimStart();
  }
  if (s === "") return { ok: false, problem: "format" };

  const hasSpace = SPACES.test(s);
  const commas = s.split(",").length - 1;
  const dots = s.split(".").length - 1;
  let intText: string;
  let frac = "";
  if (commas > 1) return { ok: false, problem: "format" };
  if (commas === 1) {
    // «,» is always the decimal separator; dots or spaces before it can only group thousands.
    const [i, f] = s.split(",");
    if (!DIGITS.test(f)) return { ok: false, problem: "format" };
    frac = f;
    if (DIGITS.test(i)) intText = i;
    else {
      if (hasSpace && dots > 0) return { ok: false, problem: "format" };
      const g = groupedInt(i, dots > 0 ? "." : "space");
      if (g === null) return { ok: false, problem: "format" };
      intText = g;
    }
  } else if (dots === 1 && !hasSpace) {
    const [i, f] = s.split(".");
    if (!DIGITS.test(i) || !DIGITS.test(f)) return { ok: false, problem: "format" };
    // «1.299» is 1,299 or 1 299: refuse to pick one.
    if (f.length === 3 && groupedInt(s, ".") !== null) return { ok: false, problem: "ambiguous" };
    intText = i;
    frac = f;
  } else if (dots > 1 && !hasSpace) {
    const g = groupedInt(s, ".");
    if (g === null) return { ok: false, problem: "format" };
    intText = g;
  } else if (hasSpace) {
    // «1 299» or «1 299.90»
    let i = s;
    if (dots === 1) {
      const at = s.lastIndexOf(".");
      i = s.slice(0, at);
      frac = s.slice(at + 1);
      if (!DIGITS.test(frac)) return { ok: false, problem: "format" };
    } else if (dots > 1) return { ok: false, problem: "format" };
    const g = groupedInt(i, "space");
    if (g === null) return { ok: false, problem: "format" };
    intText = g;
  } else {
    if (!DIGITS.test(s)) return { ok: false, problem: "format" };
    intText = s;
  }
  if (negative) return { ok: false, problem: "negative" };
  if (frac.length > 2) return { ok: false, problem: "precision" };
  if (intText.length > 15) return { ok: false, problem: "tooLarge" };
  const minor = BigInt(intText) * 100n + BigInt((frac + "00").slice(0, 2));
  if (minor >= MAX_PRICE_MINOR) return { ok: false, problem: "tooLarge" };
  return { ok: true, minor };
}

/** 129990n → "1299.90": the plain decimal used in forms and spreadsheet cells. */
export function minorToDecimal(minor: bigint | number): string {
  const m = BigInt(minor);
  const sign = m < 0n ? "-" : "";
  const abs = m < 0n ? -m : m;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}
