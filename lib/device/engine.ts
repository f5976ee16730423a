// The fiscal document engine: one transaction per document, serialised per cashbox by the
// CashboxJournal row lock (FOR UPDATE). Inside: the state re-check, the device sequence and hash
// chain, the shift rules, the business rules, the fiscal sign, and the writes (document, lines,
// shift, journal) with the answer stored beside the document for idempotent replays.
// Callers (accept-document.ts, batch.ts, close-shift.ts) have validated the request already.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db/client";
import { isPgUniqueViolation, pgQuery, pgTransactionStartingWith, type PgClient } from "@/lib/db/pool";
import { isUuid } from "@/lib/validation/uuid";
import {
  cashOperationContent,
  receiptContent,
  registrationReportContent,
  reportContent,
  type ContentHeader,
  type DocumentKind,
  type ReturnBasisRef,
} from "@/lib/fiscal/content";
import { parseQuantity } from "@/lib/fiscal/money";
import type { ComputedLine, ComputedReceipt, ReceiptRefusal, ReceiptType } from "@/lib/fiscal/receipt";
import { GENESIS_HASH, sealContent, signsEqual } from "@/lib/fiscal/sign";
import { shiftTooLong } from "@/lib/fiscal/shift-rules";
import { findUnit } from "@/lib/fiscal/units";
import type { VatRateRow } from "@/lib/fiscal/vat";
import { aggregateShift, cashEffect, type ShiftDocFigures } from "@/lib/fiscal/z-report";
import type { OperationalState, RegistrationStatus } from "@/lib/cashboxes/status";
import { rollupCtes } from "@/lib/analytics/rollup-sql";
import { cashboxKey, type Cashier, type DeviceCashbox, type StoredDocument } from "./context";
import { DeviceError, validationError } from "./errors";
import { translateFields } from "./fields";
import { documentView, type DocumentFacts } from "./response";
import type {
  TCashOperationPayload,
  TDocument,
  TReceiptPayload,
  TRegistrationReportData,
  TShiftReport,
} from "./schemas";
import { assertRegistered, stateError, stateRefusal } from "./state";
import { matchOfdRegistrationReport } from "@/lib/registration/ofd-report";

export type Op =
  | "receipt"
  | "cash_operation"
  | "shift_open"
  | "x_report"
  | "z_report"
  | "cancel_last"
  | "registration_report";

export interface Command {
  op: Op;
  clientDocId: string;
  /** SHA-256 hex of the canonical request */
  requestHash: string;
  createdAt: Date;
  deviceSeq: number | null;
  prevHash: string | null;
  offline: boolean;
  autonomousSign: string | null;
  cashier: Cashier | null;
  /** a document the server makes itself (the scheduled Z-report): outside the device chain */
  serverMade?: { autoClosed: boolean };
  /** refuse with SHIFT_NOT_OPEN unless this is still the open shift (the job decided on a snapshot) */
  expectShiftId?: string;
  receipt?: { payload: TReceiptPayload; computed: ComputedReceipt | null; refusal: ReceiptRefusal | null };
  cashOperation?: TCashOperationPayload;
  registration?: TRegistrationReportData;
}

export type Stored = StoredDocument;

export type Outcome =
  | { replayed: false; status: number; body: Record<string, unknown>; document: TDocument }
  | { replayed: true; status: number; body: Record<string, unknown>; document: TDocument };

/** Thrown inside the transaction; the caller rolls back, then marks the cashbox INTEGRITY. */
export class IntegrityFailure extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

/** The state changed between authentication and the lock; the refusal text is chosen after rollback. */
class StateSignal extends Error {
  constructor(
    readonly state: Exclude<OperationalState, "ACTIVE">,
    readonly reason: string | null,
  ) {
    super(state);
  }
}

class ReplaySignal extends Error {
  constructor(readonly stored: Stored) {
    super("replay");
  }
}

interface JournalRow {
  lastNumber: number;
  lastDeviceSeq: bigint;
  lastHash: string;
  lastDeviceAt: Date | null;
  lastOperationId: string | null;
  cashInDrawer: bigint;
  lastShiftNumber: number;
  currentShiftId: string | null;
  currentShiftOpenedAt: Date | null;
  shiftDocCount: number;
  totalSale: bigint;
  totalSaleReturn: bigint;
  totalPurchase: bigint;
  totalPurchaseReturn: bigint;
  announcedState: OperationalState | null;
  operationalState: OperationalState;
  operationalReason: string | null;
  operationalStateAt: Date | null;
  registrationStatus: RegistrationStatus;
}

const lockSql = (organizationId: string, cashboxId: string) => {
  // inlined into a simple-protocol query (BEGIN travels with it): only ever UUIDs from the database
  if (!isUuid(organizationId) || !isUuid(cashboxId)) throw new Error("lockSql takes UUIDs only");
  return `
  SELECT j."lastNumber", j."lastDeviceSeq", j."lastHash", j."lastDeviceAt", j."lastOperationId"::text AS "lastOperationId",
         j."cashInDrawer", j."lastShiftNumber", j."currentShiftId"::text AS "currentShiftId", j."currentShiftOpenedAt",
         j."shiftDocCount", j."totalSale", j."totalSaleReturn", j."totalPurchase", j."totalPurchaseReturn",
         j."announcedState"::text AS "announcedState", c."operationalState"::text AS "operationalState",
         c."operationalReason", c."operationalStateAt", c."registrationStatus"::text AS "registrationStatus"
    FROM "CashboxJournal" j
    JOIN "Cashbox" c ON c."organizationId" = j."organizationId" AND c.id = j."cashboxId"
   WHERE j."organizationId" = '${organizationId}' AND j."cashboxId" = '${cashboxId}'
     FOR UPDATE OF j`;
};

/** The journal row of the cashbox, locked; created on the first document. `locked` came with BEGIN. */
async function lockJournal(c: PgClient, cb: DeviceCashbox, locked: JournalRow[]): Promise<JournalRow> {
  if (locked[0]) return locked[0];
  await pgQuery(
    `INSERT INTO "CashboxJournal" ("cashboxId", "organizationId", "lastHash") VALUES ($1, $2, $3) ON CONFLICT ("cashboxId") DO NOTHING`,
    [cb.id, cb.organizationId, GENESIS_HASH],
    c,
  );
  return (await c.query<JournalRow>(lockSql(cb.organizationId, cb.id))).rows[0];
}

const RETURN_OF: Partial<Record<ReceiptType, ReceiptType>> = {
  sale_return: "sale",
  purchase_return: "purchase",
};
const REVERSE: Record<string, DocumentKind> = {
  sale: "sale_return",
  sale_return: "sale",
  purchase: "purchase_return",
  purchase_return: "purchase",
  cash_deposit: "cash_withdrawal",
  cash_withdrawal: "cash_deposit",
};

const toKind = (type: string) => type.toLowerCase() as DocumentKind;
const toType = (kind: DocumentKind) => kind.toUpperCase() as Uppercase<DocumentKind>;

interface Basis {
  id: string;
  type: string;
  total: bigint;
}

async function findReturnBasis(
  c: PgClient,
  cb: DeviceCashbox,
  ref: ReturnBasisRef,
  expect: ReceiptType,
): Promise<Basis> {
  let rows: Basis[];
  if ("receiptId" in ref) {
    rows = await pgQuery<Basis>(
      `SELECT id::text, type::text, total FROM "FiscalDocument" WHERE "organizationId" = $1 AND id = $2 FOR UPDATE`,
      [cb.organizationId, ref.receiptId],
      c,
    );
  } else {
    const at = new Date(ref.createdAt);
    rows = await pgQuery<Basis>(
      `SELECT d.id::text, d.type::text, d.total FROM "FiscalDocument" d
         JOIN "Cashbox" c ON c."organizationId" = d."organizationId" AND c.id = d."cashboxId"
        WHERE d."organizationId" = $1 AND c."registrationNumber" = $2 AND d."fiscalSign" = $3 AND d.total = $4
          AND d."createdAt" BETWEEN $5 AND $6
        ORDER BY d.number DESC LIMIT 1 FOR UPDATE OF d`,
      [
        cb.organizationId,
        ref.registrationNumber,
        ref.fiscalSign.padStart(10, "0"),
        String(ref.total),
        new Date(at.getTime() - 60_000),
        new Date(at.getTime() + 60_000),
      ],
      c,
    );
  }
  const basis = rows[0];
  if (!basis || toKind(basis.type) !== expect) {
    throw new DeviceError("OPERATION_NOT_ALLOWED", { details: { reason: "RETURN_BASIS_NOT_FOUND" } });
  }
  return basis;
}

/** Returns against a sale so far, not counting returns that were themselves cancelled. */
async function returnedSoFar(c: PgClient, cb: DeviceCashbox, basisId: string): Promise<bigint> {
  const rows = await pgQuery<{ sum: bigint | null }>(
    `SELECT SUM(r.total)::bigint AS sum FROM "FiscalDocument" r
      WHERE r."organizationId" = $1 AND r."returnBasisId" = $2
        AND NOT EXISTS (SELECT 1 FROM "FiscalDocument" x WHERE x."organizationId" = r."organizationId" AND x."cancelsId" = r.id)`,
    [cb.organizationId, basisId],
    c,
  );
  return rows[0]?.sum ?? 0n;
}

/** The receipt that reverses `content` (a stored receipt's canonical content). */
function reverseReceipt(
  content: Record<string, unknown>,
  type: ReceiptType,
  cash: bigint,
  card: bigint,
  cb: DeviceCashbox,
  rates: readonly VatRateRow[],
): ComputedReceipt {
  const items = content.items as {
    name: string;
    nomenclatureId: string | null;
    unit: string;
    price: number;
    quantity: string;
    discount: number;
    total: number;
    vatRate: string;
    vatAmount: number;
    markCodes: string[];
  }[];
  const lines: ComputedLine[] = items.map((it, i) => {
    const q = parseQuantity(it.quantity) ?? 0n;
    return {
      lineNo: i + 1,
      name: it.name,
      nomenclatureId: it.nomenclatureId,
      unitCode: it.unit,
      unitLabel: findUnit(cb.org.country, it.unit)?.label ?? "",
      price: BigInt(it.price),
      quantity: q,
      quantityText: it.quantity,
      amount: BigInt(it.total + it.discount),
      discount: BigInt(it.discount),
      total: BigInt(it.total),
      vatRate: it.vatRate,
      vatBasisPoints:
        rates.find((r) => r.country === cb.org.country && r.code === it.vatRate)?.basisPoints ?? null,
      vatAmount: BigInt(it.vatAmount),
      markCodes: it.markCodes ?? [],
    };
  });
  const vat = (content.vat as { rate: string; amount: number }[]).map((v) => ({
    rate: v.rate,
    amount: BigInt(v.amount),
  }));
  const total = lines.reduce((s, l) => s + l.total, 0n);
  const discount = lines.reduce((s, l) => s + l.discount, 0n);
  return { type, lines, total, discount, cash, card, change: 0n, cashTendered: 0n, vat };
}

/**
 * An offline document reaches a BLOCKED cashbox only when it was made before the block took effect
 * (issue 14.3): its time must not be after the block, and the chain (deviceSeq/prevHash, time never
 * going backwards) proves it was made before whatever follows it.
 */
function madeAfterBlock(j: JournalRow, cmd: Command): boolean {
  if (!cmd.offline || j.operationalState !== "BLOCKED") return false;
  return j.operationalStateAt === null || cmd.createdAt.getTime() > j.operationalStateAt.getTime();
}

export async function findStored(
  cb: Pick<DeviceCashbox, "id" | "organizationId">,
  clientDocId: string,
  c?: PgClient,
): Promise<Stored | null> {
  const rows = await pgQuery<Stored>(
    `SELECT "clientDocId", "requestHash", "responseStatus", response FROM "FiscalDocument"
      WHERE "organizationId" = $1 AND "cashboxId" = $2 AND "clientDocId" = $3`,
    [cb.organizationId, cb.id, clientDocId],
    c,
  );
  return rows[0] ?? null;
}

/** Same key and same content: the first answer again. Same key, other content: a conflict. */
export function replay(stored: Stored, requestHash: string): Outcome {
  if (stored.requestHash !== requestHash) throw new DeviceError("IDEMPOTENCY_KEY_REUSED");
  return {
    replayed: true,
    status: stored.responseStatus,
    body: stored.response,
    document: stored.response.document as TDocument,
  };
}

/** Puts the cashbox into INTEGRITY (nothing of the broken document is stored) and logs why. */
export async function markIntegrity(cb: DeviceCashbox, reason: string, source: RequestSource = {}) {
  await db.$transaction(async (tx) => {
    // journal row first, then the cashbox: the same lock order as the batch's queue update
    await tx.$executeRaw`UPDATE "CashboxJournal" SET "announcedState" = 'INTEGRITY'
      WHERE "organizationId" = ${cb.organizationId}::uuid AND "cashboxId" = ${cb.id}::uuid`;
    await tx.$executeRaw`UPDATE "Cashbox" SET "operationalState" = 'INTEGRITY', "operationalReason" = ${reason}, "updatedAt" = now()
      WHERE "organizationId" = ${cb.organizationId}::uuid AND id = ${cb.id}::uuid`;
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

/** Where a request came from (the network address of the terminal), for the journal. */
export interface RequestSource {
  address?: string | null;
}

/** The INTEGRITY reason the owner reads on the cashbox card: what broke and from which address. */
export function integrityReason(reason: string, source: RequestSource = {}): string {
  return source.address ? `${reason} (запрос с адреса ${source.address})` : reason;
}

export interface ExecuteOptions {
  now: Date;
  vatRates: readonly VatRateRow[];
  source?: RequestSource;
}

/** Runs one command in its own transaction. Throws DeviceError for every refusal. */
export async function execute(cb: DeviceCashbox, cmd: Command, opts: ExecuteOptions): Promise<Outcome> {
  const key = await cashboxKey(cb);
  try {
    return await pgTransactionStartingWith<JournalRow, Outcome>(
      lockSql(cb.organizationId, cb.id),
      (c, locked) => run(c, cb, cmd, key, opts, locked),
    );
  } catch (e) {
    if (e instanceof ReplaySignal) return replay(e.stored, cmd.requestHash);
    if (e instanceof StateSignal)
      throw await stateError(
        { id: cb.id, organizationId: cb.organizationId, operationalReason: e.reason },
        e.state,
      );
    if (e instanceof IntegrityFailure) {
      const reason = integrityReason(e.reason, opts.source);
      await markIntegrity(cb, reason, opts.source);
      throw new DeviceError("CASHBOX_INTEGRITY", { details: { reason } });
    }
    if (isPgUniqueViolation(e, "FiscalDocument_organizationId_cashboxId_clientDocId_key")) {
      // a concurrent request with the same clientDocId won the race: answer like it did
      const stored = await findStored(cb, cmd.clientDocId);
      if (stored) return replay(stored, cmd.requestHash);
    }
    throw e;
  }
}

async function run(
  c: PgClient,
  cb: DeviceCashbox,
  cmd: Command,
  key: Buffer,
  opts: ExecuteOptions,
  locked: JournalRow[],
): Promise<Outcome> {
  const { now } = opts;
  const j = await lockJournal(c, cb, locked);

  // the state may have changed since the request was authenticated
  if (cmd.expectShiftId && j.currentShiftId !== cmd.expectShiftId) throw new DeviceError("SHIFT_NOT_OPEN");
  if (cmd.op !== "registration_report" && !cmd.serverMade) assertRegistered(j.registrationStatus);
  if (!cmd.serverMade) {
    const refused = stateRefusal(j.operationalState, cmd.offline);
    if (refused) throw new StateSignal(refused, j.operationalReason);
    if (madeAfterBlock(j, cmd)) throw new StateSignal("BLOCKED", j.operationalReason);
  }

  // device sequence and hash chain
  const lastSeq = Number(j.lastDeviceSeq);
  let seq: number | null = null;
  if (cmd.serverMade) seq = null;
  else if (cmd.deviceSeq === null) seq = lastSeq + 1;
  else if (cmd.deviceSeq === lastSeq + 1) {
    if (cmd.prevHash !== null && cmd.prevHash !== j.lastHash) {
      throw new IntegrityFailure(
        `Документ ${cmd.deviceSeq}: хеш предыдущего документа не совпадает с журналом`,
      );
    }
    seq = cmd.deviceSeq;
  } else if (cmd.deviceSeq > lastSeq + 1) {
    throw new DeviceError("SEQUENCE_GAP", { details: { expectedSeq: lastSeq + 1 } });
  } else {
    const [same] = await pgQuery<Stored>(
      `SELECT "clientDocId", "requestHash", "responseStatus", response FROM "FiscalDocument"
        WHERE "organizationId" = $1 AND "cashboxId" = $2 AND "deviceSeq" = $3`,
      [cb.organizationId, cb.id, String(cmd.deviceSeq)],
      c,
    );
    if (same && same.clientDocId === cmd.clientDocId) throw new ReplaySignal(same);
    throw new IntegrityFailure(`Повтор номера документа ${cmd.deviceSeq} с другим содержимым`);
  }
  const prevHash = j.lastHash;

  if (cmd.offline && j.lastDeviceAt && cmd.createdAt.getTime() < j.lastDeviceAt.getTime()) {
    throw validationError(translateFields([{ field: "createdAt", message: "device.v.timeBackwards" }]));
  }

  // shift rules
  const at = cmd.offline ? cmd.createdAt : now;
  let shift: { id: string; number: number; openedAt: Date; isNew: boolean; openingCash: bigint } | null =
    j.currentShiftId
      ? {
          id: j.currentShiftId,
          number: j.lastShiftNumber,
          openedAt: j.currentShiftOpenedAt!,
          isNew: false,
          openingCash: 0n,
        }
      : null;
  switch (cmd.op) {
    case "shift_open":
      if (shift) {
        const [open] = await pgQuery<{ openedByName: string }>(
          `SELECT "openedByName" FROM "Shift" WHERE "organizationId" = $1 AND id = $2`,
          [cb.organizationId, shift.id],
          c,
        );
        throw new DeviceError("SHIFT_ALREADY_OPEN", { params: { name: open?.openedByName || "—" } });
      }
      break;
    case "receipt":
    case "cash_operation":
    case "cancel_last":
      if (!shift && cmd.op === "cancel_last") throw new DeviceError("SHIFT_NOT_OPEN");
      if (shift && shiftTooLong(shift.openedAt, at)) throw new DeviceError("SHIFT_TOO_LONG");
      break;
    case "x_report":
    case "z_report":
      // Offline, the terminal's shift may already have been closed here by the scheduled job: its
      // report then gets a shift of its own rather than leaving the upload stuck forever.
      if (!shift && !cmd.offline) throw new DeviceError("SHIFT_NOT_OPEN");
      break;
    case "registration_report":
      // a KZ cashbox on a third-party ОФД: a matching report registers it in this transaction
      await matchOfdRegistrationReport(c, cb, cmd.registration, now);
      break;
  }
  if (!shift && cmd.op !== "registration_report") {
    // the first receipt or cash operation opens the shift (as Webkassa does); SHIFT_OPEN opens it explicitly
    shift = {
      id: randomUUID(),
      number: j.lastShiftNumber + 1,
      openedAt: cmd.createdAt,
      isNew: true,
      openingCash: j.cashInDrawer,
    };
  }

  // business rules
  let kind: DocumentKind;
  let receipt: ComputedReceipt | null = null;
  let amount = 0n;
  let returnBasisId: string | null = null;
  let returnBasisRef: ReturnBasisRef | null = null;
  let cancels: { id: string; number: number; kind: DocumentKind } | null = null;
  const limit = cmd.cashier?.operationLimit ?? null;

  const checkReturn = async (type: ReceiptType, ref: ReturnBasisRef, total: bigint) => {
    const expect = RETURN_OF[type];
    if (!expect) return;
    const basis = await findReturnBasis(c, cb, ref, expect);
    if ((await returnedSoFar(c, cb, basis.id)) + total > basis.total) {
      throw new DeviceError("OPERATION_NOT_ALLOWED", { details: { reason: "RETURN_EXCEEDS_SALE" } });
    }
    returnBasisId = basis.id;
  };

  switch (cmd.op) {
    case "receipt": {
      const r = cmd.receipt!;
      if (r.refusal) {
        if (r.refusal.kind === "business" && r.refusal.code === "CARD_EXCEEDS_TOTAL")
          throw new DeviceError("CARD_EXCEEDS_TOTAL");
        if (r.refusal.kind === "business" && r.refusal.code === "OPERATION_NOT_ALLOWED") {
          throw new DeviceError("OPERATION_NOT_ALLOWED", { details: { reason: r.refusal.reason } });
        }
      }
      if (!r.computed) throw new Error("a receipt without a refusal is priced");
      receipt = r.computed;
      kind = receipt.type;
      if (limit !== null && receipt.total > limit) throw new DeviceError("CASHIER_LIMIT_EXCEEDED");
      if (r.payload.returnBasis) {
        returnBasisRef = r.payload.returnBasis as ReturnBasisRef;
        await checkReturn(receipt.type, returnBasisRef, receipt.total);
      }
      break;
    }
    case "cash_operation": {
      const c = cmd.cashOperation!;
      kind = c.type === "deposit" ? "cash_deposit" : "cash_withdrawal";
      amount = BigInt(c.amount);
      if (limit !== null && amount > limit) throw new DeviceError("CASHIER_LIMIT_EXCEEDED");
      break;
    }
    case "cancel_last": {
      if (!j.lastOperationId)
        throw new DeviceError("OPERATION_NOT_ALLOWED", { details: { reason: "NOTHING_TO_CANCEL" } });
      const [target] = await pgQuery<{
        id: string;
        number: number;
        type: string;
        total: bigint;
        cash: bigint;
        card: bigint;
        content: Record<string, unknown>;
      }>(
        `SELECT id::text, number, type::text, total, cash, card, content FROM "FiscalDocument" WHERE "organizationId" = $1 AND id = $2`,
        [cb.organizationId, j.lastOperationId],
        c,
      );
      if (!target)
        throw new DeviceError("OPERATION_NOT_ALLOWED", { details: { reason: "NOTHING_TO_CANCEL" } });
      const targetKind = toKind(target.type);
      cancels = { id: target.id, number: target.number, kind: targetKind };
      kind = REVERSE[targetKind];
      if (kind === "cash_deposit" || kind === "cash_withdrawal") {
        amount = target.total;
      } else {
        receipt = reverseReceipt(
          target.content as Record<string, unknown>,
          kind as ReceiptType,
          target.cash,
          target.card,
          cb,
          opts.vatRates,
        );
        if (RETURN_OF[kind as ReceiptType]) {
          returnBasisRef = { receiptId: target.id };
          await checkReturn(kind as ReceiptType, returnBasisRef, receipt.total);
        }
      }
      if (limit !== null && (receipt?.total ?? amount) > limit)
        throw new DeviceError("CASHIER_LIMIT_EXCEEDED");
      break;
    }
    default:
      kind = cmd.op as DocumentKind;
  }

  const effect = receipt
    ? cashEffect(receipt.type, receipt.cash, receipt.total)
    : cashEffect(kind, 0n, amount);
  const cashAfter = j.cashInDrawer + effect;
  if (effect < 0n && cashAfter < 0n) throw new DeviceError("INSUFFICIENT_CASH");

  // numbering, content, sign
  const id = randomUUID();
  const number = j.lastNumber + 1;
  const inShift = kind !== "registration_report" && shift !== null;
  const numberInShift = inShift ? (shift!.isNew ? 0 : j.shiftDocCount) + 1 : null;
  const header: ContentHeader = {
    cashboxId: cb.id,
    type: kind,
    seq,
    prevHash,
    createdAt: cmd.createdAt,
    offline: cmd.offline,
    cashierId: cmd.cashier?.membershipId ?? null,
  };
  const content = receipt
    ? receiptContent(header, receipt, {
        customer: cmd.receipt?.payload.customer ?? null,
        returnBasis: returnBasisRef,
        cancels: cancels?.id ?? null,
      })
    : kind === "cash_deposit" || kind === "cash_withdrawal"
      ? cashOperationContent(header, Number(amount), cancels?.id ?? null)
      : kind === "registration_report"
        ? registrationReportContent(
            header,
            Object.fromEntries(Object.entries(cmd.registration ?? {}).map(([k, v]) => [k, v ?? null])),
          )
        : reportContent(header);
  const sealed = sealContent(key, content);
  if (cmd.offline && (!cmd.autonomousSign || !signsEqual(sealed.fiscalSign, cmd.autonomousSign))) {
    throw new IntegrityFailure(`Документ ${seq}: автономный фискальный признак не сходится`);
  }

  const totals = {
    totalSale: j.totalSale,
    totalSaleReturn: j.totalSaleReturn,
    totalPurchase: j.totalPurchase,
    totalPurchaseReturn: j.totalPurchaseReturn,
  };
  if (receipt) {
    const field = (
      {
        sale: "totalSale",
        sale_return: "totalSaleReturn",
        purchase: "totalPurchase",
        purchase_return: "totalPurchaseReturn",
      } as const
    )[receipt.type];
    totals[field] += receipt.total;
  }

  // reports
  let report: TShiftReport | null = null;
  if (kind === "x_report" || kind === "z_report") {
    const docs = await pgQuery<{
      type: string;
      total: bigint;
      cash: bigint;
      card: bigint;
      change: bigint;
      discount: bigint;
      vat: { rate: string; amount: number }[];
    }>(
      `SELECT type::text, total, cash, card, change, discount, vat FROM "FiscalDocument"
        WHERE "organizationId" = $1 AND "shiftId" = $2 ORDER BY number`,
      [cb.organizationId, shift!.id],
      c,
    );
    const [shiftRow] = await pgQuery<{ openingCash: bigint }>(
      `SELECT "openingCash" FROM "Shift" WHERE "organizationId" = $1 AND id = $2`,
      [cb.organizationId, shift!.id],
      c,
    );
    const figures: ShiftDocFigures[] = docs.map((d) => ({
      type: toKind(d.type),
      total: d.total,
      cash: d.cash,
      card: d.card,
      change: d.change,
      discount: d.discount,
      vat: d.vat,
    }));
    figures.push({ type: kind, total: 0n, cash: 0n, card: 0n, change: 0n, discount: 0n, vat: [] });
    const agg = aggregateShift({
      shiftNumber: shift!.number,
      openedAt: shift!.openedAt,
      closedAt: kind === "z_report" ? cmd.createdAt : null,
      openingCash: shift!.isNew ? shift!.openingCash : (shiftRow?.openingCash ?? 0n),
      docs: figures,
      nonNullableEnd: {
        sale: totals.totalSale,
        sale_return: totals.totalSaleReturn,
        purchase: totals.totalPurchase,
        purchase_return: totals.totalPurchaseReturn,
      },
    });
    report = { ...agg, fiscalSign: sealed.fiscalSign };
  }

  const total = receipt ? receipt.total : amount;
  const facts: DocumentFacts = {
    id,
    clientDocId: cmd.clientDocId,
    kind,
    number,
    shiftNumber: inShift ? shift!.number : null,
    numberInShift,
    deviceSeq: seq,
    createdAt: cmd.createdAt,
    acceptedAt: now,
    fiscalSign: sealed.fiscalSign,
    offline: cmd.offline,
    cashierName: cmd.cashier?.name ?? "",
    total,
    cash: receipt?.cash ?? 0n,
    card: receipt?.card ?? 0n,
    change: receipt?.change ?? 0n,
    vat: receipt?.vat ?? [],
    hash: sealed.hash,
    prevHash,
    lines: receipt?.lines.map((l) => ({
      name: l.name,
      quantityText: l.quantityText,
      unitLabel: l.unitLabel,
      price: l.price,
      discount: l.discount,
      total: l.total,
      vatLabel:
        opts.vatRates.find((r) => r.country === cb.org.country && r.code === l.vatRate)?.label ?? l.vatRate,
    })),
    report,
  };
  const document = documentView(cb, facts, opts.vatRates);
  const shiftInfo = shift
    ? {
        number: shift.number,
        openedAt: shift.openedAt.toISOString(),
        openedBy: shift.isNew ? (cmd.cashier?.name ?? "") : "",
        openingCash: Number(shift.isNew ? shift.openingCash : 0n),
        documentCount: numberInShift ?? 0,
      }
    : null;
  let body: Record<string, unknown>;
  switch (cmd.op) {
    case "cash_operation":
      body = { document, cashInDrawer: Number(cashAfter) };
      break;
    case "shift_open":
      body = { document, shift: shiftInfo };
      break;
    case "x_report":
    case "z_report":
      body = { document, report };
      break;
    case "cancel_last":
      body = {
        document,
        cancelled: { id: cancels!.id, number: cancels!.number, type: cancels!.kind },
        cashInDrawer: Number(cashAfter),
      };
      break;
    default:
      body = { document };
  }

  // writes: one statement (shift, document, lines, shift close, journal cursor) after the lock
  const closing = kind === "z_report";
  const isOperation = receipt !== null || kind === "cash_deposit" || kind === "cash_withdrawal";
  const v: unknown[] = [];
  const p = (x: unknown) => {
    v.push(typeof x === "bigint" ? x.toString() : x);
    return `$${v.length}`;
  };
  const org = p(cb.organizationId);
  const docId = p(id);
  const ctes: string[] = [];
  const closingValues = () =>
    `${p(cmd.createdAt)}, ${p(cmd.cashier?.membershipId ?? null)}, ${p(cmd.cashier?.name ?? null)}, ${p(cmd.serverMade?.autoClosed ?? false)}, ${p(cashAfter)}, ${p(numberInShift ?? 0)}, ${p(JSON.stringify(report))}::jsonb`;
  if (shift?.isNew) {
    // a shift opened and closed by the same document (an offline Z after the job closed the shift) is
    // inserted closed: the UPDATE of another CTE of this statement would not see the new row
    ctes.push(`new_shift AS (INSERT INTO "Shift" (id, "organizationId", "cashboxId", number, "openedById", "openedByName", "openedAt", "openingCash"${
      closing
        ? `, "closedAt", "closedById", "closedByName", "autoClosed", "closingCash", "documentCount", "zReport"`
        : ""
    })
      VALUES (${p(shift.id)}, ${org}, ${p(cb.id)}, ${p(shift.number)}, ${p(cmd.cashier?.membershipId ?? null)}, ${p(cmd.cashier?.name ?? "")}, ${p(shift.openedAt)}, ${p(shift.openingCash)}${
        closing ? `, ${closingValues()}` : ""
      }))`);
  }
  ctes.push(`doc AS (INSERT INTO "FiscalDocument" (id, "organizationId", "cashboxId", "shiftId", number, "numberInShift", "deviceSeq", type,
      "clientDocId", "requestHash", "responseStatus", response, "createdAt", "acceptedAt", offline, "fiscalSign", hash, "prevHash",
      total, cash, card, change, discount, vat, "returnBasisId", "cancelsId", "cashierId", "cashierName", content)
    VALUES (${docId}, ${org}, ${p(cb.id)}, ${p(inShift ? shift!.id : null)}, ${p(number)}, ${p(numberInShift)}, ${p(seq)}, ${p(toType(kind))}::"FiscalDocumentType",
      ${p(cmd.clientDocId)}, ${p(cmd.requestHash)}, 201, ${p(JSON.stringify(body))}::jsonb, ${p(cmd.createdAt)}, ${p(now)}, ${p(cmd.offline)}, ${p(sealed.fiscalSign)}, ${p(sealed.hash)}, ${p(prevHash)},
      ${p(total)}, ${p(receipt?.cash ?? 0n)}, ${p(receipt?.card ?? 0n)}, ${p(receipt?.change ?? 0n)}, ${p(receipt?.discount ?? 0n)},
      ${p(JSON.stringify((receipt?.vat ?? []).map((x) => ({ rate: x.rate, amount: Number(x.amount) }))))}::jsonb,
      ${p(returnBasisId)}, ${p(cancels?.id ?? null)}, ${p(cmd.cashier?.membershipId ?? null)}, ${p(cmd.cashier?.name ?? "")}, ${p(JSON.stringify(content))}::jsonb))`);
  if (receipt && receipt.lines.length > 0) {
    const L = receipt.lines;
    ctes.push(`lines AS (INSERT INTO "ReceiptLine" ("organizationId", "documentId", "lineNo", name, "nomenclatureId", "unitCode", price, quantity, discount, total, "vatRate", "vatAmount")
      SELECT ${org}::uuid, ${docId}::uuid, * FROM unnest(${p(L.map((l) => l.lineNo))}::int[], ${p(L.map((l) => l.name))}::text[], ${p(L.map((l) => l.nomenclatureId))}::uuid[],
        ${p(L.map((l) => l.unitCode))}::text[], ${p(L.map((l) => l.price.toString()))}::bigint[], ${p(L.map((l) => l.quantityText))}::numeric[],
        ${p(L.map((l) => l.discount.toString()))}::bigint[], ${p(L.map((l) => l.total.toString()))}::bigint[], ${p(L.map((l) => l.vatRate))}::text[], ${p(L.map((l) => l.vatAmount.toString()))}::bigint[]))`);
  }
  if (closing && !shift!.isNew) {
    ctes.push(`closed AS (UPDATE "Shift" SET ("closedAt", "closedById", "closedByName", "autoClosed", "closingCash", "documentCount", "zReport")
      = (${closingValues()}) WHERE "organizationId" = ${org} AND id = ${p(shift!.id)})`);
  }
  // analytics rollups, in this same statement (docs/analytics.md)
  ctes.push(
    ...rollupCtes(p, org, {
      organizationId: cb.organizationId,
      cashboxId: cb.id,
      timezone: cb.org.timezone,
      type: toType(kind),
      reversal: cancels !== null,
      createdAt: cmd.createdAt,
      total,
      cash: receipt?.cash ?? 0n,
      card: receipt?.card ?? 0n,
      change: receipt?.change ?? 0n,
      discount: receipt?.discount ?? 0n,
      vat: (receipt?.vat ?? []).reduce((s, x) => s + x.amount, 0n),
      lines: receipt?.lines ?? [],
    }),
  );
  const cur = {
    lastDeviceSeq: seq !== null ? BigInt(seq) : j.lastDeviceSeq,
    lastHash: seq !== null ? sealed.hash : j.lastHash,
    lastDeviceAt: seq !== null ? cmd.createdAt : j.lastDeviceAt,
    lastOperationId:
      cmd.op === "cancel_last" || closing || kind === "shift_open"
        ? null
        : isOperation
          ? id
          : j.lastOperationId,
    lastShiftNumber: shift?.isNew ? shift.number : j.lastShiftNumber,
    currentShiftId: closing ? null : shift?.isNew ? shift.id : j.currentShiftId,
    currentShiftOpenedAt: closing ? null : shift?.isNew ? shift.openedAt : j.currentShiftOpenedAt,
    shiftDocCount: closing ? 0 : inShift ? numberInShift! : j.shiftDocCount,
    announcedState: j.operationalState === "ACTIVE" ? null : j.announcedState,
  };
  await pgQuery(
    `WITH ${ctes.join(",\n")}
     UPDATE "CashboxJournal" SET "lastNumber" = ${p(number)}, "lastDeviceSeq" = ${p(cur.lastDeviceSeq)}, "lastHash" = ${p(cur.lastHash)},
       "lastDeviceAt" = ${p(cur.lastDeviceAt)}, "lastOperationId" = ${p(cur.lastOperationId)}, "cashInDrawer" = ${p(cashAfter)},
       "totalSale" = ${p(totals.totalSale)}, "totalSaleReturn" = ${p(totals.totalSaleReturn)}, "totalPurchase" = ${p(totals.totalPurchase)},
       "totalPurchaseReturn" = ${p(totals.totalPurchaseReturn)}, "lastShiftNumber" = ${p(cur.lastShiftNumber)}, "currentShiftId" = ${p(cur.currentShiftId)},
       "currentShiftOpenedAt" = ${p(cur.currentShiftOpenedAt)}, "shiftDocCount" = ${p(cur.shiftDocCount)},
       "announcedState" = ${p(cur.announcedState)}::"OperationalState", "updatedAt" = now()
     WHERE "organizationId" = ${org} AND "cashboxId" = ${p(cb.id)}`,
    v,
    c,
  );
  return { replayed: false, status: 201, body, document };
}
