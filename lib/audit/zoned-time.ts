// Calendar days in an organization's time zone ↔ instants. Pure (Intl only), no clock.

function offsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  const asUtc = Date.UTC(
    get("year"),
    get("month") - 1,
    get("day"),
    get("hour"),
    get("minute"),
    get("second"),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
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
