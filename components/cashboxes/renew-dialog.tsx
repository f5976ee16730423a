"use client";
import { useLayoutEffect, useRef } from "react";
import { Dialog } from "radix-ui";
import { HelpLink } from "@/components/help/help-link";
import { HELP_DIALOGS } from "@/lib/help/links";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { RenewForm } from "@/components/codes/renew-form";
import type { ThirdPartyOfd } from "@/lib/cashboxes/status";
import { OfdPaidUntilForm } from "./ofd-paid-until-form";

export interface RenewDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** the cashboxes to renew: one from a badge, several from the list's bulk action */
  cashboxes: {
    id: string;
    name: string;
    /** a KZ cashbox on a third-party ОФД: the dialog updates «Оплачено в ОФД до» instead of taking a code */
    thirdPartyOfd?: ThirdPartyOfd | null;
    /** YYYY-MM-DD, shown in the third-party ОФД form */
    paidUntil?: string | null;
  }[];
  /** the organization's linked partner, if any (the form loads the partner's contacts itself) */
  partnerName?: string | null;
  /** where the focus goes on close when the button that opened the dialog is gone (renewed) */
  fallbackFocus?: React.RefObject<HTMLElement | null>;
}

/**
 * «Продлить»: enter an activation code or pick one of the organization's own; the redemption
 * itself is components/codes/renew-form.tsx (issue 9).
 */
export function RenewDialog({ open, onOpenChange, cashboxes, fallbackFocus }: RenewDialogProps) {
  // The dialog is opened from state, not a Radix trigger: remember the element that had the
  // focus (the badge or «Продлить выбранные») and give it back on close (Esc, ✕, «Отмена»).
  const opener = useRef<HTMLElement | null>(null);
  useLayoutEffect(() => {
    if (open && document.activeElement instanceof HTMLElement && document.activeElement !== document.body)
      opener.current = document.activeElement;
  }, [open]);
  const t = useTranslations("cashboxes.renew");
  const common = useTranslations("common");
  const names = cashboxes.map((c) => c.name);
  const ofdBox = cashboxes.length === 1 && cashboxes[0].thirdPartyOfd ? cashboxes[0] : null;

  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          onCloseAutoFocus={(e) => {
            const target = opener.current?.isConnected ? opener.current : fallbackFocus?.current;
            if (target) {
              e.preventDefault();
              target.focus();
            }
          }}
          className="fixed left-1/2 top-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-lg bg-white p-5 shadow-xl focus:outline-none">
          <div className="flex items-start justify-between gap-3">
            <Dialog.Title className="text-lg font-semibold text-slate-900">
              {ofdBox ? t("ofdTitle") : t("title")}
            </Dialog.Title>
            <Dialog.Close
              aria-label={common("close")}
              className="rounded p-1 text-slate-500 hover:bg-slate-100"
            >
              <X className="h-4 w-4" aria-hidden />
            </Dialog.Close>
          </div>
          <Dialog.Description className="mt-1 break-words text-sm text-slate-600">
            {names.length === 1
              ? t("forOne", { name: names[0] })
              : t("forMany", {
                  count: names.length,
                  names: names.slice(0, 5).join(", ") + (names.length > 5 ? ", …" : ""),
                })}
          </Dialog.Description>

          <HelpLink
            href={
              ofdBox?.thirdPartyOfd ? HELP_DIALOGS.ofdPayment[ofdBox.thirdPartyOfd] : HELP_DIALOGS.renewal
            }
            className="mt-2"
            testId="renew-help"
          />
          {ofdBox?.thirdPartyOfd ? (
            <OfdPaidUntilForm
              cashboxId={ofdBox.id}
              ofd={ofdBox.thirdPartyOfd}
              paidUntil={ofdBox.paidUntil ?? null}
              onCancel={() => onOpenChange(false)}
            />
          ) : (
            <RenewForm cashboxes={cashboxes} onCancel={() => onOpenChange(false)} />
          )}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
