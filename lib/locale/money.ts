// Money on screens, in mails and in exports: integer minor units (kopecks, tiyn; docs/product.md §3)
// → text, the one formatter of the code base (docs/architecture.md «Locale»). Deterministic — no
// Intl — so the server and the browser render the same string (Debian's Chromium ships no ICU data
// for kk-KZ, and ICU versions differ between Node and browsers, which would break hydration):
//   ru, kk: "1 234,50 ₽" (no-break spaces), en: "1,234.50 ₽"; negative amounts carry "−" (U+2212).
// The printed fiscal receipt has its own fixed format (lib/fiscal/money.ts formatPrintedAmount).
import { CURRENCY_OF, CURRENCY_SIGN, isCountry, type Country, type Currency } from "./country";

const NBSP = "\u00a0";

function group(intPart: string, locale: string) {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, locale === "en" ? "," : NBSP);
}

function signOf(money: string): string {
  const currency = isCountry(money) ? CURRENCY_OF[money] : money;
  return CURRENCY_SIGN[currency as Currency] ?? currency;
}

function toMinor(v: bigint | number | string): bigint {
  if (typeof v === "bigint") return v;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new RangeError("money must be a finite number of minor units");
    return BigInt(Math.round(v));
  }
  if (!/^-?\d+$/.test(v)) throw new RangeError(`not an amount in minor units: ${v}`);
  return BigInt(v);
}

/**
 * Minor units → "1 234,50 ₽". `money` is the currency, or the country whose currency it is (a
 * currency code read from the database that is neither shows as its code: "12,00 USD").
 * `whole`: drop the kopecks/tiyn (chart axes, KPI cards).
 */
export function formatMoney(
  minor: bigint | number | string,
  money: Currency | Country | (string & {}),
  locale: string = "ru",
  opts: { whole?: boolean } = {},
): string {
  const sign = signOf(money);
  const v = toMinor(minor);
  const abs = v < 0n ? -v : v;
  const major = group((abs / 100n).toString(), locale);
  const cents = (abs % 100n).toString().padStart(2, "0");
  const body = opts.whole ? major : `${major}${locale === "en" ? "." : ","}${cents}`;
  return `${v < 0n ? "−" : ""}${body}${NBSP}${sign}`;
}

/** 123456 → "123 456" (ru, kk) or "123,456" (en) */
export function formatInt(n: number, locale: string): string {
  const sign = n < 0 ? "−" : "";
  return sign + group(String(Math.abs(Math.round(n))), locale);
}

/** 2200 → "22 %", 1650 → "16,5 %" (ru, kk) or "16.5 %" (en): a rate in basis points */
export function formatPercent(basisPoints: number, locale: string): string {
  const whole = Math.trunc(basisPoints / 100);
  const frac = String(Math.abs(basisPoints % 100))
    .padStart(2, "0")
    .replace(/0+$/, "");
  return `${formatInt(whole, locale)}${frac ? `${locale === "en" ? "." : ","}${frac}` : ""}${NBSP}%`;
}

/** A short axis label: minor units → "1,2 млн ₽" */
export function formatCompactMoney(
  minor: number,
  money: Currency | Country,
  locale: string,
  units: { thousand: string; million: string; billion: string },
): string {
  const major = minor / 100;
  const abs = Math.abs(major);
  const [div, unit] =
    abs >= 1e9
      ? [1e9, units.billion]
      : abs >= 1e6
        ? [1e6, units.million]
        : abs >= 1e3
          ? [1e3, units.thousand]
          : [1, ""];
  const v = major / div;
  const rounded =
    Math.abs(v) >= 100 || div === 1 ? Math.round(v).toString() : (Math.round(v * 10) / 10).toString();
  const text = (locale === "en" ? rounded : rounded.replace(".", ",")).replace("-", "−");
  return `${text}${unit ? `${locale === "en" ? "" : NBSP}${unit}` : ""}${NBSP}${signOf(money)}`;
}
