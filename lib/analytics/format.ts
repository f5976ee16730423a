// Deterministic formatting for the dashboard, the same on the server and in the browser (no Intl:
// Debian's Chromium lacks kk-KZ data and ICU versions differ, which would break hydration).
// Money and integers: lib/locale/money.ts; dates: lib/locale/dates.ts.
import { toLocale } from "@/lib/i18n/locales";
import { formatLocalDay, formatShortDay } from "@/lib/locale/dates";

/** "2026-11-23" in the locale's one date format (lib/locale): "23.11.2026" / "23 Nov 2026"; short: "23.11" / "23 Nov" */
export function formatDay(iso: string, locale: string, short = false): string {
  return short ? formatShortDay(iso, toLocale(locale)) : formatLocalDay(iso, toLocale(locale));
}

/** percentage change, or null when there is nothing to compare with */
export function percentChange(cur: number, prev: number): number | null {
  if (prev === 0) return null;
  return Math.round(((cur - prev) / Math.abs(prev)) * 1000) / 10;
}
