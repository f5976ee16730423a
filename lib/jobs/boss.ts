// pg-boss 10 wiring: started once per app server from instrumentation.ts (disable with
// KASSA_JOBS=0). pg-boss keeps its queue in PostgreSQL (schema "pgboss"), so with several app
// servers each scheduled run is done by one of them.
import PgBoss from "pg-boss";
import type { SubmittedCase } from "@/lib/registration/gateway";
import { GATEWAY_QUEUE, startGatewayWorker } from "./registration";
import { JOBS } from "./registry";

const globalForBoss = globalThis as unknown as { __kassaBoss?: Promise<PgBoss | null> };

export function jobsEnabled(): boolean {
  return process.env.KASSA_JOBS !== "0" && !!process.env.DATABASE_URL;
}

export interface StartOptions {
  /** false: schedule the jobs but run no worker in this process (tests of the wiring) */
  work?: boolean;
}

export function startJobs(opts: StartOptions = {}): Promise<PgBoss | null> {
  globalForBoss.__kassaBoss ??= (async () => {
    if (!jobsEnabled()) return null;
    const boss = new PgBoss({ connectionString: process.env.DATABASE_URL, max: 2 });
    boss.on("error", (e) => console.error("[jobs]", e));
    await boss.start();
    for (const job of JOBS) {
      await boss.createQueue(job.name);
      await boss.schedule(job.name, job.cron);
      if (opts.work === false) continue;
      await boss.work(job.name, { pollingIntervalSeconds: 5 }, async () => {
        await job.run(new Date());
      });
    }
    // on-demand queue of the tax authority simulator (lib/jobs/registration.ts)
    await startGatewayWorker(boss);
    console.log(`[jobs] scheduled: ${JOBS.map((j) => j.name).join(", ")}`);
    return boss;
  })().catch((e) => {
    console.error("[jobs] could not start the job queue", e);
    return null;
  });
  return globalForBoss.__kassaBoss;
}

export async function stopJobs() {
  const boss = await globalForBoss.__kassaBoss;
  globalForBoss.__kassaBoss = undefined;
  if (boss) await boss.stop({ graceful: true });
}

/** Queues the simulator's answer to a SUBMITTED case; false when the queue is off (KASSA_JOBS=0): the sweep or a test answers instead. */
export async function enqueueGatewayAnswer(c: SubmittedCase, delayMs: number): Promise<boolean> {
  const boss = await startJobs();
  if (!boss) return false;
  await boss.send(GATEWAY_QUEUE, c, {
    startAfter: new Date(Date.now() + delayMs),
    retryLimit: 5,
    retryDelay: 5,
  });
  return true;
}
