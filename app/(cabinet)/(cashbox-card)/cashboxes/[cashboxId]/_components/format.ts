import { getLocale } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate, formatDateTime } from "@/lib/locale/dates";

/** Dates of the card in the organization's time zone (docs/product.md §3: «day» is local), in the one format of the locale (lib/locale). */
export async function cardFormat(timeZone: string) {
  const locale = toLocale(await getLocale());
  return {
    date: (d: Date | null | undefined) => (d ? formatDate(d, locale, timeZone) : null),
    dateTime: (d: Date | null | undefined) => (d ? formatDateTime(d, locale, timeZone) : null),
    /** a calendar date (@db.Date arrives as UTC midnight) */
    calendarDate: (d: Date | null | undefined) => (d ? formatDate(d, locale, "UTC") : null),
  };
}
