// Deterministic number formatting for the dashboard, the same on the server and in the browser
// (no Intl: Debian's Chromium lacks kk-KZ data and ICU versions differ, which would break hydration).

export const CURRENCY_SIGN = { RU: "₽", KZ: "₸" } as const;

const NBSP = "\u00a0";

function group(intPart: string, sep: string) {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/** 123456 → "123 456" (ru, kk) or "123,456" (en) */
export function formatInt(n: number, locale: string): string {
  const sign = n < 0 ? "−" : "";
  return sign + group(String(Math.abs(Math.round(n))), locale === "en" ? "," : NBSP);
}

/** minor units → "1 234,50 ₽" (ru, kk) or "1,234.50 ₽" (en); kopecks/tiyn are dropped when `whole` */
export function formatMoney(minor: number, country: "RU" | "KZ", locale: string, whole = false): string {
  const neg = minor < 0;
  const abs = Math.abs(Math.round(minor));
  const major = group(String(Math.floor(abs / 100)), locale === "en" ? "," : NBSP);
  const cents = String(abs % 100).padStart(2, "0");
  const body = whole ? major : `${major}${locale === "en" ? "." : ","}${cents}`;
  return `${neg ? "−" : ""}${body}${NBSP}${CURRENCY_SIGN[country]}`;
}

/** A short axis label: minor units → "1,2 млн ₽" */
export function formatCompactMoney(
  minor: number,
  country: "RU" | "KZ",
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
  return `${text}${unit ? `${locale === "en" ? "" : NBSP}${unit}` : ""}${NBSP}${CURRENCY_SIGN[country]}`;
}

/** "2026-11-23" → "23.11.2026" (ru, kk) or "2026-11-23" (en); short: "23.11" / "11/23" */
export function formatDay(iso: string, locale: string, short = false): string {
  const [y, m, d] = iso.split("-");
  if (locale === "en") return short ? `${m}/${d}` : `${y}-${m}-${d}`;
  return short ? `${d}.${m}` : `${d}.${m}.${y}`;
}

/** percentage change, or null when there is nothing to compare with */
export function percentChange(cur: number, prev: number): number | null {
  if (prev === 0) return null;
  return Math.round(((cur - prev) / Math.abs(prev)) * 1000) / 10;
}
