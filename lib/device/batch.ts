// POST /documents:batch — offline upload (docs/device-api.md §6 «Offline batch»): ≤ 200 documents in
// deviceSeq order, each in its own transaction, processing stops at the first rejection; a known
// clientDocId is a duplicate (its first answer), so a whole batch can safely be sent again. The
// queue state the device reports sets or clears OFFLINE_TOO_LONG.
import { db } from "@/lib/db/client";
import { OFFLINE_MAX_MS } from "@/lib/fiscal/shift-rules";
import { requestHashOf } from "@/lib/fiscal/sign";
import { isPlainObject, prepareReceipt } from "./accept-document";
import { loadCashier, type Cashier, type DeviceCashbox } from "./context";
import { execute, findStored, replay, type Command, type Op } from "./engine";
import { DeviceError, isDeviceError, validationError } from "./errors";
import { fieldsFromZod, translateFields } from "./fields";
import { ZBatchEntry, ZBatchEnvelope, ZClientDocId, type TDocument } from "./schemas";
import { assertOperational, assertRegistered, ensureJournal } from "./state";
import { loadVatRates } from "./vat-rates";

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

async function acceptEntry(
  cb: DeviceCashbox,
  raw: unknown,
  index: number,
  sessionCashier: Cashier | null,
  cashiers: Map<string, Cashier | null>,
  now: Date,
): Promise<BatchResult> {
  const at = (f: string) => `documents[${index}].${f}`;
  if (!isPlainObject(raw))
    throw validationError(translateFields([{ field: `documents[${index}]`, message: "device.v.json" }]));
  const id = ZClientDocId.safeParse(raw.clientDocId);
  if (!id.success)
    throw validationError(translateFields([{ field: at("clientDocId"), message: "device.v.clientDocId" }]));
  const requestHash = requestHashOf({ op: "batch", entry: raw });

  const stored = await findStored(cb, id.data);
  if (stored) {
    const r = replay(stored, requestHash);
    return { clientDocId: id.data, status: "duplicate", document: r.document };
  }
  assertRegistered(cb.registrationStatus);
  await assertOperational(cb, true);

  const parsed = ZBatchEntry.safeParse(raw);
  if (!parsed.success) throw validationError(fieldsFromZod(parsed.error, ["documents", index]));
  const entry = parsed.data;

  let cashier = sessionCashier;
  if (entry.cashierId) {
    if (!cashiers.has(entry.cashierId))
      cashiers.set(entry.cashierId, await loadCashier(cb.organizationId, entry.cashierId));
    cashier = cashiers.get(entry.cashierId) ?? null;
    if (!cashier)
      throw validationError(translateFields([{ field: at("cashierId"), message: "device.v.cashier" }]));
  }
  if (!cashier)
    throw validationError(translateFields([{ field: at("cashierId"), message: "device.v.cashierRequired" }]));

  const vatRates = await loadVatRates(now.getTime());
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
  if (entry.kind === "receipt")
    cmd.receipt = {
      payload: entry.payload,
      ...prepareReceipt(cb, entry.payload, createdAt, vatRates, `documents[${index}].payload.`),
    };
  if (entry.kind === "cash_operation") cmd.cashOperation = entry.payload;
  const outcome = await execute(cb, cmd, { now, vatRates });
  return {
    clientDocId: entry.clientDocId,
    status: outcome.replayed ? "duplicate" : "accepted",
    document: outcome.document,
  };
}

export async function uploadBatch(
  cb: DeviceCashbox,
  sessionCashier: Cashier | null,
  body: unknown,
  now = new Date(),
) {
  const envelope = ZBatchEnvelope.safeParse(body);
  if (!envelope.success) throw validationError(fieldsFromZod(envelope.error));
  const { documents, queue } = envelope.data;

  const results: BatchResult[] = [];
  const cashiers = new Map<string, Cashier | null>();
  let failure: DeviceError | null = null;
  for (const [i, raw] of documents.entries()) {
    const clientDocId =
      isPlainObject(raw) && typeof raw.clientDocId === "string" ? raw.clientDocId.slice(0, 128) : null;
    if (failure) {
      results.push({ clientDocId, status: "rejected", error: new DeviceError("NOT_PROCESSED").toResult() });
      continue;
    }
    try {
      results.push(await acceptEntry(cb, raw, i, sessionCashier, cashiers, now));
    } catch (e) {
      if (!isDeviceError(e)) throw e;
      failure = e;
      results.push({ clientDocId, status: "rejected", error: e.toResult() });
    }
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
    const rows = await tx.$queryRaw<{ lastDeviceSeq: bigint }[]>`
      SELECT j."lastDeviceSeq" FROM "CashboxJournal" j
       WHERE j."organizationId" = ${cb.organizationId}::uuid AND j."cashboxId" = ${cb.id}::uuid FOR UPDATE OF j`;
    const row = rows[0];
    await tx.cashboxJournal.updateMany({
      where: { organizationId: cb.organizationId, cashboxId: cb.id },
      data: { pendingCount: q.remaining, pendingOldestAt: q.oldest, offlineSince: q.offlineSince },
    });
    const tooLong = q.oldest !== null && now.getTime() - q.oldest.getTime() > OFFLINE_MAX_MS;
    // conditional updates: never overwrite a block set meanwhile by the cabinet or a PLATFORM_ADMIN
    if (tooLong) {
      await tx.$executeRaw`UPDATE "Cashbox" SET "operationalState" = 'OFFLINE_TOO_LONG', "operationalReason" = NULL, "updatedAt" = now()
        WHERE "organizationId" = ${cb.organizationId}::uuid AND id = ${cb.id}::uuid AND "operationalState" = 'ACTIVE'`;
    } else if (q.remaining === 0) {
      await tx.$executeRaw`UPDATE "Cashbox" SET "operationalState" = 'ACTIVE', "operationalReason" = NULL, "updatedAt" = now()
        WHERE "organizationId" = ${cb.organizationId}::uuid AND id = ${cb.id}::uuid AND "operationalState" = 'OFFLINE_TOO_LONG'`;
    }
    return Number(row.lastDeviceSeq) + 1;
  });
}
