import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { CashboxCard } from "@/lib/cashboxes/get-cashbox";
import { fiscalDriveExpiry } from "@/lib/cashboxes/status";
import { BlockCard } from "./block-card";
import type { PendingRequisites } from "@/lib/registration/requisites";
import { OfdForm } from "./ofd-form";
import { ReregistrationCard } from "./reregistration-card";
import { cardFormat } from "./format";
import { SettingsForm } from "./settings-form";
import { TokenCard } from "./token-card";

/** «Реквизиты»: every requisite, then the settings, the device token and the blocking. */
export async function RequisitesTab({
  cashbox,
  tradePoints,
  taxationCodes,
  canManage,
  canBlock,
  pending,
}: {
  cashbox: CashboxCard;
  /** the pending (and last refused) change of registered requisites */
  pending: PendingRequisites;
  tradePoints: { id: string; name: string; address: string }[];
  taxationCodes: string[];
  canManage: boolean;
  canBlock: boolean;
}) {
  const t = await getTranslations("cashbox");
  const tp = await getTranslations("cashboxes.ofdPeriod");
  const org = cashbox.organization;
  const fmt = await cardFormat(org.timezone);
  const ru = org.country === "RU";
  const none = t("req.notSet");
  const expiry = fiscalDriveExpiry(cashbox.fiscalDriveInstalledAt, cashbox.fiscalDriveMonths);
  const pointOptions = tradePoints.some((p) => p.id === cashbox.tradePoint.id)
    ? tradePoints
    : [cashbox.tradePoint, ...tradePoints];
  const rows: [string, React.ReactNode][] = [
    [t("req.organization"), `${org.name}`],
    [ru ? t("req.taxIdRU") : t("req.taxIdKZ"), org.taxId],
    ...(ru && org.kpp ? ([[t("req.kpp"), org.kpp]] as [string, string][]) : []),
    [t("req.tradePoint"), cashbox.tradePoint.name],
    [t("req.address"), cashbox.tradePoint.address],
    [t("req.model"), cashbox.model],
    [
      t("req.serialNumber"),
      <span key="sn" className="font-mono">
        {cashbox.serialNumber}
      </span>,
    ],
    [
      ru ? t("req.regNumberRU") : t("req.regNumberKZ"),
      cashbox.registrationNumber ? (
        <span className="font-mono">{cashbox.registrationNumber}</span>
      ) : (
        <span className="text-slate-500">{t("req.assignedOnRegistration")}</span>
      ),
    ],
    ...(!ru
      ? ([
          [t("req.ofd"), t(`ofd.${cashbox.ofd}`)],
          [t("req.inkOfd"), cashbox.inkOfd ?? none],
        ] as [string, string][])
      : []),
    ...(ru
      ? ([
          [
            t("req.fiscalDrive"),
            cashbox.fiscalDriveNumber
              ? t("req.fiscalDriveValue", {
                  number: cashbox.fiscalDriveNumber,
                  model: cashbox.fiscalDriveModel ?? none,
                  months: cashbox.fiscalDriveMonths ?? 0,
                })
              : none,
          ],
          [t("req.fiscalDriveExpires"), fmt.date(expiry) ?? none],
        ] as [string, string][])
      : []),
    [t("req.registration"), t(`regStatus.${cashbox.registrationStatus}`)],
    // a third-party ОФД cashbox has two periods: this service's tariff and the ОФД's (issue 20.1)
    ...((!ru && cashbox.ofd !== "OWN"
      ? [
          [tp("tariffPaidUntil"), fmt.calendarDate(cashbox.paidUntil) ?? none],
          [tp("ofdPaidUntil"), fmt.calendarDate(cashbox.ofdPaidUntil) ?? none],
        ]
      : [[t("req.paidUntil"), fmt.calendarDate(cashbox.paidUntil) ?? none]]) as [string, string][]),
    [t("req.lastSeen"), fmt.dateTime(cashbox.lastSeenAt) ?? t("req.never")],
    [t("req.autoClose"), cashbox.autoCloseTime ?? t("req.autoCloseOff")],
    [t("req.taxation"), cashbox.taxation ? t(`taxation.${cashbox.taxation}`) : t("field.taxationNone")],
    [t("req.createdAt"), fmt.dateTime(cashbox.createdAt)],
  ];
  return (
    <div className="grid gap-4 xl:grid-cols-2">
      <Card className="self-start xl:row-span-3">
        <h2 className="mb-4 text-lg font-semibold">{t("req.title")}</h2>
        <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
          {rows.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd className="-mt-2 break-words text-slate-900 sm:mt-0">{value}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("settings.title")}</h2>
        <SettingsForm
          cashbox={{
            id: cashbox.id,
            name: cashbox.name,
            tradePointId: cashbox.tradePoint.id,
            autoCloseTime: cashbox.autoCloseTime ?? "",
            receiptFooter: cashbox.receiptFooter,
            taxation: cashbox.taxation,
          }}
          tradePoints={pointOptions}
          taxationCodes={taxationCodes}
          readOnly={!canManage}
          registered={cashbox.registrationStatus === "REGISTERED"}
        />
      </Card>
      <ReregistrationCard
        cashbox={{
          id: cashbox.id,
          registrationStatus: cashbox.registrationStatus,
          tradePointId: cashbox.tradePoint.id,
          taxation: cashbox.taxation,
          ofd: cashbox.ofd,
          kz: !ru,
        }}
        pending={pending}
        tradePoints={pointOptions}
        taxationCodes={taxationCodes}
        canManage={canManage}
      />
      {canManage && !ru && cashbox.registrationStatus === "DRAFT" ? (
        <Card>
          <h2 className="mb-4 text-lg font-semibold">{t("ofdForm.title")}</h2>
          <OfdForm cashboxId={cashbox.id} ofd={cashbox.ofd} />
        </Card>
      ) : null}
      {canManage ? (
        <TokenCard
          cashboxId={cashbox.id}
          issuedAt={fmt.dateTime(cashbox.tokenIssuedAt)}
          disabled={cashbox.registrationStatus === "DEREGISTERED"}
        />
      ) : null}
      {canBlock ? (
        <BlockCard
          cashboxId={cashbox.id}
          state={cashbox.operationalState}
          reason={cashbox.operationalReason}
        />
      ) : null}
    </div>
  );
}
