// Stock quantities: decimals with 3 places held as integer thousandths (as in lib/fiscal/money.ts),
// and the cost rule of the cabinet's stock documents. Pure.
import { divRoundHalfUp, formatQuantity, parseQuantity } from "@/lib/fiscal/money";

export { formatQuantity };

export type QuantityProblem = "format" | "fraction" | "tooLarge";

/**
 * "1,5" / "1.500" / " 2 " → thousandths. A comma is a decimal separator (as people type it here);
 * more than 3 decimals, signs, spaces inside and exponents are refused, never rounded. `whole`:
 * the unit is sold in whole units (pieces, packages).
 */
export function parseStockQuantity(
  input: string,
  opts: { whole?: boolean } = {},
): { ok: true; thousandths: bigint } | { ok: false; problem: QuantityProblem } {
  const s = input.trim().replace(",", ".");
  if (/^\d{10,}(\.\d*)?$/.test(s)) return { ok: false, problem: "tooLarge" };
  const q = parseQuantity(s);
  if (q === null) return { ok: false, problem: "format" };
  if (opts.whole && q % 1000n !== 0n) return { ok: false, problem: "fraction" };
  return { ok: true, thousandths: q };
}

/** Thousandths from PostgreSQL's numeric text ("-1.500", "2", "0.25"). */
export function thousandthsOf(numeric: string): bigint {
  const neg = numeric.startsWith("-");
  const [i, f = ""] = numeric.replace(/^[-+]/, "").split(".");
  const v = BigInt(i || "0") * 1000n + BigInt((f + "000").slice(0, 3));
  return neg ? -v : v;
}

export interface BalanceCost {
  /** thousandths */
  quantity: bigint;
  /** value at cost, minor units */
  value: bigint;
  lastCost: bigint;
}

/**
 * The value at cost of `q` thousandths (≥ 0) taken from (or added to) a balance: the average cost
 * (value / quantity) while the quantity is positive, else the last known unit cost. The same rule
 * as the device path (lib/stock/fiscal-sql.ts), in exact integer arithmetic.
 */
export function valueAtCost(b: BalanceCost | undefined, q: bigint): bigint {
  if (q === 0n) return 0n;
  if (b && b.quantity > 0n) return divRoundHalfUp(q * b.value, b.quantity);
  return divRoundHalfUp(q * (b?.lastCost ?? 0n), 1000n);
}

/** Unit cost (minor units per unit) of `value` for `q` thousandths (> 0). */
export function unitCostOf(value: bigint, q: bigint): bigint {
  return divRoundHalfUp(value * 1000n, q);
}
