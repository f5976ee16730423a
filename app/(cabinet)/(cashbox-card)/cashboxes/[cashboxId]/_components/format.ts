import { getFormatter } from "next-intl/server";

/** Dates of the card in the organization's time zone (docs/product.md §3: «day» is local). */
export async function cardFormat(timeZone: string) {
  const f = await getFormatter();
  const day = { day: "2-digit", month: "2-digit", year: "numeric" } as const;
  return {
    date: (d: Date | null | undefined) => (d ? f.dateTime(d, { ...day, timeZone }) : null),
    dateTime: (d: Date | null | undefined) =>
      d ? f.dateTime(d, { ...day, hour: "2-digit", minute: "2-digit", timeZone }) : null,
    /** a calendar date (@db.Date arrives as UTC midnight) */
    calendarDate: (d: Date | null | undefined) => (d ? f.dateTime(d, { ...day, timeZone: "UTC" }) : null),
  };
}
