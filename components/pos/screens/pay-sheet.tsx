"use client";
// Payment: cash (with change), card or both; the customer's e-mail.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { moneyInput, type DocRecord, type ReceiptType } from "@/lib/pos/model";
import { initialMethod, paymentOf, type PaymentRow, type PayMethod } from "@/lib/pos/payment";
import { Big, FieldError, Keypad, KeypadField, money, Sheet, TextField } from "../parts";

function AmountRow(props: { label: string; amount: number; testId: string; className: string }) {
  return (
    <p className={cn("flex items-center justify-between", props.className)}>
      <span>{props.label}</span>
      <span className="font-mono" data-testid={props.testId}>
        {money(props.amount)}
      </span>
    </p>
  );
}

/** The cash part: a sale takes what is handed over; other types pay it exactly. */
function CashPart(props: {
  sale: boolean;
  due: number;
  value: string;
  onChange: (v: string) => void;
  onFocus: () => void;
  onEnter: () => void;
}) {
  const t = useTranslations("pos");
  if (!props.sale)
    return (
      <p className="text-lg">
        {t("pay.cashPart")}: <span className="font-mono font-semibold">{money(props.due)}</span>
      </p>
    );
  return (
    <div onFocus={props.onFocus}>
      <KeypadField
        label={t("pay.received", { due: money(props.due) })}
        value={props.value}
        onChange={props.onChange}
        decimals={2}
        testId="pay-cash"
        onEnter={props.onEnter}
      />
    </div>
  );
}

function MethodPicker({ method, onPick }: { method: PayMethod; onPick: (m: PayMethod) => void }) {
  const t = useTranslations("pos");
  return (
    <div className="grid grid-cols-3 gap-2" role="radiogroup" aria-label={t("pay.method")}>
      {(["cash", "card", "mixed"] as const).map((m) => (
        <button
          key={m}
          type="button"
          role="radio"
          aria-checked={method === m}
          onClick={() => onPick(m)}
          className={cn(
            "min-h-12 rounded-lg border text-base font-semibold",
            method === m ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white",
          )}
        >
          {t(`pay.${m}`)}
        </button>
      ))}
    </div>
  );
}

export function PaySheet({
  mode,
  total,
  basis,
  busy,
  onClose,
  onPay,
}: {
  mode: ReceiptType;
  total: number;
  basis: DocRecord | null;
  busy: boolean;
  onClose: () => void;
  onPay: (p: PaymentRow[], tendered?: number, email?: string) => void;
}) {
  const t = useTranslations("pos");
  const basisCard = basis?.payload?.payments.find((p) => p.type === "card")?.amount ?? 0;
  const [method, setMethod] = useState<PayMethod>(initialMethod(total, basis ? basisCard : null));
  const [cash, setCash] = useState(moneyInput(total));
  const [card, setCard] = useState(moneyInput(Math.min(basisCard, total)));
  const [email, setEmail] = useState("");
  const [field, setField] = useState<"cash" | "card">("cash");
  const [err, setErr] = useState<string | null>(null);
  const sale = mode === "sale";
  const { cashDue, change, refusal, payments, tendered } = paymentOf({ method, total, sale, cash, card });
  function submit() {
    setErr(null);
    if (refusal) return setErr(t(`pay.${refusal}`));
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return setErr(t("pay.badEmail"));
    onPay(payments, tendered, email.trim() || undefined);
  }
  return (
    <Sheet title={t(`pay.title_${mode}`)} onClose={onClose} testId="pay-sheet">
      <div className="space-y-3">
        <AmountRow label={t("cart.total")} amount={total} testId="pay-total" className="text-2xl font-bold" />
        <MethodPicker
          method={method}
          onPick={(m) => {
            setMethod(m);
            setField(m === "mixed" ? "card" : "cash");
          }}
        />
        {method === "mixed" ? (
          <div onFocus={() => setField("card")}>
            <KeypadField
              label={t("pay.cardAmount")}
              value={card}
              onChange={setCard}
              decimals={2}
              testId="pay-card"
            />
          </div>
        ) : null}
        {method !== "card" ? (
          <CashPart
            sale={sale}
            due={cashDue}
            value={cash}
            onChange={setCash}
            onFocus={() => setField("cash")}
            onEnter={submit}
          />
        ) : null}
        {sale && method !== "card" ? (
          <AmountRow
            label={t("pay.change")}
            amount={change}
            testId="pay-change"
            className="rounded-lg bg-emerald-50 p-3 text-xl font-bold text-emerald-900"
          />
        ) : null}
        <Keypad
          value={field === "cash" ? cash : card}
          onChange={field === "cash" ? setCash : setCard}
          decimals={2}
        />
        <TextField label={t("pay.email")} value={email} onChange={setEmail} type="email" />
        <FieldError message={err} />
        <Big tone="primary" onClick={submit} disabled={busy} className="w-full text-lg">
          {t("pay.submit")}
        </Big>
      </div>
    </Sheet>
  );
}
