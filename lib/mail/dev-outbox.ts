/**
 * The outbox page shows one-time links, so it is only for demo and development: on by default
 * when `npm start` runs the embedded demo database, or when KASSA_DEV_OUTBOX=1.
 */
export function outboxPageEnabled(): boolean {
  return process.env.KASSA_DEV_OUTBOX === "1";
}
