"use client";
// What the cashbox is: registration, OFD, status, shift, drawer, queue, catalog size.
import { useTranslations } from "next-intl";
import { Big, money, Sheet } from "../parts";
import type { Pos } from "../use-pos";

export function InfoSheet({ pos, onClose }: { pos: Pos; onClose: () => void }) {
  const t = useTranslations("pos");
  const i = pos.info;
  const rows: [string, string][] = i
    ? [
        [t("info.org"), `${i.organization.name} (${i.organization.taxId})`],
        [t("info.cashbox"), i.cashbox.name],
        [t("info.model"), `${i.cashbox.model}, ${i.cashbox.serialNumber}`],
        [t("info.regNumber"), i.cashbox.registrationNumber ?? "—"],
        [t("info.fn"), i.cashbox.fiscalDriveNumber ?? "—"],
        [t("info.address"), `${i.cashbox.tradePoint}, ${i.cashbox.address}`],
        [t("info.ofd"), `${i.cashbox.ofd.name} (${i.cashbox.ofd.site})`],
        [t("info.status"), t(`state.${i.cashbox.state}`)],
        [t("info.paidUntil"), i.cashbox.paidUntil ?? "—"],
        [
          t("info.shift"),
          i.shift
            ? t("info.shiftOpen", { number: i.shift.number || "—", by: i.shift.openedBy })
            : t("top.noShift"),
        ],
        [t("top.drawer"), money(i.cashInDrawer)],
        [t("info.unsent"), String(pos.queue.length)],
        [t("info.nomenclature"), String(pos.nom.length)],
      ]
    : [];
  return (
    <Sheet title={t("menu.info")} onClose={onClose} testId="info-sheet">
      <dl className="divide-y divide-slate-200">
        {rows.map(([k, v]) => (
          <div key={k} className="grid grid-cols-[40%_1fr] gap-2 py-2 text-sm">
            <dt className="text-slate-600">{k}</dt>
            <dd className="font-medium break-words">{v}</dd>
          </div>
        ))}
      </dl>
      <div className="mt-3 grid grid-cols-2 gap-2">
        <Big onClick={() => void pos.refreshInfo()}>{t("info.refresh")}</Big>
        <Big onClick={() => void pos.syncNomenclature(true)}>{t("info.reloadNomenclature")}</Big>
      </div>
    </Sheet>
  );
}
