"use client";
// The menu: shift, X and Z reports, cancelling the last operation, cash in/out, information, history, settings.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { lastCancellable } from "../last-operation";
import { Big, money, Sheet } from "../parts";
import type { Pos } from "../use-pos";

export function MenuSheet(props: {
  pos: Pos;
  onClose: () => void;
  onOpen: () => void;
  onX: () => void;
  onZ: () => void;
  onCancel: () => void;
  onCash: (op: "deposit" | "withdrawal") => void;
  onInfo: () => void;
  onHistory: () => void;
  onSettings: () => void;
}) {
  const t = useTranslations("pos");
  const { pos } = props;
  const [confirmZ, setConfirmZ] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const open = !!pos.info?.shift;
  const last = confirmCancel ? lastCancellable(pos.history) : null;
  const items: [string, () => void, boolean?][] = [
    [t("menu.openShift"), props.onOpen, open],
    [t("menu.x"), props.onX, !open],
    [t("menu.z"), () => setConfirmZ(true), !open],
    [t("menu.cancelLast"), () => setConfirmCancel(true), !open],
    [t("menu.deposit"), () => props.onCash("deposit")],
    [t("menu.withdrawal"), () => props.onCash("withdrawal")],
    [t("menu.info"), props.onInfo],
    [t("menu.history"), props.onHistory],
    [t("menu.settings"), props.onSettings],
  ];
  return (
    <Sheet title={t("menu.title")} onClose={props.onClose} testId="menu-sheet">
      {confirmZ ? (
        <div className="space-y-3" role="alert">
          <p className="text-lg">{t("menu.zConfirm")}</p>
          <div className="grid grid-cols-2 gap-2">
            <Big onClick={() => setConfirmZ(false)}>{t("cancel")}</Big>
            <Big tone="primary" onClick={props.onZ}>
              {t("menu.z")}
            </Big>
          </div>
        </div>
      ) : confirmCancel ? (
        <div className="space-y-3" role="alert" data-testid="cancel-confirm">
          <p className="text-lg font-semibold">{t("menu.cancelTitle")}</p>
          {last ? (
            <p className="text-lg" data-testid="cancel-target">
              {t("menu.cancelWhat", {
                title: t(`doc.title_${last.type}`),
                number: last.number ? `№ ${last.number}` : "",
                amount: money(last.total),
              })}
            </p>
          ) : (
            <p>{t("menu.cancelUnknown")}</p>
          )}
          <p className="text-sm text-slate-600">{t("menu.cancelReverse")}</p>
          <div className="grid grid-cols-2 gap-2">
            <Big onClick={() => setConfirmCancel(false)}>{t("menu.cancelKeep")}</Big>
            <Big tone="primary" onClick={props.onCancel}>
              {t("menu.cancelConfirm")}
            </Big>
          </div>
        </div>
      ) : (
        <div className="grid grid-cols-1 gap-2 sm:grid-cols-2">
          {items.map(([label, fn, disabled]) => (
            <Big key={label} onClick={fn} disabled={disabled} className="justify-start text-left">
              {label}
            </Big>
          ))}
          <Big tone="ghost" onClick={() => void pos.signOut()} className="justify-start">
            {t("menu.signOut")}
          </Big>
        </div>
      )}
    </Sheet>
  );
}
