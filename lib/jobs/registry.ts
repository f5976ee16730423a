// Every scheduled job of the app: { name, cron, run(now) }. Each `run` is a plain, idempotent
// function of the clock, so tests call it directly; boss.ts schedules the list with pg-boss.
import { BILLING_JOBS } from "@/lib/billing/jobs";
import { NOMENCLATURE_JOBS } from "@/lib/nomenclature/jobs";
import { NOTIFICATION_JOBS } from "@/lib/notifications/scan";
import { STOCK_JOBS } from "@/lib/stock/notify-low-stock";
import { DEVICE_JOBS } from "./device";
import { REGISTRATION_JOBS } from "./registration";

export interface ScheduledJob {
  name: string;
  cron: string;
  run: (now: Date) => Promise<unknown>;
}

export const JOBS: readonly ScheduledJob[] = [
  ...DEVICE_JOBS,
  ...BILLING_JOBS,
  ...NOMENCLATURE_JOBS,
  ...REGISTRATION_JOBS,
  ...STOCK_JOBS,
  ...NOTIFICATION_JOBS,
];
