// Scheduled sweep (lib/jobs, every minute): an import whose server went away (a restart, a crash)
// is picked up again even when nobody has its page open. Like every scheduled job it looks across
// organizations; it only hands job ids to runImportJob, which claims each one atomically.
import { crossTenant, singleTenant } from "@/lib/db/fan-out";
import { db } from "@/lib/db/client";
import { STALE_QUEUE_MS, STALE_RUNNER_MS } from "./jobs";
import { runImportJob, type RunOutcome } from "./run-import-job";
import { unsafeOrganizationId } from "@/lib/tenant/context";

async function resumeStaleImportsUnscoped(now = new Date(), opts: { wait?: boolean } = {}): Promise<number> {
  const stale = await db.importJob.findMany({
    where: {
      fileData: { not: null },
      OR: [
        { status: "QUEUED", queuedAt: { lt: new Date(now.getTime() - STALE_QUEUE_MS) } },
        { status: "RUNNING", heartbeatAt: { lt: new Date(now.getTime() - STALE_RUNNER_MS) } },
      ],
    },
    select: { id: true, organizationId: true },
    orderBy: { createdAt: "asc" },
    take: 20,
  });
  // The pg-boss worker must not wait for a long import; each run fences itself (runnerId).
  const runs: Promise<RunOutcome>[] = stale.map((j) =>
    // the import itself is its tenant's own work: single-shard, guarded like a request
    singleTenant(() => runImportJob(unsafeOrganizationId(j.organizationId), j.id)).catch((e) => {
      console.error(`resuming import ${j.id} failed`, e);
      return "failed" as const;
    }),
  );
  if (opts.wait) await Promise.all(runs);
  return stale.length;
}

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const resumeStaleImports: typeof resumeStaleImportsUnscoped = (...args) =>
  crossTenant("nomenclature.import-recovery", () => resumeStaleImportsUnscoped(...args));
