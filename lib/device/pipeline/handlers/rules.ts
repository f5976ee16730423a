// Rules shared by the operations: the cashier's limit, returns against a sale, the shift's 24 hours.
import type { DocumentKind } from "@/lib/fiscal/content";
import type { ReceiptType } from "@/lib/fiscal/receipt";
import { shiftTooLong } from "@/lib/fiscal/shift-rules";
import { DeviceError } from "../../errors";
import {
  ok,
  refuse,
  type PlanInput,
  type Refusal,
  type Result,
  type ReturnBasis,
  type ShiftRef,
} from "../types";

export const deny = (
  code: ConstructorParameters<typeof DeviceError>[0],
  opts?: ConstructorParameters<typeof DeviceError>[1],
): Refusal => ({
  kind: "error",
  error: new DeviceError(code, opts),
});

export const notAllowed = (reason: string): Refusal => deny("OPERATION_NOT_ALLOWED", { details: { reason } });

export const RETURN_OF: Partial<Record<ReceiptType, ReceiptType>> = {
  sale_return: "sale",
  purchase_return: "purchase",
};

export const REVERSE: Record<string, DocumentKind> = {
  sale: "sale_return",
  sale_return: "sale",
  purchase: "purchase_return",
  purchase_return: "purchase",
  cash_deposit: "cash_withdrawal",
  cash_withdrawal: "cash_deposit",
};

export const toKind = (type: string) => type.toLowerCase() as DocumentKind;

export function overLimit(input: PlanInput, amount: bigint): Refusal | null {
  const limit = input.cmd.cashier?.operationLimit ?? null;
  return limit !== null && amount > limit ? deny("CASHIER_LIMIT_EXCEEDED") : null;
}

/** A return must refer to a sale (purchase) and not exceed what is left of it; the basis id or the refusal. */
export function checkReturn(
  type: ReceiptType,
  basis: ReturnBasis | null | undefined,
  total: bigint,
): Result<string | null> {
  const expect = RETURN_OF[type];
  if (!expect) return ok(null);
  if (!basis || toKind(basis.type) !== expect) return refuse(notAllowed("RETURN_BASIS_NOT_FOUND"));
  if (basis.returned + total > basis.total) return refuse(notAllowed("RETURN_EXCEEDS_SALE"));
  return ok(basis.id);
}

/** Receipts and cash operations: a shift older than 24 hours must be closed first (offline: by document time). */
export function shiftNotTooLong(input: PlanInput, shift: ShiftRef | null): Refusal | null {
  const at = input.cmd.offline ? input.cmd.createdAt : input.now;
  return shift && shiftTooLong(shift.openedAt, at) ? deny("SHIFT_TOO_LONG") : null;
}
