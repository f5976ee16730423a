// Tax authority simulator on pg-boss: "tax-gateway-answer" jobs are sent with startAfter = the
// configured delay and answered by answerCaseBySimulator (lib/registration/gateway.ts); the
// scheduled "tax-gateway-sweep" answers cases whose job got lost. Both are plain functions.
import type PgBoss from "pg-boss";
import { answerCaseBySimulator, sweepSubmittedCases, type SubmittedCase } from "@/lib/registration/gateway";

export const GATEWAY_QUEUE = "tax-gateway-answer";

export const REGISTRATION_JOBS = [
  { name: "tax-gateway-sweep", cron: "* * * * *", run: (now: Date) => sweepSubmittedCases(now) },
] as const;

/** Registered by boss.ts next to the scheduled jobs. */
export async function startGatewayWorker(boss: PgBoss) {
  await boss.createQueue(GATEWAY_QUEUE);
  await boss.work<SubmittedCase>(GATEWAY_QUEUE, { pollingIntervalSeconds: 0.5 }, async (jobs) => {
    for (const job of jobs) await answerCaseBySimulator(job.data, new Date());
  });
}
