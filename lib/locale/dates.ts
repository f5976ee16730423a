// One date format per locale, from one place (issue 15.12), always in a given time zone (the
// organization's): ru and kk «03.12.2026», en «3 Dec 2026» (never the ambiguous 12/03/2026 or
// 03/12/2026). Times are 24-hour everywhere. Use these instead of ad-hoc toLocaleDateString calls.
import type { Locale } from "@/lib/i18n/locales";

const DATE: Record<Locale, Intl.DateTimeFormatOptions> = {
  ru: { day: "2-digit", month: "2-digit", year: "numeric" },
  kk: { day: "2-digit", month: "2-digit", year: "numeric" },
  en: { day: "numeric", month: "short", year: "numeric" },
};
const TIME: Intl.DateTimeFormatOptions = { hour: "2-digit", minute: "2-digit", hourCycle: "h23" };

/** The Intl locale behind each UI locale (kk dates follow the dotted day.month.year form too). */
const INTL_LOCALE: Record<Locale, string> = { ru: "ru-RU", kk: "ru-RU", en: "en-GB" };

export function dateFormatOptions(locale: Locale): Intl.DateTimeFormatOptions {
  return DATE[locale];
}

/** «03.12.2026» / «3 Dec 2026» of `at` in `timeZone`. */
export function formatDate(at: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...DATE[locale], timeZone }).format(at);
}

/** «03.12.2026 19:08» / «3 Dec 2026 19:08» of `at` in `timeZone`. */
export function formatDateTime(at: Date, locale: Locale, timeZone: string): string {
  return `${formatDate(at, locale, timeZone)} ${formatTime(at, timeZone)}`;
}

/** «19:08» of `at` in `timeZone`. */
export function formatTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("ru-RU", { ...TIME, timeZone }).format(at);
}

/** A local calendar date «2026-12-03» (no time zone involved) in the locale's date format. */
export function formatLocalDay(isoDay: string, locale: Locale): string {
  return formatDate(new Date(`${isoDay}T12:00:00Z`), locale, "UTC");
}

/** «UTC+3», «UTC+5:30», «UTC» — the zone's offset at `at`. */
export function utcOffsetLabel(at: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(at);
  const name = parts.find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return "UTC";
  const h = String(Number(m[2]));
  if (h === "0" && m[3] === "00") return "UTC";
  return `UTC${m[1]}${h}${m[3] === "00" ? "" : `:${m[3]}`}`;
}

/** The zone with its name for printed documents: «Europe/Moscow (UTC+3)». */
export function timeZoneLabel(at: Date, timeZone: string): string {
  return `${timeZone} (${utcOffsetLabel(at, timeZone)})`;
}
