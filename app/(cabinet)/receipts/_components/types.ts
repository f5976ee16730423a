import type { ReceiptKind } from "@/lib/receipts/params";

/** A row of «Чеки» as the page hands it to the client table (formatted on the server). */
export interface ReceiptViewRow {
  id: string;
  number: number;
  type: ReceiptKind;
  date: string;
  cashbox: string;
  shift: number | null;
  total: string;
  outgoing: boolean;
  payment: string;
  cashier: string;
  offline: boolean;
}
