"use client";
import { useLayoutEffect, useRef, useState } from "react";
import { Modal } from "@/components/ui/dialog";
import { HelpLink } from "@/components/help/help-link";
import { HELP_DIALOGS } from "@/lib/help/links";
import { useTranslations } from "next-intl";
import { RenewForm } from "@/components/codes/renew-form";
import { cn } from "@/lib/cn";
import type { PaymentPeriod, ThirdPartyOfd } from "@/lib/cashboxes/status";
import { OfdPaidUntilForm } from "./ofd-paid-until-form";

export interface RenewDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** the cashboxes to renew: one from a badge, several from the list's bulk action */
  cashboxes: {
    id: string;
    name: string;
    /**
     * a KZ cashbox on a third-party ОФД: two periods, two parts of the dialog — the tariff (a code,
     * as for any cashbox) and «ОФД оплачен до» (the owner's date)
     */
    thirdPartyOfd?: ThirdPartyOfd | null;
    /** YYYY-MM-DD, prefills the ОФД part */
    ofdPaidUntil?: string | null;
  }[];
  /** which part a third-party ОФД cashbox's dialog opens on (the badge's period); default the tariff */
  initialPeriod?: PaymentPeriod;
  /** the organization's linked partner, if any (the form loads the partner's contacts itself) */
  partnerName?: string | null;
  /** where the focus goes on close when the button that opened the dialog is gone (renewed) */
  fallbackFocus?: React.RefObject<HTMLElement | null>;
}

/**
 * «Продлить»: enter an activation code or pick one of the organization's own; the redemption
 * itself is components/codes/renew-form.tsx (issue 9).
 */
export function RenewDialog({
  open,
  onOpenChange,
  cashboxes,
  fallbackFocus,
  initialPeriod = "TARIFF",
}: RenewDialogProps) {
  // The dialog is opened from state, not a Radix trigger: remember the element that had the
  // focus (the badge or «Продлить выбранные») and give it back on close (Esc, ✕, «Отмена»).
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement && document.activeElement !== document.body)
      opener.current = document.activeElement;
  }, [open]);
  const t = useTranslations("cashboxes.renew");
  const tp = useTranslations("cashboxes.ofdPeriod");
  const names = cashboxes.map((c) => c.name);
  const ofdBox = cashboxes.length === 1 && cashboxes[0].thirdPartyOfd ? cashboxes[0] : null;
  const [period, setPeriod] = useState<PaymentPeriod>(initialPeriod);
  const onOfd = ofdBox?.thirdPartyOfd != null && period === "OFD";

  return (
    <Modal
      open={open}
      onOpenChange={onOpenChange}
      onCloseAutoFocus={(e) => {
        const target = opener.current?.isConnected ? opener.current : fallbackFocus?.current;
        if (target) {
          e.preventDefault();
          target.focus();
        }
      }}
      title={ofdBox ? tp("dialogTitle") : t("title")}
      description={
        names.length === 1
          ? t("forOne", { name: names[0] })
          : t("forMany", {
              count: names.length,
              names: names.slice(0, 5).join(", ") + (names.length > 5 ? ", …" : ""),
            })
      }
    >
      <HelpLink
        href={
          onOfd && ofdBox?.thirdPartyOfd
            ? HELP_DIALOGS.ofdPayment[ofdBox.thirdPartyOfd]
            : HELP_DIALOGS.renewal
        }
        className="mt-2"
        testId="renew-help"
      />
      {ofdBox?.thirdPartyOfd ? (
        <div className="mt-3 inline-flex rounded-md border border-slate-200 p-0.5" role="group">
          {(["TARIFF", "OFD"] as const).map((p) => (
            <button
              key={p}
              type="button"
              aria-pressed={period === p}
              data-period={p}
              onClick={() => setPeriod(p)}
              className={cn(
                "rounded px-3 py-1.5 text-sm font-medium",
                period === p ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              {p === "TARIFF" ? tp("tariffTab") : tp("ofdTab")}
            </button>
          ))}
        </div>
      ) : null}
      {onOfd && ofdBox?.thirdPartyOfd ? (
        <OfdPaidUntilForm
          cashboxId={ofdBox.id}
          ofd={ofdBox.thirdPartyOfd}
          paidUntil={ofdBox.ofdPaidUntil ?? null}
          onCancel={() => onOpenChange(false)}
        />
      ) : (
        <RenewForm cashboxes={cashboxes} onCancel={() => onOpenChange(false)} />
      )}
    </Modal>
  );
}
