// Money is integer minor units (docs/product.md §3). Pure; used by pages, invoices and mails.

export const CURRENCY_OF = { RU: "RUB", KZ: "KZT" } as const;

const intlLocale: Record<string, string> = { ru: "ru-RU", kk: "kk-KZ", en: "en-US" };

/** "3 000,00 ₽" / "19 000,00 ₸" in the reader's locale. */
export function formatMoney(minor: bigint | number | string, currency: string, locale = "ru"): string {
  const value = BigInt(minor);
  const sign = value < 0n ? -1 : 1;
  const abs = value < 0n ? -value : value;
  const major = Number(abs / 100n) + Number(abs % 100n) / 100;
  return new Intl.NumberFormat(intlLocale[locale] ?? locale, {
    style: "currency",
    currency,
    // ₸ rather than "KZT" in Russian and English
    currencyDisplay: "narrowSymbol",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(sign * major);
}

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
