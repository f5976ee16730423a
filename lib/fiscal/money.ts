// Money and quantity arithmetic of fiscal documents (docs/product.md §3): money is integer minor units
// (копейки / тиыны), quantities are decimals with 3 places held as integer thousandths, and a line
// total is price × quantity rounded half-up to the minor unit. BigInt throughout: no floats.

/** Largest amount that still fits a JSON number exactly (2^53 − 1). */
export const MAX_SAFE_MINOR = BigInt(Number.MAX_SAFE_INTEGER);

const QUANTITY = /^(\d{1,9})(?:\.(\d{1,3}))?$/;

/** "0.750" → 750n (thousandths); null when the text is not a non-negative decimal with ≤ 3 places. */
export function parseQuantity(text: string): bigint | null {
  const m = QUANTITY.exec(text);
  if (!m) return null;
  return BigInt(m[1]) * 1000n + BigInt((m[2] ?? "").padEnd(3, "0"));
}

/** 750n → "0.750" (always three places). */
export function formatQuantity(thousandths: bigint): string {
  const neg = thousandths < 0n;
  const abs = neg ? -thousandths : thousandths;
  return `${neg ? "-" : ""}${abs / 1000n}.${String(abs % 1000n).padStart(3, "0")}`;
}

/** a / b rounded half away from zero (b > 0). */
export function divRoundHalfUp(a: bigint, b: bigint): bigint {
  if (b <= 0n) throw new Error("divisor must be positive");
  const neg = a < 0n;
  const abs = neg ? -a : a;
  const q = (abs * 2n + b) / (2n * b);
  return neg ? -q : q;
}

/** Line amount: price (minor units per unit) × quantity (thousandths), half-up to the minor unit. */
export function lineAmount(price: bigint, quantityThousandths: bigint): bigint {
  return divRoundHalfUp(price * quantityThousandths, 1000n);
}

/** 123450n → "1234.50" (the decimal form of the QR code and check links). */
export function minorToDecimal(minor: bigint | number): string {
  const v = BigInt(minor);
  const neg = v < 0n;
  const abs = neg ? -v : v;
  return `${neg ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** 123450n → "1 234.50" (printed receipts: thin groups of three, a dot before the minor units). */
export function formatPrintedAmount(minor: bigint | number): string {
  const [int, frac] = minorToDecimal(minor).split(".");
  const neg = int.startsWith("-");
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return `${neg ? "-" : ""}${grouped}.${frac}`;
}

/** A BigInt amount as a JSON number; throws beyond 2^53 − 1 (callers cap amounts well below). */
export function toJsonNumber(v: bigint): number {
  if (v > MAX_SAFE_MINOR || v < -MAX_SAFE_MINOR) throw new RangeError("amount out of the safe range");
  return Number(v);
}
