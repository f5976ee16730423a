import type { Tx } from "@/lib/db/client";
import { db } from "@/lib/db/client";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/**
 * Queues a mail in the outbox inside the caller's transaction, so a mail exists exactly when
 * the change that caused it was committed. Delivery (SMTP) is a later concern; /dev/outbox shows it.
 */
export async function enqueueMail(tx: Tx, mail: Mail) {
  await tx.outboxMail.create({ data: { to: mail.to.toLowerCase(), subject: mail.subject, text: mail.text } });
}

export function appUrl(path: string): string {
  const base = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  return new URL(path, base).toString();
}

/** Newest mail first; for the dev outbox page and tests. */
export async function listOutbox(opts: { to?: string; take?: number } = {}) {
  return db.outboxMail.findMany({
    where: opts.to ? { to: opts.to.toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: opts.take ?? 100,
  });
}
