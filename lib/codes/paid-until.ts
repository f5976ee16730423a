// Extending the service period (docs/product.md §6): N months from max(today, paidUntil). Pure.
// paidUntil is a calendar date, the last paid day ("YYYY-MM-DD"); today is the organization's
// local date (lib/cashboxes/status.ts localDate).

/** `months` calendar months after `iso`, clamped to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(iso: string, months: number): string {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7)) - 1 + months;
  const d = Number(iso.slice(8, 10));
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(d, last))).toISOString().slice(0, 10);
}

export function extendPaidUntil(paidUntil: string | null, today: string, months: number): string {
  const from = paidUntil && paidUntil > today ? paidUntil : today;
  return addMonths(from, months);
}
