// X- and Z-report figures of a shift (Webkassa XReport/ZReport, docs/device-api.md §6): per operation
// type count, totals by payment, discounts, change and VAT; deposits and withdrawals; cash in the
// drawer; and the non-nullable (необнуляемые) totals at the start and end of the shift.
import { toJsonNumber } from "./money";
import { addVat } from "./receipt";
import type { DocumentKind } from "./content";

export const OPERATION_TYPES = ["sale", "sale_return", "purchase", "purchase_return"] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

export interface ShiftDocFigures {
  type: DocumentKind;
  total: bigint;
  cash: bigint;
  card: bigint;
  change: bigint;
  discount: bigint;
  vat: readonly { rate: string; amount: bigint | number }[];
}

export interface OperationTotals {
  count: number;
  total: number;
  cash: number;
  card: number;
  discount: number;
  change: number;
  vat: { rate: string; amount: number }[];
}

export type NonNullable4 = Record<OperationType, number>;

export interface ShiftReport {
  shiftNumber: number;
  openedAt: string;
  closedAt: string | null;
  documentCount: number;
  openingCash: number;
  deposits: number;
  withdrawals: number;
  cashInDrawer: number;
  byType: Record<OperationType, OperationTotals>;
  nonNullable: { start: NonNullable4; end: NonNullable4 };
}

/** How a document moves cash in the drawer (docs/product.md §6 «Cash»). */
export function cashEffect(type: DocumentKind, cash: bigint, total: bigint): bigint {
  switch (type) {
    case "sale":
    case "purchase_return":
      return cash;
    case "sale_return":
    case "purchase":
      return -cash;
    case "cash_deposit":
      return total;
    case "cash_withdrawal":
      return -total;
    default:
      return 0n;
  }
}

export function aggregateShift(input: {
  shiftNumber: number;
  openedAt: Date;
  closedAt: Date | null;
  openingCash: bigint;
  docs: readonly ShiftDocFigures[];
  /** the cashbox's non-nullable totals after the shift's last document */
  nonNullableEnd: Record<OperationType, bigint>;
}): ShiftReport {
  const acc = Object.fromEntries(
    OPERATION_TYPES.map((t) => [
      t,
      { count: 0, total: 0n, cash: 0n, card: 0n, discount: 0n, change: 0n, vat: new Map<string, bigint>() },
    ]),
  ) as Record<
    OperationType,
    {
      count: number;
      total: bigint;
      cash: bigint;
      card: bigint;
      discount: bigint;
      change: bigint;
      vat: Map<string, bigint>;
    }
  >;
  let deposits = 0n;
  let withdrawals = 0n;
  let cash = input.openingCash;
  for (const d of input.docs) {
    cash += cashEffect(d.type, d.cash, d.total);
    if (d.type === "cash_deposit") deposits += d.total;
    else if (d.type === "cash_withdrawal") withdrawals += d.total;
    else if ((OPERATION_TYPES as readonly string[]).includes(d.type)) {
      const a = acc[d.type as OperationType];
      a.count++;
      a.total += d.total;
      a.cash += d.cash;
      a.card += d.card;
      a.discount += d.discount;
      a.change += d.change;
      addVat(a.vat, d.vat);
    }
  }
  const byType = Object.fromEntries(
    OPERATION_TYPES.map((t) => {
      const a = acc[t];
      return [
        t,
        {
          count: a.count,
          total: toJsonNumber(a.total),
          cash: toJsonNumber(a.cash),
          card: toJsonNumber(a.card),
          discount: toJsonNumber(a.discount),
          change: toJsonNumber(a.change),
          vat: [...a.vat.entries()].map(([rate, amount]) => ({ rate, amount: toJsonNumber(amount) })),
        },
      ];
    }),
  ) as Record<OperationType, OperationTotals>;
  const end = Object.fromEntries(
    OPERATION_TYPES.map((t) => [t, toJsonNumber(input.nonNullableEnd[t])]),
  ) as NonNullable4;
  const start = Object.fromEntries(
    OPERATION_TYPES.map((t) => [t, toJsonNumber(input.nonNullableEnd[t] - acc[t].total)]),
  ) as NonNullable4;
  return {
    shiftNumber: input.shiftNumber,
    openedAt: input.openedAt.toISOString(),
    closedAt: input.closedAt ? input.closedAt.toISOString() : null,
    documentCount: input.docs.length,
    openingCash: toJsonNumber(input.openingCash),
    deposits: toJsonNumber(deposits),
    withdrawals: toJsonNumber(withdrawals),
    cashInDrawer: toJsonNumber(cash),
    byType,
    nonNullable: { start, end },
  };
}
