// POST /documents:batch — offline upload (docs/device-api.md §6 «Offline batch»): ≤ 200 documents in
// deviceSeq order, each in its own transaction, processing stops at the first rejection; a known
// clientDocId is a duplicate (its first answer), so a whole batch can safely be sent again. The
// queue state the device reports sets or clears OFFLINE_TOO_LONG; a document made more than 72 h
// after the cashbox's last online contact is refused (OFFLINE_LIMIT_EXCEEDED, lib/device/pipeline/plan.ts).
import { db } from "@/lib/db/client";
import { OFFLINE_MAX_MS } from "@/lib/fiscal/shift-rules";
import { requestHashOf } from "@/lib/fiscal/sign";
import type { VatRateRow } from "@/lib/fiscal/vat";
import { admission, isPlainObject, prepareReceipt } from "./accept-document";
import type { Cashier, DeviceCashbox } from "./context";
import { run, type Command, type Op, type RequestSource } from "./engine";
import { DeviceError, validationError } from "./errors";
import { fieldsFromZod, translateFields } from "./fields";
import { currentCashier } from "./pipeline/lookups";
import { ok, refuse, type Result } from "./pipeline/types";
import { ZBatchEntry, ZClientDocId, ZBatchEnvelope, type TDocument } from "./schemas";
import { ensureJournal } from "./state";
import { loadVatRates } from "./vat-rates";
import { sql, tenantExecute, tenantQuery } from "@/lib/db/sql";

export interface BatchResult {
  clientDocId: string | null;
  status: "accepted" | "duplicate" | "rejected";
  document?: TDocument;
  error?: ReturnType<DeviceError["toResult"]>;
}

const OPS: Record<string, Op> = {
  receipt: "receipt",
  cash_operation: "cash_operation",
  shift_open: "shift_open",
  x_report: "x_report",
  z_report: "z_report",
};

interface BatchContext {
  cb: DeviceCashbox;
  sessionCashier: Cashier | null;
  /** current cashiers by membership id, looked up once per batch */
  cashiers: Map<string, Cashier | null>;
  now: Date;
  vatRates: readonly VatRateRow[];
  source: RequestSource;
}

const invalid = (field: string, message: string) => validationError(translateFields([{ field, message }]));

async function cashierOf(ctx: BatchContext, membershipId: string): Promise<Cashier | null> {
  if (!ctx.cashiers.has(membershipId))
    ctx.cashiers.set(membershipId, await currentCashier(ctx.cb.organizationId, membershipId));
  return ctx.cashiers.get(membershipId) ?? null;
}

/** The command of one entry: validation, proof of the cashier, pricing (the replay check has passed). */
async function entryCommand(
  ctx: BatchContext,
  raw: unknown,
  index: number,
  requestHash: string,
): Promise<Result<Command>> {
  const parsed = ZBatchEntry.safeParse(raw);
  if (!parsed.success)
    return refuse({
      kind: "error",
      error: validationError(fieldsFromZod(parsed.error, ["documents", index])),
    });
  const entry = parsed.data;
  // proof of the cashier (issue 14.4): a cashier signed in on this cashbox at upload time, and the
  // cashier recorded when the document was made (signed into its content) still a cashier here
  if (!ctx.sessionCashier || !(await cashierOf(ctx, ctx.sessionCashier.membershipId)))
    return refuse({ kind: "error", error: new DeviceError("CASHIER_SESSION_INVALID") });
  const cashier = await cashierOf(ctx, entry.cashierId ?? ctx.sessionCashier.membershipId);
  if (!cashier)
    return refuse({ kind: "error", error: invalid(`documents[${index}].cashierId`, "device.v.cashier") });
  const createdAt = new Date(entry.createdAt);
  const cmd: Command = {
    op: OPS[entry.kind],
    clientDocId: entry.clientDocId,
    requestHash,
    createdAt,
    deviceSeq: entry.deviceSeq,
    prevHash: entry.prevHash,
    offline: true,
    autonomousSign: entry.autonomousSign,
    cashier,
  };
  if (entry.kind === "receipt") {
    const priced = prepareReceipt(
      ctx.cb,
      entry.payload,
      createdAt,
      ctx.vatRates,
      `documents[${index}].payload.`,
    );
    if (!priced.ok) return priced;
    cmd.receipt = { payload: entry.payload, ...priced.value };
  }
  if (entry.kind === "cash_operation") cmd.cashOperation = entry.payload;
  return ok(cmd);
}

/** One entry through the same pipeline as an online document (engine.ts). */
async function acceptEntry(
  ctx: BatchContext,
  raw: unknown,
  index: number,
): Promise<BatchResult | DeviceError> {
  if (!isPlainObject(raw)) return invalid(`documents[${index}]`, "device.v.json");
  const id = ZClientDocId.safeParse(raw.clientDocId);
  if (!id.success) return invalid(`documents[${index}].clientDocId`, "device.v.clientDocId");
  const requestHash = requestHashOf({ op: "batch", entry: raw });
  const settled = await run(
    ctx.cb,
    id.data,
    requestHash,
    async (snapshot) => {
      const op = OPS[String(raw.kind)] ?? "receipt";
      const refused = admission(op, snapshot, true);
      return refused ? refuse(refused) : entryCommand(ctx, raw, index, requestHash);
    },
    { now: ctx.now, vatRates: ctx.vatRates, source: ctx.source },
  );
  if (!settled.ok) return settled.error;
  const { outcome } = settled;
  return {
    clientDocId: id.data,
    status: outcome.replayed ? "duplicate" : "accepted",
    document: outcome.document,
  };
}

export async function uploadBatch(
  cb: DeviceCashbox,
  sessionCashier: Cashier | null,
  body: unknown,
  now = new Date(),
  source: RequestSource = {},
) {
  const envelope = ZBatchEnvelope.safeParse(body);
  if (!envelope.success) throw validationError(fieldsFromZod(envelope.error));
  const { documents, queue } = envelope.data;

  const results: BatchResult[] = [];
  const ctx: BatchContext = {
    cb,
    sessionCashier,
    cashiers: new Map(),
    now,
    vatRates: await loadVatRates(now.getTime()),
    source,
  };
  let failed = false;
  for (const [i, raw] of documents.entries()) {
    const clientDocId =
      isPlainObject(raw) && typeof raw.clientDocId === "string" ? raw.clientDocId.slice(0, 128) : null;
    const out = failed ? new DeviceError("NOT_PROCESSED") : await acceptEntry(ctx, raw, i);
    if (out instanceof DeviceError) {
      failed = true;
      results.push({ clientDocId, status: "rejected", error: out.toResult() });
    } else results.push(out);
  }

  // what is still on the device: the reported queue, plus what this batch did not deliver
  const undelivered = documents.slice(
    results.findIndex((r) => r.status === "rejected") >= 0
      ? results.findIndex((r) => r.status === "rejected")
      : documents.length,
  );
  const remaining = queue.remaining + undelivered.length;
  const times = [
    queue.oldestCreatedAt ? new Date(queue.oldestCreatedAt) : null,
    ...undelivered.map((d) =>
      isPlainObject(d) && typeof d.createdAt === "string" ? new Date(d.createdAt) : null,
    ),
  ].filter((d): d is Date => d !== null && !Number.isNaN(d.getTime()));
  const oldest =
    remaining > 0 && times.length > 0 ? new Date(Math.min(...times.map((d) => d.getTime()))) : null;
  const offlineSince = remaining > 0 && queue.offlineSince ? new Date(queue.offlineSince) : null;
  const nextExpectedSeq = await recordQueue(cb, { remaining, oldest, offlineSince }, now);
  return { results, nextExpectedSeq };
}

/** Stores the device's queue state and sets/clears OFFLINE_TOO_LONG; returns the next expected deviceSeq. */
async function recordQueue(
  cb: DeviceCashbox,
  q: { remaining: number; oldest: Date | null; offlineSince: Date | null },
  now: Date,
) {
  await ensureJournal(cb.organizationId, cb.id);
  return db.$transaction(async (tx) => {
    const rows = await tenantQuery<{ lastDeviceSeq: bigint }[]>(
      tx,
      cb.organizationId,
      sql`
      SELECT j."lastDeviceSeq" FROM "CashboxJournal" j
       WHERE j."organizationId" = ${cb.organizationId}::uuid AND j."cashboxId" = ${cb.id}::uuid FOR UPDATE OF j`,
    );
    const row = rows[0];
    await tx.cashboxJournal.updateMany({
      where: { organizationId: cb.organizationId, cashboxId: cb.id },
      data: { pendingCount: q.remaining, pendingOldestAt: q.oldest, offlineSince: q.offlineSince },
    });
    const tooLong = q.oldest !== null && now.getTime() - q.oldest.getTime() > OFFLINE_MAX_MS;
    // conditional updates: never overwrite a block set meanwhile by the cabinet or a PLATFORM_ADMIN
    if (tooLong) {
      await tenantExecute(
        tx,
        cb.organizationId,
        sql`UPDATE "Cashbox" SET "operationalState" = 'OFFLINE_TOO_LONG', "operationalReason" = NULL, "updatedAt" = now()
        WHERE "organizationId" = ${cb.organizationId}::uuid AND id = ${cb.id}::uuid AND "operationalState" = 'ACTIVE'`,
      );
    } else if (q.remaining === 0) {
      await tenantExecute(
        tx,
        cb.organizationId,
        sql`UPDATE "Cashbox" SET "operationalState" = 'ACTIVE', "operationalReason" = NULL, "updatedAt" = now()
        WHERE "organizationId" = ${cb.organizationId}::uuid AND id = ${cb.id}::uuid AND "operationalState" = 'OFFLINE_TOO_LONG'`,
      );
    }
    // nothing left on the device: it is online again, the 72-hour offline limit starts afresh
    if (q.remaining === 0)
      await tenantExecute(
        tx,
        cb.organizationId,
        sql`UPDATE "Cashbox" SET "onlineAt" = GREATEST("onlineAt", ${now})
        WHERE "organizationId" = ${cb.organizationId}::uuid AND id = ${cb.id}::uuid`,
      );
    return Number(row.lastDeviceSeq) + 1;
  });
}
