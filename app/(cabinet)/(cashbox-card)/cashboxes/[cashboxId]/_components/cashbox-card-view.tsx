import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CashboxStatusBadges } from "@/components/cashboxes/status-badges";
import { PaymentPeriods } from "@/components/cashboxes/payment-periods";
import type { CashboxCard } from "@/lib/cashboxes/get-cashbox";
import type { CashboxStatusModel } from "@/lib/cashboxes/status";
import { CashboxTabs } from "./cashbox-tabs";
import type { CashboxTab } from "./tabs";

/** The card's frame: back link, name, status badges, and the tabs around the active tab's content. */
export async function CashboxCardView({
  cashbox,
  status,
  tab,
  canRenew,
  canRegister,
  children,
}: {
  cashbox: CashboxCard;
  status: CashboxStatusModel;
  tab: CashboxTab;
  canRenew: boolean;
  canRegister: boolean;
  children: React.ReactNode;
}) {
  const t = await getTranslations("cashbox");
  return (
    <div className="space-y-4">
      <Link href="/cashboxes" className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold break-words text-slate-900">{cashbox.name}</h1>
          <p className="mt-1 text-sm text-slate-600">
            {cashbox.model} · <span className="font-mono">{cashbox.serialNumber}</span> ·{" "}
            {cashbox.tradePoint.name}
          </p>
        </div>
        <CashboxStatusBadges
          cashboxId={cashbox.id}
          cashboxName={cashbox.name}
          status={status}
          canRenew={canRenew}
          canRegister={canRegister}
          partnerName={cashbox.partnerName}
          ofdPaidUntil={cashbox.ofdPaidUntil ? cashbox.ofdPaidUntil.toISOString().slice(0, 10) : null}
        />
      </div>
      <PaymentPeriods
        cashboxId={cashbox.id}
        cashboxName={cashbox.name}
        status={status}
        paidUntil={cashbox.paidUntil ? cashbox.paidUntil.toISOString().slice(0, 10) : null}
        ofdPaidUntil={cashbox.ofdPaidUntil ? cashbox.ofdPaidUntil.toISOString().slice(0, 10) : null}
        canRenew={canRenew}
        timeZone={cashbox.organization.timezone}
      />
      <CashboxTabs active={tab}>{children}</CashboxTabs>
    </div>
  );
}
