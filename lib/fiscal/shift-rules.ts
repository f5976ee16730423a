// Time rules of shifts and offline work (docs/product.md §4, §6; docs/device-api.md §4): a shift lasts at
// most 24 hours; the cashbox's automatic closing time (local "HH:MM" of the organization) closes
// it too; a cashbox whose oldest undelivered document is over 72 hours old is OFFLINE_TOO_LONG.
import { localParts, zonedInstant } from "@/lib/locale/zone";

export const SHIFT_MAX_MS = 24 * 60 * 60 * 1000;
export const OFFLINE_MAX_MS = 72 * 60 * 60 * 1000;

export function shiftTooLong(openedAt: Date, at: Date): boolean {
  return at.getTime() - openedAt.getTime() > SHIFT_MAX_MS;
}

/** The first moment after `openedAt` when the local clock shows `autoCloseTime` ("HH:MM"). */
export function nextAutoClose(openedAt: Date, autoCloseTime: string, timeZone: string): Date | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(autoCloseTime);
  if (!m) return null;
  const p = localParts(openedAt, timeZone);
  const day = { year: +p.year, month: +p.month, day: +p.day };
  let at = zonedInstant(day, +m[1], +m[2], timeZone);
  if (at.getTime() <= openedAt.getTime()) {
    const next = new Date(Date.UTC(day.year, day.month - 1, day.day + 1));
    at = zonedInstant(
      { year: next.getUTCFullYear(), month: next.getUTCMonth() + 1, day: next.getUTCDate() },
      +m[1],
      +m[2],
      timeZone,
    );
  }
  return at;
}

export type AutoCloseReason = "AUTO_CLOSE_TIME" | "LIMIT_24H";

/** Why the scheduled job must close this shift now, and as of which moment; null when not yet. */
export function autoCloseDue(
  shift: { openedAt: Date },
  cashbox: { autoCloseTime: string | null; timeZone: string },
  now: Date,
): { reason: AutoCloseReason; at: Date } | null {
  const limit = new Date(shift.openedAt.getTime() + SHIFT_MAX_MS);
  const planned = cashbox.autoCloseTime
    ? nextAutoClose(shift.openedAt, cashbox.autoCloseTime, cashbox.timeZone)
    : null;
  if (planned && planned.getTime() <= limit.getTime() && now.getTime() >= planned.getTime())
    return { reason: "AUTO_CLOSE_TIME", at: planned };
  if (now.getTime() >= limit.getTime()) return { reason: "LIMIT_24H", at: limit };
  return null;
}

export function offlineTooLong(oldestUndelivered: Date | null, now: Date): boolean {
  return oldestUndelivered !== null && now.getTime() - oldestUndelivered.getTime() > OFFLINE_MAX_MS;
}
