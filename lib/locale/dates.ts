// One date format per locale, from one place (issue 15.12), always in a given time zone (the
// organization's): ru and kk «03.12.2026», en «3 Dec 2026» (never the ambiguous 12/03/2026 or
// 03/12/2026). Times are 24-hour everywhere. Every page and component formats dates through this
// module (tests/unit/repo-hygiene.test.ts fails on toLocaleDateString & co. elsewhere).
//
// The text is composed here from numeric parts, not by Intl's locale data: Debian's Chromium lacks
// kk-KZ (and browsers differ in en-GB's punctuation), so a date rendered on the server and again on
// the client must not depend on which ICU each has. Intl is asked only for the wall-clock numbers
// of an instant in a time zone ("en-US", numeric), which every engine answers the same.
import type { Locale } from "@/lib/i18n/locales";

const EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const clocks = new Map<string, Intl.DateTimeFormat>();

/** The wall-clock numbers of `at` in `timeZone` (an IANA name; "UTC" for calendar dates). */
export function wallClock(at: Date, timeZone: string): WallClock {
  let f = clocks.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    clocks.set(timeZone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(at)) if (p.type !== "literal") out[p.type] = Number(p.value);
  return {
    year: out.year,
    month: out.month,
    day: out.day,
    // some engines answer 24 for midnight even with h23
    hour: out.hour % 24,
    minute: out.minute,
    second: out.second,
  };
}

const two = (n: number) => String(n).padStart(2, "0");

/** Minutes east of UTC at `at` (the same wall clock as the text, so the label never disagrees with it). */
function offsetMinutes(at: Date, timeZone: string): number {
  const c = wallClock(at, timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

function dayText(c: Pick<WallClock, "year" | "month" | "day">, locale: Locale): string {
  if (locale === "en") return `${c.day} ${EN_MONTHS[c.month - 1]} ${c.year}`;
  return `${two(c.day)}.${two(c.month)}.${c.year}`;
}

function timeText(c: WallClock, seconds: boolean): string {
  return `${two(c.hour)}:${two(c.minute)}${seconds ? `:${two(c.second)}` : ""}`;
}

/** «03.12.2026» / «3 Dec 2026» of `at` in `timeZone`. */
export function formatDate(at: Date, locale: Locale, timeZone: string): string {
  return dayText(wallClock(at, timeZone), locale);
}

/** «03.12.2026 19:08» / «3 Dec 2026 19:08» of `at` in `timeZone`; «…19:08:05» with `seconds`. */
export function formatDateTime(
  at: Date,
  locale: Locale,
  timeZone: string,
  opts: { seconds?: boolean } = {},
): string {
  const c = wallClock(at, timeZone);
  return `${dayText(c, locale)} ${timeText(c, opts.seconds ?? false)}`;
}

/** «19:08» (or «19:08:05» with `seconds`) of `at` in `timeZone`. */
export function formatTime(at: Date, timeZone: string, opts: { seconds?: boolean } = {}): string {
  return timeText(wallClock(at, timeZone), opts.seconds ?? false);
}

/**
 * A calendar date with no time zone — "2026-12-03", or a Date holding UTC midnight (how
 * `@db.Date` columns arrive) — in the locale's date format.
 */
export function formatLocalDay(day: string | Date, locale: Locale): string {
  const iso = typeof day === "string" ? day : day.toISOString().slice(0, 10);
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) throw new Error(`not a calendar date: ${iso}`);
  return dayText({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, locale);
}

/** A calendar day without its year, for chart axes: «23.11» / «23 Nov». */
export function formatShortDay(isoDay: string, locale: Locale): string {
  const [, m, d] = isoDay.split("-").map(Number);
  return locale === "en" ? `${d} ${EN_MONTHS[m - 1]}` : `${two(d)}.${two(m)}`;
}

/** «UTC+3», «UTC+5:30», «UTC» — the zone's offset at `at`. */
export function utcOffsetLabel(at: Date, timeZone: string): string {
  const minutes = offsetMinutes(at, timeZone);
  if (minutes === 0) return "UTC";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${minutes < 0 ? "-" : "+"}${h}${m ? `:${two(m)}` : ""}`;
}

/** The zone with its name for printed documents: «Europe/Moscow (UTC+3)». */
export function timeZoneLabel(at: Date, timeZone: string): string {
  return `${timeZone} (${utcOffsetLabel(at, timeZone)})`;
}

/** This device's own time zone (a browser before it knows the organization's). */
export function deviceTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
