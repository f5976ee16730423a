// Prices are integer minor units (копейки, тиыны); files and forms give decimals with a comma or a dot.

export const MAX_PRICE_MINOR = 10n ** 13n; // 100 billion in major units: far above any real price

export type PriceProblem = "format" | "negative" | "precision" | "tooLarge";
export type PriceResult = { ok: true; minor: bigint } | { ok: false; problem: PriceProblem };

/** «1 299,90», «1299.9», «₽ 15», 1299.9 (a numeric cell) → minor units. */
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
  let s = input
    .replace(/[\s\u00a0\u202f\u2009']/g, "")
    .replace(/(₽|₸|руб\.?|р\.|тг\.?|тенге|rub|kzt|\$)/gi, "");
  if (s === "") return { ok: false, problem: "format" };
  const negative = s.startsWith("-") || s.startsWith("−");
  if (negative) s = s.slice(1);
  const lastSep = Math.max(s.lastIndexOf(","), s.lastIndexOf("."));
  let intPart = s;
  let frac = "";
  if (lastSep >= 0) {
    intPart = s.slice(0, lastSep).replace(/[.,]/g, "");
    frac = s.slice(lastSep + 1);
  }
  if (!/^\d*$/.test(intPart) || !/^\d*$/.test(frac) || (intPart === "" && frac === ""))
    return { ok: false, problem: "format" };
  if (negative) return { ok: false, problem: "negative" };
  frac = frac.replace(/0+$/, "");
  if (frac.length > 2) return { ok: false, problem: "precision" };
  const minor = BigInt(intPart || "0") * 100n + BigInt((frac + "00").slice(0, 2));
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
