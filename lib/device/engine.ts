// The fiscal document engine (docs/device-api-notes.md «Pipeline»): one Command from any source
// (HTTP, an offline batch entry, the scheduled job) goes through
//   read (journal snapshot + stored answer) → idempotency → build command → lookups → plan (pure)
//   → write (one statement, guarded by the journal cursor) → answer (stored with the document)
// Refusals are values; their side effects (the state texts, INTEGRITY, a filed ОФД mismatch) are
// applied here after the write stage. A conflict (the journal moved since the read) reads and plans
// again; operations that lock rows beyond the journal (returns, cancel, registration) and the
// fourth attempt of any run under the journal's row lock instead.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { isPgUniqueViolation, tenantInlineQuery, type PgClient } from "@/lib/db/pool";
import type { VatRateRow } from "@/lib/fiscal/vat";
import { recordOfdMismatch } from "@/lib/registration/ofd-report";
import { cashboxKey, type DeviceCashbox } from "./context";
import { DeviceError } from "./errors";
import type { OpHandler } from "./pipeline/handler";
import { HANDLERS } from "./pipeline/handlers";
import { replayOf, type Settled } from "./pipeline/idempotency";
import {
  ensureJournalRow,
  findBySeq,
  findStored,
  lockJournalSql,
  readSnapshot,
  type Snapshot,
} from "./pipeline/lookups";
import { plan } from "./pipeline/plan";
import { lockedTransaction } from "./pipeline/tx";
import type {
  Command,
  DocumentPlan,
  JournalRow,
  Lookups,
  PlanInput,
  Refusal,
  Result,
} from "./pipeline/types";
import { write } from "./pipeline/write";
import { stateError } from "./state";
import { sql, tenantExecute } from "@/lib/db/sql";

export type { Command, Op } from "./pipeline/types";
export type { Outcome, Settled } from "./pipeline/idempotency";
export { findStored } from "./pipeline/lookups";

/** Where a request came from (the network address of the terminal), for the journal. */
export interface RequestSource {
  address?: string | null;
}

export interface ExecuteOptions {
  now: Date;
  vatRates: readonly VatRateRow[];
  source?: RequestSource;
  /** the first read, when the caller already has it (authentication reads it in the same query) */
  snapshot?: Snapshot;
}

/** Builds the command once the replay check has passed; a refusal stops before the database. */
export type BuildCommand = (snapshot: Snapshot) => Promise<Result<Command>>;

/** The INTEGRITY reason the owner reads on the cashbox card: what broke and from which address. */
export function integrityReason(reason: string, source: RequestSource = {}): string {
  return source.address ? `${reason} (запрос с адреса ${source.address})` : reason;
}

/** Puts the cashbox into INTEGRITY (nothing of the broken document is stored) and logs why and from where. */
export async function markIntegrity(cb: DeviceCashbox, reason: string, source: RequestSource = {}) {
  await db.$transaction(async (tx) => {
    // journal row first, then the cashbox: the same lock order as the batch's queue update
    await tenantExecute(
      tx,
      cb.organizationId,
      sql`UPDATE "CashboxJournal" SET "announcedState" = 'INTEGRITY'
      WHERE "organizationId" = ${cb.organizationId}::uuid AND "cashboxId" = ${cb.id}::uuid`,
    );
    await tenantExecute(
      tx,
      cb.organizationId,
      sql`UPDATE "Cashbox" SET "operationalState" = 'INTEGRITY', "operationalReason" = ${reason}, "updatedAt" = now()
      WHERE "organizationId" = ${cb.organizationId}::uuid AND id = ${cb.id}::uuid`,
    );
    await tx.auditLog.create({
      data: {
        organizationId: cb.organizationId,
        action: "cashbox.integrity",
        objectType: "cashbox",
        objectId: cb.id,
        details: { reason, source: "device-api", sourceAddress: source.address ?? null },
        ip: source.address ?? null,
      },
    });
  });
}

/** Applies a refusal's side effects and turns it into the answer. */
async function settle(
  cb: DeviceCashbox,
  cmd: { requestHash: string },
  r: Refusal,
  opts: ExecuteOptions,
): Promise<Settled> {
  switch (r.kind) {
    case "replay":
      return replayOf(r.stored, cmd.requestHash);
    case "state":
      return {
        ok: false,
        error: await stateError(
          { id: cb.id, organizationId: cb.organizationId, operationalReason: r.reason },
          r.state,
        ),
      };
    case "integrity": {
      const reason = integrityReason(r.reason, opts.source);
      await markIntegrity(cb, reason, opts.source);
      return { ok: false, error: new DeviceError("CASHBOX_INTEGRITY", { details: { reason } }) };
    }
    case "ofd-mismatch":
      await recordOfdMismatch(r.error, opts.now);
      return { ok: false, error: r.error };
    case "error":
      return { ok: false, error: r.error };
  }
}

async function loadLookups(
  handler: OpHandler,
  cb: DeviceCashbox,
  cmd: Command,
  journal: JournalRow,
  client: PgClient | undefined,
  now: Date,
): Promise<Lookups> {
  const last = Number(journal.lastDeviceSeq);
  const sameSeq =
    !cmd.serverMade && cmd.deviceSeq !== null && cmd.deviceSeq <= last
      ? await findBySeq(cb, cmd.deviceSeq, client)
      : undefined;
  const own = handler.load ? await handler.load({ cb, cmd, journal, client, now }) : {};
  return { sameSeq, ...own };
}

type Attempt =
  { kind: "done"; plan: DocumentPlan } | { kind: "refused"; refusal: Refusal } | { kind: "conflict" };

/** Lookups, plan, write, on `client` (locked path) or the pool (optimistic path). */
async function attempt(
  cb: DeviceCashbox,
  cmd: Command,
  journal: JournalRow,
  key: Buffer,
  opts: ExecuteOptions,
  client?: PgClient,
): Promise<Attempt> {
  const handler = HANDLERS[cmd.op];
  const lookups = await loadLookups(handler, cb, cmd, journal, client, opts.now);
  const input: PlanInput = {
    cb,
    cmd,
    journal,
    lookups,
    key,
    now: opts.now,
    vatRates: opts.vatRates,
    ids: { document: randomUUID(), shift: randomUUID() },
  };
  const planned = plan(input);
  if (!planned.ok) return { kind: "refused", refusal: planned.refusal };
  const written = await write(planned.value, client).catch((e: unknown) => {
    if (isPgUniqueViolation(e) && !client) return false; // a concurrent twin: read again
    throw e;
  });
  return written ? { kind: "done", plan: planned.value } : { kind: "conflict" };
}

/** The locked path: BEGIN + the journal row lock, then the same stages; a refusal rolls back. */
function lockedAttempt(cb: DeviceCashbox, cmd: Command, key: Buffer, opts: ExecuteOptions): Promise<Attempt> {
  return lockedTransaction<JournalRow, Attempt>(cb.organizationId, lockJournalSql(cb), async (c, rows) => {
    let journal = rows[0];
    if (!journal) {
      await ensureJournalRow(cb, c);
      journal = (await tenantInlineQuery<JournalRow>(c, cb.organizationId, lockJournalSql(cb)))[0];
    }
    const stored = await findStored(cb, cmd.clientDocId, c);
    if (stored) return { commit: false, value: { kind: "refused", refusal: { kind: "replay", stored } } };
    const out = await attempt(cb, cmd, journal, key, opts, c);
    return { commit: out.kind === "done", value: out };
  });
}

const OPTIMISTIC_ATTEMPTS = 3;
/** the locked path cannot conflict unless the cashbox changed state meanwhile: a few more reads, then a 500 */
const MAX_ATTEMPTS = 8;

/** One document through the pipeline; never throws for a refusal. */
export async function run(
  cb: DeviceCashbox,
  clientDocId: string,
  requestHash: string,
  build: BuildCommand,
  opts: ExecuteOptions,
): Promise<Settled> {
  let snapshot = opts.snapshot ?? (await readSnapshot(cb, clientDocId));
  if (snapshot.stored) return replayOf(snapshot.stored, requestHash);
  const built = await build(snapshot);
  if (!built.ok) return settle(cb, { requestHash }, built.refusal, opts);
  const cmd = built.value;
  const key = await cashboxKey(cb);
  const locked = HANDLERS[cmd.op].locked?.(cmd) ?? false;
  for (let n = 0; ; n++) {
    const out =
      locked || n >= OPTIMISTIC_ATTEMPTS
        ? await lockedAttempt(cb, cmd, key, opts)
        : await attempt(cb, cmd, snapshot.journal, key, opts);
    if (out.kind === "done")
      return {
        ok: true,
        outcome: { replayed: false, status: 201, body: out.plan.body, document: out.plan.document },
      };
    if (out.kind === "refused") return settle(cb, cmd, out.refusal, opts);
    // Contention, not a bug: the terminal is told to come back (503 + Retry-After, docs/device-api.md §7)
    // and its retry is answered from the stored document or planned anew.
    if (n >= MAX_ATTEMPTS)
      throw new DeviceError("SERVICE_UNAVAILABLE", { details: { retryAfterSeconds: 5 } });
    snapshot = await readSnapshot(cb, clientDocId);
    if (snapshot.stored) return replayOf(snapshot.stored, requestHash);
  }
}

/** A command already built (the scheduled job, tests): the same pipeline; refusals come back as values. */
export function execute(cb: DeviceCashbox, cmd: Command, opts: ExecuteOptions): Promise<Settled> {
  return run(cb, cmd.clientDocId, cmd.requestHash, async () => ({ ok: true, value: cmd }), opts);
}
