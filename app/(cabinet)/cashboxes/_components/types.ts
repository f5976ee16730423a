import type { CashboxListRow } from "@/lib/cashboxes/find-cashboxes";

/** A list row plus its values formatted on the server (locale and organization time zone). */
export type CashboxViewRow = CashboxListRow & {
  display: {
    paidUntil: string | null;
    /** «ОФД оплачен до» of a third-party ОФД cashbox */
    ofdPaidUntil: string | null;
    lastSeenAt: string | null;
    fiscalDriveExpires: string | null;
    todayRevenue: string | null;
  };
};
