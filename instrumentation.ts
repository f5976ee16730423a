// Next.js calls register() once when a server starts: the scheduled jobs (lib/jobs) run in the
// app server's Node.js process. KASSA_JOBS=0 turns them off (tests, a web-only node).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  // The socket address for rate limits, the journal and /dev/outbox (lib/http/client-ip.ts).
  const { installPeerStamp } = await import("./lib/http/peer-stamp");
  installPeerStamp();
  if (process.env.KASSA_JOBS === "0" || !process.env.DATABASE_URL) return;
  const { startJobs } = await import("./lib/jobs/boss");
  await startJobs();
}
