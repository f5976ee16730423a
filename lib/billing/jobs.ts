// The billing jobs for the job queue (lib/jobs registers them with pg-boss). Each `run` is a
// plain function of `now`, idempotent, safe to run twice or concurrently.
import { blockUnpaidCashboxes } from "./block-unpaid-cashboxes";
import { runPaymentReminders } from "./run-payment-reminders";

export const BILLING_JOBS = [
  {
    name: "billing-payment-reminders",
    /** hourly: organizations' local days start at different UTC hours */
    cron: "5 * * * *",
    run: (now: Date) => runPaymentReminders(now),
  },
  {
    name: "billing-block-unpaid",
    cron: "15 * * * *",
    run: (now: Date) => blockUnpaidCashboxes(now),
  },
] as const;
