// Single-shard by construction (issue 18, docs/scale-out.md). On Citus every query a tenant's request
// runs must route to one shard. In `npm run test:citus` (KASSA_CITUS_FANOUT_GUARD=1) the app's
// connections set citus.multi_task_query_log_level = 'error', so a query spanning shards fails.
// The few cross-tenant jobs and platform-admin views that legitimately span tenants run inside
// crossTenant(name, fn), on connections without the guard; this list is all of them.
import { AsyncLocalStorage } from "node:async_hooks";

export const FAN_OUT = {
  "billing.payment-reminders": "daily job: every tenant's cashboxes by paidUntil",
  "billing.block-unpaid": "daily job: every tenant's unpaid cashboxes",
  "device.auto-close-shifts": "scheduled job: open shifts of every tenant by age",
  "device.offline-watch": "scheduled job: cashboxes of every tenant by lastSeenAt",
  "notifications.scan":
    "hourly job: the organizations whose cashboxes, certificates and shifts it scans, one tenant at a time",
  "registration.sweep": "scheduled job: the tax authority simulator answers lost cases of every tenant",
  "nomenclature.import-recovery": "start-up: import jobs of every tenant left RUNNING",
  "admin.platform": "PLATFORM_ADMIN pages: search and act across tenants",
  "partners.clients": "a partner's view of its clients' cashboxes (one tenant each, many tenants)",
  "partners.find-by-tax-id": "a client looks a partner organization up by its tax id",
  "partners.directory": "«Каталог партнёров»: the partner organizations that list themselves, for any client",
  "codes.handed-to-client":
    "«Мои коды» and the renewal dialog of a client: codes a partner handed to it stay in the partner's tenant",
  "codes.mint":
    "a new batch's codes are checked against the service-wide code registry (ActivationCodeLookup by code)",
  "analytics.rebuild": "operator command: recomputes the rollups of every tenant",
  "stock.rebuild": "operator command: recomputes the stock balances of every tenant from its movements",
  "receipts.partitions":
    "daily job, seed and bench: creates the receipts' month partitions (DDL on every shard) and counts the documents outside them",
} as const;

export type FanOutName = keyof typeof FAN_OUT;

const scope = new AsyncLocalStorage<FanOutName>();

/** Runs `fn` as the named cross-tenant work: its queries may span shards. */
export function crossTenant<T>(name: FanOutName, fn: () => Promise<T>): Promise<T> {
  return scope.run(name, fn);
}

/**
 * Runs `fn` as one tenant's work again, from inside cross-tenant work (a job that found a tenant's
 * row and now acts on it): its queries are guarded like a request's.
 */
export function singleTenant<T>(fn: () => Promise<T>): Promise<T> {
  return scope.exit(fn);
}

/**
 * Named cross-tenant statements inside a transaction that already holds a guarded connection
 * (a global look-up in the middle of one tenant's write): the guard is lifted for `fn` only.
 */
export async function crossTenantInTransaction<T>(
  tx: { $executeRawUnsafe(query: string): Promise<unknown> },
  name: FanOutName,
  fn: () => Promise<T>,
): Promise<T> {
  if (!fanOutGuardOptions()) return scope.run(name, fn);
  await tx.$executeRawUnsafe(`SET LOCAL citus.multi_task_query_log_level = 'off'`);
  try {
    return await scope.run(name, fn);
  } finally {
    // an aborted transaction refuses this, and ends anyway
    await tx.$executeRawUnsafe(`SET LOCAL citus.multi_task_query_log_level = 'error'`).catch(() => {});
  }
}

/** The cross-tenant work the current call belongs to, if any. */
export function currentFanOut(): FanOutName | undefined {
  return scope.getStore();
}

/** libpq options of a guarded (tenant) connection; undefined when the guard is off. */
export function fanOutGuardOptions(): string | undefined {
  return process.env.KASSA_CITUS_FANOUT_GUARD === "1"
    ? "-c citus.multi_task_query_log_level=error"
    : undefined;
}
