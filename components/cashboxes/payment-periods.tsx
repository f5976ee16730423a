"use client";
// The card's two payment periods of a KZ cashbox on a third-party ОФД (docs/product.md §4):
// «Тариф оплачен до» (this service's: codes, «Маркет», the unpaid block) and «ОФД оплачен до»
// (the owner's date: reminders only). Each opens the renewal dialog on its own part. A cashbox on
// this service's own ОФД has one period and does not show this.
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { useDates } from "@/components/ui/use-dates";
import { cn } from "@/lib/cn";
import type { CashboxStatusModel, PaymentPeriod, PaymentStatus } from "@/lib/cashboxes/status";
import { RenewDialog } from "./renew-dialog";

const tone: Record<PaymentStatus, string> = {
  NONE: "text-slate-900",
  EXPIRING: "text-amber-800",
  UNPAID: "text-red-700",
};

export function PaymentPeriods({
  cashboxId,
  cashboxName,
  status,
  paidUntil,
  ofdPaidUntil,
  canRenew,
  timeZone,
}: {
  cashboxId: string;
  cashboxName: string;
  status: CashboxStatusModel;
  /** YYYY-MM-DD */
  paidUntil: string | null;
  /** YYYY-MM-DD */
  ofdPaidUntil: string | null;
  canRenew: boolean;
  timeZone: string;
}) {
  const t = useTranslations("cashboxes.ofdPeriod");
  const dates = useDates(timeZone);
  const [open, setOpen] = useState<PaymentPeriod | null>(null);
  const wrapper = useRef<HTMLDivElement>(null);
  if (!status.thirdPartyOfd || status.registrationStatus === "DEREGISTERED") return null;
  const rows: { period: PaymentPeriod; label: string; date: string | null; payment: PaymentStatus }[] = [
    { period: "TARIFF", label: t("tariffPaidUntil"), date: paidUntil, payment: status.payment },
    { period: "OFD", label: t("ofdPaidUntil"), date: ofdPaidUntil, payment: status.ofdPayment ?? "NONE" },
  ];
  return (
    <div
      ref={wrapper}
      tabIndex={-1}
      className="flex flex-wrap gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white px-4 py-3 text-sm outline-none"
      data-testid="payment-periods"
    >
      {rows.map((r) => (
        <div key={r.period} className="flex flex-wrap items-center gap-2" data-period-row={r.period}>
          <span className="text-slate-500">{r.label}:</span>
          <span className={cn("font-medium", tone[r.payment])} data-payment={r.payment}>
            {r.date ? dates.day(r.date) : r.period === "TARIFF" ? t("notPaid") : t("notEntered")}
          </span>
          {canRenew ? (
            <Button size="sm" variant="secondary" onClick={() => setOpen(r.period)}>
              {r.period === "TARIFF" ? t("renewTariff") : t("enterOfd")}
            </Button>
          ) : null}
        </div>
      ))}
      {open ? (
        <RenewDialog
          open
          onOpenChange={(o) => setOpen(o ? open : null)}
          cashboxes={[
            { id: cashboxId, name: cashboxName, thirdPartyOfd: status.thirdPartyOfd, ofdPaidUntil },
          ]}
          initialPeriod={open}
          fallbackFocus={wrapper}
        />
      ) : null}
    </div>
  );
}
