"use client";
import { useRef, useState } from "react";
import Link from "next/link";
import { Tooltip } from "radix-ui";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { BadgeTone, CashboxStatusModel, OperationalBadge } from "@/lib/cashboxes/status";
import { RenewDialog } from "./renew-dialog";

const tones: Record<BadgeTone, string> = {
  green: "bg-emerald-50 text-emerald-700 ring-emerald-600/20",
  yellow: "bg-amber-50 text-amber-800 ring-amber-600/30",
  red: "bg-red-50 text-red-700 ring-red-600/20",
  blue: "bg-brand-50 text-brand-700 ring-brand-600/20",
  gray: "bg-slate-100 text-slate-700 ring-slate-500/20",
};
const base =
  "inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset";
const interactive = "relative z-10 cursor-pointer hover:ring-2 focus-visible:ring-2 focus-visible:outline-2";

export interface CashboxStatusBadgesProps {
  cashboxId: string;
  cashboxName: string;
  /** from cashboxStatus() in lib/cashboxes/status.ts (plain data, safe to pass from a server component) */
  status: CashboxStatusModel;
  /** «Истекает оплата» / «Не оплачена» open the renewal dialog (default true) */
  canRenew?: boolean;
  /** «Продолжить» links to the registration (default true) */
  canRegister?: boolean;
  /** the organization's linked partner, shown in the renewal dialog */
  partnerName?: string | null;
  /** YYYY-MM-DD: prefills «ОФД оплачен до» in the renewal dialog of a third-party ОФД cashbox */
  ofdPaidUntil?: string | null;
  className?: string;
}

/**
 * The primary status badge (one, by the precedence of docs/product.md §4) plus the operational badge
 * when the cashbox is not ACTIVE. The badges carry `relative z-10` so that they stay clickable
 * inside a row whose link stretches over the whole row.
 */
export function CashboxStatusBadges({
  cashboxId,
  cashboxName,
  status,
  canRenew = true,
  canRegister = true,
  partnerName,
  ofdPaidUntil,
  className,
}: CashboxStatusBadgesProps) {
  const t = useTranslations("cashboxes");
  const [renewOpen, setRenewOpen] = useState(false);
  const wrapper = useRef<HTMLSpanElement>(null);
  const { primary } = status;
  const label = t(primary.labelKey);

  let badge: React.ReactNode;
  if (primary.action === "renew" && canRenew) {
    // Reads «Продлить» on hover and on keyboard focus; both texts share one grid cell so the
    // badge keeps its width when the text swaps.
    badge = (
      <button
        type="button"
        data-badge={primary.kind}
        className={cn(base, tones[primary.tone], interactive, "group")}
        aria-label={`${label}: ${t("badge.renewHint", { name: cashboxName })}`}
        title={(() => {
          // the days left of the period the badge speaks of
          const days = primary.kind.startsWith("OFD_") ? status.ofdDaysLeft : status.daysLeft;
          return days != null && days >= 0 ? t("badge.daysLeft", { days }) : undefined;
        })()}
        onClick={() => setRenewOpen(true)}
      >
        <span className="inline-grid">
          {/* «Продлить» shows on the badge's and on its row's hover or focus (the row is group/row) */}
          <span className="col-start-1 row-start-1 group-hover:invisible group-focus-visible:invisible group-hover/row:invisible group-focus-within/row:invisible">
            {label}
          </span>
          <span className="invisible col-start-1 row-start-1 text-center group-hover:visible group-focus-visible:visible group-hover/row:visible group-focus-within/row:visible">
            {t("badge.renew")}
          </span>
        </span>
      </button>
    );
  } else if (primary.action === "register" && canRegister) {
    // «Продолжить» opens the registration wizard (app/(cabinet)/(cashbox-card)/cashboxes/[cashboxId]/registration).
    badge = (
      <Link
        href={`/cashboxes/${cashboxId}/registration`}
        data-badge={primary.kind}
        className={cn(
          base,
          tones[primary.tone],
          interactive,
          "bg-brand-600 text-white ring-brand-700 hover:bg-brand-700",
        )}
        aria-label={t("badge.registerHint", { name: cashboxName })}
      >
        {label}
      </Link>
    );
  } else {
    badge = (
      <span data-badge={primary.kind} className={cn(base, tones[primary.tone])}>
        {label}
      </span>
    );
  }

  return (
    <span
      ref={wrapper}
      tabIndex={-1}
      className={cn("inline-flex flex-wrap items-center gap-1 outline-none", className)}
    >
      {badge}
      {status.operational ? <OperationalStateBadge badge={status.operational} /> : null}
      {/* mounted only while open: a page of 50 rows does not carry 50 idle dialogs */}
      {/* stays mounted after a renewal changed the badge, so the dialog can say it worked */}
      {renewOpen ? (
        <RenewDialog
          open={renewOpen}
          onOpenChange={setRenewOpen}
          cashboxes={[
            {
              id: cashboxId,
              name: cashboxName,
              thirdPartyOfd: status.thirdPartyOfd,
              ofdPaidUntil: ofdPaidUntil ?? null,
            },
          ]}
          initialPeriod={primary.kind.startsWith("OFD_") ? "OFD" : "TARIFF"}
          partnerName={partnerName}
          fallbackFocus={wrapper}
        />
      ) : null}
    </span>
  );
}

/** The operational badge; its reason is in a tooltip that opens on hover, keyboard focus and tap. */
export function OperationalStateBadge({ badge }: { badge: OperationalBadge }) {
  const t = useTranslations("cashboxes");
  const [open, setOpen] = useState(false);
  return (
    <Tooltip.Provider delayDuration={150}>
      <Tooltip.Root open={open} onOpenChange={setOpen}>
        <Tooltip.Trigger asChild>
          <button
            type="button"
            data-state-badge={badge.state}
            className={cn(base, tones[badge.tone], interactive, "cursor-help")}
            // Touch screens have no hover: a tap opens the tooltip (Radix would close it); a tap
            // outside or Escape closes it.
            onPointerDown={(e) => e.preventDefault()}
            onClick={(e) => {
              e.preventDefault();
              setOpen(true);
            }}
          >
            {t(badge.labelKey)}
          </button>
        </Tooltip.Trigger>
        <Tooltip.Portal>
          <Tooltip.Content
            side="top"
            sideOffset={6}
            collisionPadding={8}
            className="z-50 max-w-72 rounded-md bg-slate-900 px-3 py-2 text-xs text-white shadow-lg"
          >
            <p className="font-medium">{t(badge.messageKey)}</p>
            {badge.reason ? (
              <p className="mt-1 text-slate-200">{t("stateReason", { reason: badge.reason })}</p>
            ) : null}
            <Tooltip.Arrow className="fill-slate-900" />
          </Tooltip.Content>
        </Tooltip.Portal>
      </Tooltip.Root>
    </Tooltip.Provider>
  );
}
