export const CASHBOX_TABS = ["requisites", "drives", "documents", "shifts", "receipts"] as const;
export type CashboxTab = (typeof CASHBOX_TABS)[number];

export function toCashboxTab(value: unknown): CashboxTab {
  return (CASHBOX_TABS as readonly unknown[]).includes(value) ? (value as CashboxTab) : "requisites";
}
