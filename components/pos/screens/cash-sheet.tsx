"use client";
// Cash in (deposit) or out (withdrawal) of the drawer.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { type DocRecord, parseMoney } from "@/lib/pos/model";
import { Big, Keypad, KeypadField, money, Sheet, FieldError } from "../parts";
import type { Pos } from "../use-pos";

export function CashSheet({
  pos,
  op,
  onClose,
  onDone,
}: {
  pos: Pos;
  op: "deposit" | "withdrawal";
  onClose: () => void;
  onDone: (r: DocRecord) => void;
}) {
  const t = useTranslations("pos");
  const [amount, setAmount] = useState("");
  const [err, setErr] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit() {
    const a = parseMoney(amount);
    if (!a || a <= 0) return setErr(t("cash.invalid"));
    setBusy(true);
    const res = await pos.cashOperation(op, a);
    setBusy(false);
    if (res) onDone(res.record);
  }
  return (
    <Sheet title={t(`menu.${op}`)} onClose={onClose} testId="cash-sheet">
      <div className="space-y-3">
        <p className="flex justify-between rounded-lg bg-slate-100 p-3 text-lg">
          <span>{t("top.drawer")}</span>
          <span className="font-mono font-semibold" data-testid="cash-drawer">
            {money(pos.info?.cashInDrawer ?? 0)}
          </span>
        </p>
        <KeypadField
          label={t("cash.amount")}
          value={amount}
          onChange={setAmount}
          decimals={2}
          autoFocus
          testId="cash-amount"
          onEnter={() => void submit()}
        />
        <Keypad value={amount} onChange={setAmount} decimals={2} />
        <FieldError message={err} />
        <Big tone="primary" onClick={() => void submit()} disabled={busy} className="w-full">
          {t(`cash.submit_${op}`)}
        </Big>
      </div>
    </Sheet>
  );
}
