// POST /operations/cancel-last: reverses the journal's last receipt or cash operation of the open
// shift (sale → sale return, withdrawal → deposit, …) through the same rules (cash, limit, return ≤ sale).
import { parseQuantity } from "@/lib/fiscal/money";
import type { ComputedLine, ComputedReceipt, ReceiptType } from "@/lib/fiscal/receipt";
import { findUnit } from "@/lib/fiscal/units";
import type { OpHandler } from "../handler";
import { findCancelTarget, findReturnBasis } from "../lookups";
import { ok, refuse, type CancelTarget, type Lookups, type PlanInput } from "../types";
import {
  checkReturn,
  deny,
  notAllowed,
  overLimit,
  RETURN_OF,
  REVERSE,
  shiftNotTooLong,
  toKind,
} from "./rules";

interface StoredItem {
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
}

/** The receipt that reverses a stored receipt's canonical content. */
export function reverseReceipt(input: PlanInput, target: CancelTarget, type: ReceiptType): ComputedReceipt {
  const { cb, vatRates } = input;
  const lines: ComputedLine[] = (target.content.items as StoredItem[]).map((it, i) => ({
    lineNo: i + 1,
    name: it.name,
    nomenclatureId: it.nomenclatureId,
    unitCode: it.unit,
    unitLabel: findUnit(cb.org.country, it.unit)?.label ?? "",
    price: BigInt(it.price),
    quantity: parseQuantity(it.quantity) ?? 0n,
    quantityText: it.quantity,
    amount: BigInt(it.total + it.discount),
    discount: BigInt(it.discount),
    total: BigInt(it.total),
    vatRate: it.vatRate,
    vatBasisPoints:
      vatRates.find((r) => r.country === cb.org.country && r.code === it.vatRate)?.basisPoints ?? null,
    vatAmount: BigInt(it.vatAmount),
    markCodes: it.markCodes ?? [],
  }));
  const vat = (target.content.vat as { rate: string; amount: number }[]).map((v) => ({
    rate: v.rate,
    amount: BigInt(v.amount),
  }));
  const total = lines.reduce((s, l) => s + l.total, 0n);
  const discount = lines.reduce((s, l) => s + l.discount, 0n);
  return {
    type,
    lines,
    total,
    discount,
    cash: target.cash,
    card: target.card,
    change: 0n,
    cashTendered: 0n,
    vat,
  };
}

export const cancelLast: OpHandler = {
  locked: () => true,
  load: async ({ cb, journal, client }) => {
    const out: Lookups = { cancelTarget: null };
    if (!journal.lastOperationId) return out;
    out.cancelTarget = await findCancelTarget(cb, journal.lastOperationId, client);
    const reverse = out.cancelTarget && REVERSE[toKind(out.cancelTarget.type)];
    if (out.cancelTarget && reverse && RETURN_OF[reverse as ReceiptType] && client)
      out.returnBasis = await findReturnBasis(cb, { receiptId: out.cancelTarget.id }, client);
    return out;
  },
  shiftRule: (input, shift) => (shift ? shiftNotTooLong(input, shift) : deny("SHIFT_NOT_OPEN")),
  business: (input) => {
    const target = input.lookups.cancelTarget;
    if (!input.journal.lastOperationId || !target) return refuse(notAllowed("NOTHING_TO_CANCEL"));
    const targetKind = toKind(target.type);
    const kind = REVERSE[targetKind];
    const cancels = { id: target.id, number: target.number, kind: targetKind };
    if (kind === "cash_deposit" || kind === "cash_withdrawal") {
      const limit = overLimit(input, target.total);
      if (limit) return refuse(limit);
      return ok({
        kind,
        receipt: null,
        amount: target.total,
        returnBasisId: null,
        returnBasisRef: null,
        cancels,
      });
    }
    const receipt = reverseReceipt(input, target, kind as ReceiptType);
    const isReturn = Boolean(RETURN_OF[kind as ReceiptType]);
    const basis = isReturn
      ? checkReturn(kind as ReceiptType, input.lookups.returnBasis, receipt.total)
      : ok(null);
    if (!basis.ok) return basis;
    const limit = overLimit(input, receipt.total);
    if (limit) return refuse(limit);
    const returnBasisRef = isReturn ? { receiptId: target.id } : null;
    return ok({ kind, receipt, amount: 0n, returnBasisId: basis.value, returnBasisRef, cancels });
  },
  body: (plan) => {
    const c = plan.business.cancels!;
    return {
      document: plan.document,
      cancelled: { id: c.id, number: c.number, type: c.kind },
      cashInDrawer: Number(plan.after.cashInDrawer),
    };
  },
};
