import { isLoopback, normalizeIp } from "@/lib/http/client-ip";

type Env = Record<string, string | undefined>;

/** Demo mode: `npm start` sets KASSA_DEMO=1 only together with the demo seed (scripts/start.ts). */
export function demoMode(env: Env = process.env): boolean {
  return env.KASSA_DEMO === "1";
}

/**
 * The outbox page shows one-time links (password resets, invitations), so it exists only in demo
 * mode, and never in a production server bound to a non-loopback address (KASSA_BIND is the
 * address `next start -H` was given; unset means every interface).
 */
export function outboxPageEnabled(env: Env = process.env): boolean {
  if (!demoMode(env)) return false;
  if (env.NODE_ENV === "production" && !isLoopback(normalizeIp(env.KASSA_BIND))) return false;
  return true;
}

/** …and even then only to a request whose client address is the loopback one. */
export function outboxVisibleTo(clientIp: string | null, env: Env = process.env): boolean {
  return outboxPageEnabled(env) && isLoopback(clientIp);
}
