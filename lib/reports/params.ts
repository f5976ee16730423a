// «Отчёты»: which report, for which period (local days of the organization, inclusive) and which
// cashbox or trade point. Parsed leniently from the URL (junk → defaults), pure.
import { isCalendarDay } from "@/lib/receipts/params";
import { isUuid } from "@/lib/validation/uuid";

export const REPORT_KINDS = ["x", "z", "goods", "cash", "cashiers"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportParams {
  report: ReportKind;
  from: string;
  to: string;
  cashbox: string | null;
  tp: string | null;
}

type Raw = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "";

const validDay = isCalendarDay;

/** `today`: the organization's local date (YYYY-MM-DD); the default period is that day. */
export function parseReportParams(raw: Raw, today: string): ReportParams {
  const report = one(raw.report) as ReportKind;
  let from = validDay(one(raw.from)) ? one(raw.from) : today;
  let to = validDay(one(raw.to)) ? one(raw.to) : from > today ? from : today;
  if (from > to) [from, to] = [to, from];
  const cashbox = one(raw.cashbox);
  const tp = one(raw.tp);
  return {
    report: REPORT_KINDS.includes(report) ? report : "x",
    from,
    to,
    cashbox: isUuid(cashbox) ? cashbox : null,
    tp: isUuid(tp) ? tp : null,
  };
}

export function reportQuery(p: ReportParams, opts: { withReport?: boolean } = {}): URLSearchParams {
  const q = new URLSearchParams();
  if (opts.withReport !== false) q.set("report", p.report);
  q.set("from", p.from);
  q.set("to", p.to);
  if (p.cashbox) q.set("cashbox", p.cashbox);
  if (p.tp) q.set("tp", p.tp);
  return q;
}
