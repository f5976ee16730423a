// Deterministic formatting for the dashboard, the same on the server and in the browser (no Intl:
// Debian's Chromium lacks kk-KZ data and ICU versions differ, which would break hydration).
// Money and integers: lib/locale/money.ts.

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
