// The two countries the service works in and what follows from the country alone: the currency,
// its sign. The one `Country` type of the code base (docs/architecture.md «Locale»).

export const COUNTRIES = ["RU", "KZ"] as const;
export type Country = (typeof COUNTRIES)[number];

export type Currency = "RUB" | "KZT";

export const CURRENCY_OF: Record<Country, Currency> = { RU: "RUB", KZ: "KZT" };

/** RU → "RUB", KZ → "KZT" */
export function currencyOf(country: Country): Currency {
  return CURRENCY_OF[country];
}

export const CURRENCY_SIGN: Record<Currency, string> = { RUB: "₽", KZT: "₸" };

export function isCountry(v: unknown): v is Country {
  return v === "RU" || v === "KZ";
}

/** A currency code read from the database; throws on one the service does not use. */
export function asCurrency(code: string): Currency {
  if (code === "RUB" || code === "KZT") return code;
  throw new RangeError(`unknown currency ${code}`);
}
