import { useLocale } from "next-intl";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate, formatDateTime, formatLocalDay } from "@/lib/locale/dates";

/**
 * Dates for client components, in the one format of the UI locale (lib/locale/dates.ts) and in
 * `timeZone` (the organization's): the same text on the server's render and on hydration.
 */
export function useDates(timeZone: string) {
  const locale = toLocale(useLocale());
  return {
    locale,
    /** «03.12.2026» of an instant (a Date or an ISO string) */
    date: (at: Date | string) => formatDate(new Date(at), locale, timeZone),
    /** «03.12.2026 19:08» of an instant */
    dateTime: (at: Date | string) => formatDateTime(new Date(at), locale, timeZone),
    /** a calendar day «2026-12-03» (no time zone) */
    day: (iso: string) => formatLocalDay(iso, locale),
  };
}
