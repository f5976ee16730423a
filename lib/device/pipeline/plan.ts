// The plan stage: pure. From the journal, the command and what was looked up, either the complete
// document (numbers, content, fiscal sign, report, journal cursor, answer) or a refusal. No
// database, no clock (`now` comes in), no exceptions for refusals.
import {
  cashOperationContent,
  receiptContent,
  registrationReportContent,
  reportContent,
  type ContentHeader,
} from "@/lib/fiscal/content";
import { OFFLINE_MAX_MS } from "@/lib/fiscal/shift-rules";
import { sealContent, signsEqual } from "@/lib/fiscal/sign";
import { aggregateShift, cashEffect } from "@/lib/fiscal/z-report";
import { DeviceError, validationError } from "../errors";
import { translateFields } from "../fields";
import { stateRefusal } from "../state";
import type { TShiftReport } from "../schemas";
import { answer } from "./answer";
import type { OpHandler } from "./handler";
import { HANDLERS } from "./handlers";
import {
  ok,
  refuse,
  type Business,
  type DocumentPlan,
  type JournalAfter,
  type PlanInput,
  type Refusal,
  type Result,
  type ShiftRef,
} from "./types";

const error = (e: DeviceError): Refusal => ({ kind: "error", error: e });

/** An offline document reaches a BLOCKED cashbox only when made before the block took effect (issue 14.3). */
export function madeAfterBlock({ journal: j, cmd }: PlanInput): boolean {
  if (!cmd.offline || j.operationalState !== "BLOCKED") return false;
  return j.operationalStateAt === null || cmd.createdAt.getTime() > j.operationalStateAt.getTime();
}

/**
 * The 72-hour offline limit (docs/device-api.md §6): an offline document made more than 72 h after
 * the cashbox's last online contact is refused; the journal is not advanced, so the chain stays intact.
 */
export function pastOfflineLimit({ journal: j, cmd }: PlanInput): boolean {
  if (!cmd.offline || j.onlineAt === null) return false;
  return cmd.createdAt.getTime() - j.onlineAt.getTime() > OFFLINE_MAX_MS;
}

/** The state may have changed since the request was authenticated. */
export function gates(input: PlanInput): Refusal | null {
  const { cmd, journal: j } = input;
  if (cmd.expectShiftId && j.currentShiftId !== cmd.expectShiftId)
    return error(new DeviceError("SHIFT_NOT_OPEN"));
  if (cmd.serverMade) return null;
  if (cmd.op !== "registration_report" && j.registrationStatus !== "REGISTERED")
    return error(new DeviceError("CASHBOX_NOT_FISCALIZED"));
  const refused = stateRefusal(j.operationalState, cmd.offline);
  if (refused) return { kind: "state", state: refused, reason: j.operationalReason };
  if (madeAfterBlock(input)) return { kind: "state", state: "BLOCKED", reason: j.operationalReason };
  if (pastOfflineLimit(input)) return error(new DeviceError("OFFLINE_LIMIT_EXCEEDED"));
  return null;
}

/** The device chain: deviceSeq follows the journal, prevHash is its head; a resend of a stored number is a replay. */
export function chain(input: PlanInput): Result<number | null> {
  const { cmd, journal: j } = input;
  const lastSeq = Number(j.lastDeviceSeq);
  if (cmd.serverMade) return ok(null);
  if (cmd.deviceSeq === null) return ok(lastSeq + 1);
  if (cmd.deviceSeq === lastSeq + 1) {
    if (cmd.prevHash !== null && cmd.prevHash !== j.lastHash)
      return refuse({
        kind: "integrity",
        reason: `Документ ${cmd.deviceSeq}: хеш предыдущего документа не совпадает с журналом`,
      });
    return ok(cmd.deviceSeq);
  }
  if (cmd.deviceSeq > lastSeq + 1)
    return refuse(error(new DeviceError("SEQUENCE_GAP", { details: { expectedSeq: lastSeq + 1 } })));
  const same = input.lookups.sameSeq;
  if (same && same.clientDocId === cmd.clientDocId) return refuse({ kind: "replay", stored: same });
  return refuse({
    kind: "integrity",
    reason: `Повтор номера документа ${cmd.deviceSeq} с другим содержимым`,
  });
}

/** The open shift, or the one this document opens (the first receipt or cash operation opens it). */
export function shiftOf(input: PlanInput, handler: OpHandler): Result<ShiftRef | null> {
  const { cmd, journal: j } = input;
  const open: ShiftRef | null = j.currentShiftId
    ? {
        id: j.currentShiftId,
        number: j.lastShiftNumber,
        openedAt: j.currentShiftOpenedAt!,
        isNew: false,
        openingCash: 0n,
      }
    : null;
  const refused = handler.shiftRule(input, open);
  if (refused) return refuse(refused);
  if (open || cmd.op === "registration_report") return ok(open);
  return ok({
    id: input.ids.shift,
    number: j.lastShiftNumber + 1,
    openedAt: cmd.createdAt,
    isNew: true,
    openingCash: j.cashInDrawer,
  });
}

function contentOf(input: PlanInput, b: Business, header: ContentHeader): Record<string, unknown> {
  const cancels = b.cancels?.id ?? null;
  if (b.receipt)
    return receiptContent(header, b.receipt, {
      customer: input.cmd.receipt?.payload.customer ?? null,
      returnBasis: b.returnBasisRef,
      cancels,
    });
  if (b.kind === "cash_deposit" || b.kind === "cash_withdrawal")
    return cashOperationContent(header, Number(b.amount), cancels);
  if (b.kind === "registration_report")
    return registrationReportContent(
      header,
      Object.fromEntries(Object.entries(input.cmd.registration ?? {}).map(([k, v]) => [k, v ?? null])),
    );
  return reportContent(header);
}

const TOTAL_FIELD = {
  sale: "totalSale",
  sale_return: "totalSaleReturn",
  purchase: "totalPurchase",
  purchase_return: "totalPurchaseReturn",
} as const;

function totalsAfter(input: PlanInput, b: Business) {
  const j = input.journal;
  const totals = {
    totalSale: j.totalSale,
    totalSaleReturn: j.totalSaleReturn,
    totalPurchase: j.totalPurchase,
    totalPurchaseReturn: j.totalPurchaseReturn,
  };
  if (b.receipt) totals[TOTAL_FIELD[b.receipt.type]] += b.receipt.total;
  return totals;
}

function reportOf(
  input: PlanInput,
  b: Business,
  shift: ShiftRef,
  totals: ReturnType<typeof totalsAfter>,
  fiscalSign: string,
): TShiftReport | null {
  if (b.kind !== "x_report" && b.kind !== "z_report") return null;
  const stored = shift.isNew ? undefined : input.lookups.shiftDocs;
  const figures = [...(stored?.docs ?? [])];
  figures.push({ type: b.kind, total: 0n, cash: 0n, card: 0n, change: 0n, discount: 0n, vat: [] });
  const agg = aggregateShift({
    shiftNumber: shift.number,
    openedAt: shift.openedAt,
    closedAt: b.kind === "z_report" ? input.cmd.createdAt : null,
    openingCash: shift.isNew ? shift.openingCash : (stored?.openingCash ?? 0n),
    docs: figures,
    nonNullableEnd: {
      sale: totals.totalSale,
      sale_return: totals.totalSaleReturn,
      purchase: totals.totalPurchase,
      purchase_return: totals.totalPurchaseReturn,
    },
  });
  return { ...agg, fiscalSign };
}

function journalAfter(
  input: PlanInput,
  p: Omit<DocumentPlan, "after" | "document" | "body" | "input" | "report">,
  cashAfter: bigint,
  totals: ReturnType<typeof totalsAfter>,
): JournalAfter {
  const { cmd, journal: j } = input;
  const { business: b, shift, seq, closing } = p;
  const isOperation = b.receipt !== null || b.kind === "cash_deposit" || b.kind === "cash_withdrawal";
  return {
    lastNumber: j.lastNumber + 1,
    lastDeviceSeq: seq !== null ? BigInt(seq) : j.lastDeviceSeq,
    lastHash: seq !== null ? p.sealed.hash : j.lastHash,
    lastDeviceAt: seq !== null ? cmd.createdAt : j.lastDeviceAt,
    lastOperationId:
      cmd.op === "cancel_last" || closing || b.kind === "shift_open"
        ? null
        : isOperation
          ? input.ids.document
          : j.lastOperationId,
    cashInDrawer: cashAfter,
    ...totals,
    lastShiftNumber: shift?.isNew ? shift.number : j.lastShiftNumber,
    currentShiftId: closing ? null : shift?.isNew ? shift.id : j.currentShiftId,
    currentShiftOpenedAt: closing ? null : shift?.isNew ? shift.openedAt : j.currentShiftOpenedAt,
    shiftDocCount: closing ? 0 : p.inShift ? p.numberInShift! : j.shiftDocCount,
    announcedState: j.operationalState === "ACTIVE" ? null : j.announcedState,
  };
}

/** plan(journal, command, lookups) → the document, or why not. */
export function plan(input: PlanInput): Result<DocumentPlan> {
  const { cmd, journal: j } = input;
  const handler = HANDLERS[cmd.op];
  const gate = gates(input);
  if (gate) return refuse(gate);
  const seq = chain(input);
  if (!seq.ok) return seq;
  if (cmd.offline && j.lastDeviceAt && cmd.createdAt.getTime() < j.lastDeviceAt.getTime())
    return refuse(
      error(validationError(translateFields([{ field: "createdAt", message: "device.v.timeBackwards" }]))),
    );
  const shifted = shiftOf(input, handler);
  if (!shifted.ok) return shifted;
  const shift = shifted.value;
  const decided = handler.business(input);
  if (!decided.ok) return decided;
  const b = decided.value;
  const effect = b.receipt
    ? cashEffect(b.receipt.type, b.receipt.cash, b.receipt.total)
    : cashEffect(b.kind, 0n, b.amount);
  const cashAfter = j.cashInDrawer + effect;
  if (effect < 0n && cashAfter < 0n) return refuse(error(new DeviceError("INSUFFICIENT_CASH")));
  return seal(input, handler, b, shift, seq.value, cashAfter);
}

function seal(
  input: PlanInput,
  handler: OpHandler,
  b: Business,
  shift: ShiftRef | null,
  seq: number | null,
  cashAfter: bigint,
): Result<DocumentPlan> {
  const { cmd, journal: j } = input;
  const inShift = b.kind !== "registration_report" && shift !== null;
  const numberInShift = inShift ? (shift!.isNew ? 0 : j.shiftDocCount) + 1 : null;
  const header: ContentHeader = {
    cashboxId: input.cb.id,
    type: b.kind,
    seq,
    prevHash: j.lastHash,
    createdAt: cmd.createdAt,
    offline: cmd.offline,
    cashierId: cmd.cashier?.membershipId ?? null,
  };
  const content = contentOf(input, b, header);
  const sealed = sealContent(input.key, content);
  if (cmd.offline && (!cmd.autonomousSign || !signsEqual(sealed.fiscalSign, cmd.autonomousSign)))
    return refuse({
      kind: "integrity",
      reason: `Документ ${seq}: автономный фискальный признак не сходится`,
    });
  const totals = totalsAfter(input, b);
  const closing = b.kind === "z_report";
  const base = {
    business: b,
    shift,
    inShift,
    numberInShift,
    seq,
    prevHash: j.lastHash,
    content,
    sealed,
    total: b.receipt ? b.receipt.total : b.amount,
    closing,
  };
  const after = journalAfter(input, base, cashAfter, totals);
  const report = shift ? reportOf(input, b, shift, totals, sealed.fiscalSign) : null;
  const partial = { ...base, input, report, after };
  const { document, body } = answer(partial, handler);
  return ok({ ...partial, document, body });
}
