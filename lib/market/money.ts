// Money is integer minor units (docs/product.md §3): the market's sums. Pure. Formatting: lib/locale/money.ts.

/** VAT included in a gross amount at `basisPoints` (2200 = 22 %), rounded half-up to the minor unit. */
export function includedVat(gross: bigint, basisPoints: number | null): bigint {
  if (!basisPoints) return 0n;
  const bp = BigInt(basisPoints);
  const num = gross * bp;
  const den = 10_000n + bp;
  return (num * 2n + den) / (2n * den);
}

/** A line total: unit price × quantity (quantities are whole pieces here). */
export function lineAmount(unitPrice: bigint, quantity: number): bigint {
  return unitPrice * BigInt(quantity);
}

/**
 * The per-month figure of a multi-month price, rounded half up to the minor unit (4 400,00 ₽ for
 * 12 months → 366,67 ₽, not the truncated 366,66; issue 15.17). Only a hint: what is charged is the
 * whole price, which the catalog shows next to it.
 */
export function perMonthPrice(total: bigint, months: number): bigint {
  if (!Number.isInteger(months) || months < 1) throw new RangeError("months must be a positive integer");
  const m = BigInt(months);
  return (total * 2n + m) / (2n * m);
}
