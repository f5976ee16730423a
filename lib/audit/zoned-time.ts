// Calendar days in an organization's time zone ↔ instants. Pure (lib/locale/zone.ts), no clock.
import { zoneOffsetMinutes } from "@/lib/locale/zone";

function offsetMs(instant: number, timeZone: string): number {
  return zoneOffsetMinutes(new Date(instant), timeZone) * 60_000;
}

/** The instant a local calendar day ("2026-11-23") starts in the time zone, or null for a bad date. */
export function zonedDayStart(day: string, timeZone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return null;
  const wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const check = new Date(wall);
  if (
    check.getUTCFullYear() !== Number(m[1]) ||
    check.getUTCMonth() !== Number(m[2]) - 1 ||
    check.getUTCDate() !== Number(m[3])
  ) {
    return null;
  }
  // Two passes settle days on which the offset itself changes (DST transitions).
  let instant = wall - offsetMs(wall, timeZone);
  instant = wall - offsetMs(instant, timeZone);
  return new Date(instant);
}

/** The instant the local day after `day` starts: the exclusive end of a «по» date filter. */
export function zonedDayEnd(day: string, timeZone: string): Date | null {
  const start = zonedDayStart(day, timeZone);
  if (!start) return null;
  const next = new Date(
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + 1),
  );
  return zonedDayStart(next.toISOString().slice(0, 10), timeZone);
}

/** "UTC+3", "UTC+5:30", "UTC−1" for a time zone at an instant (for time zone pickers). */
export function formatUtcOffset(timeZone: string, instant: Date): string {
  const minutes = Math.round(offsetMs(instant.getTime(), timeZone) / 60_000);
  const sign = minutes < 0 ? "−" : "+";
  const abs = Math.abs(minutes);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `UTC${sign}${h}${m ? `:${String(m).padStart(2, "0")}` : ""}`;
}
