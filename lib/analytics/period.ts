// The dashboard's period (URL state ?period=&from=&to=), as local dates (YYYY-MM-DD) of the
// organization's timezone, and the period it is compared with — defined here only
// (comparisonPeriod). Pure.
import { z } from "zod";

export const PERIOD_KEYS = ["today", "yesterday", "7d", "30d", "month", "custom"] as const;
export type PeriodKey = (typeof PERIOD_KEYS)[number];
export const DEFAULT_PERIOD: PeriodKey = "30d";
/** the longest custom range, in days */
export const MAX_RANGE_DAYS = 1096;

export interface Period {
  key: PeriodKey;
  from: string;
  to: string;
  days: number;
  prevFrom: string;
  prevTo: string;
}

export type PeriodError = "INVALID_RANGE" | "RANGE_TOO_LONG";

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export function isIsoDate(s: unknown): s is string {
  if (!ZIsoDate.safeParse(s).success) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

export function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400_000);
}

function lastDayOfMonth(iso: string): string {
  return addDays(`${addDays(`${iso.slice(0, 8)}01`, 32).slice(0, 8)}01`, -1);
}

/**
 * What a period is compared with, the one definition the dashboard uses:
 * - «Этот месяц» (1st … today): the same days of the previous month (1st … the same day, or that month's
 *   last day when it is shorter: 1–31 March → 1–28/29 February);
 * - «Сегодня» → yesterday; «Вчера» → the day before;
 * - «7 дней», «30 дней» and a custom range: the same number of days right before.
 */
export function comparisonPeriod(
  key: PeriodKey,
  from: string,
  to: string,
): { prevFrom: string; prevTo: string } {
  if (key === "month") {
    const prevFrom = `${addDays(from, -1).slice(0, 8)}01`;
    const last = lastDayOfMonth(prevFrom);
    const sameDay = `${prevFrom.slice(0, 8)}${to.slice(8, 10)}`;
    return { prevFrom, prevTo: isIsoDate(sameDay) && sameDay <= last ? sameDay : last };
  }
  const days = daysBetween(from, to) + 1;
  return { prevFrom: addDays(from, -days), prevTo: addDays(from, -1) };
}

function withPrevious(key: PeriodKey, from: string, to: string): Period {
  const days = daysBetween(from, to) + 1;
  return { key, from, to, days, ...comparisonPeriod(key, from, to) };
}

/** Reads the URL's period; an unknown key falls back to the default, a bad custom range too (with its error). */
export function resolvePeriod(
  sp: { period?: string; from?: string; to?: string },
  today: string,
): { period: Period; error: PeriodError | null } {
  const key = (PERIOD_KEYS as readonly string[]).includes(sp.period ?? "")
    ? (sp.period as PeriodKey)
    : DEFAULT_PERIOD;
  switch (key) {
    case "today":
      return { period: withPrevious(key, today, today), error: null };
    case "yesterday": {
      const y = addDays(today, -1);
      return { period: withPrevious(key, y, y), error: null };
    }
    case "7d":
      return { period: withPrevious(key, addDays(today, -6), today), error: null };
    case "30d":
      return { period: withPrevious(key, addDays(today, -29), today), error: null };
    case "month":
      return { period: withPrevious(key, `${today.slice(0, 8)}01`, today), error: null };
    case "custom": {
      const fallback = withPrevious(DEFAULT_PERIOD, addDays(today, -29), today);
      if (!isIsoDate(sp.from) || !isIsoDate(sp.to) || sp.from > sp.to)
        return { period: fallback, error: "INVALID_RANGE" };
      if (daysBetween(sp.from, sp.to) + 1 > MAX_RANGE_DAYS)
        return { period: fallback, error: "RANGE_TOO_LONG" };
      return { period: withPrevious("custom", sp.from, sp.to), error: null };
    }
  }
}

/** Whole local months inside [from, to] (first days), and the days outside them: for the goods query. */
export function splitMonths(from: string, to: string) {
  const firstMonth = from.endsWith("-01") ? from : `${addDays(`${from.slice(0, 8)}01`, 40).slice(0, 8)}01`;
  const nextOfTo = addDays(to, 1);
  // the first day of the month after the last whole month
  const endMonth = nextOfTo.endsWith("-01") ? nextOfTo : `${to.slice(0, 8)}01`;
  if (firstMonth >= endMonth) {
    return { months: null, days: [[from, to]] as [string, string][] };
  }
  const lastMonth = `${addDays(endMonth, -1).slice(0, 8)}01`;
  const days: [string, string][] = [];
  if (from < firstMonth) days.push([from, addDays(firstMonth, -1)]);
  if (endMonth <= to) days.push([endMonth, to]);
  return { months: [firstMonth, lastMonth] as [string, string], days };
}
