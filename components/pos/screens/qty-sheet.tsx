"use client";
// Quantity and discount of a cart line (a return line: up to what is left of the sold one).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { formatQuantity } from "@/lib/fiscal/money";
import {
  type CartLine,
  lineTotal,
  moneyInput,
  normalizeQuantity,
  parseMoney,
  thousandths,
} from "@/lib/pos/model";
import { Big, Keypad, KeypadField, money, Sheet, FieldError } from "../parts";

/** The line's discount, typed or as a share of the line's amount. */
function DiscountField(props: {
  value: string;
  onChange: (v: string) => void;
  gross: number;
  onFocus: () => void;
  onEnter: () => void;
}) {
  const t = useTranslations("pos");
  return (
    <div onFocus={props.onFocus}>
      <KeypadField
        label={t("qty.discount")}
        value={props.value}
        onChange={props.onChange}
        decimals={2}
        testId="discount-input"
        onEnter={props.onEnter}
      />
      <div className="mt-2 flex gap-2">
        {[5, 10, 15].map((p) => (
          <Big
            key={p}
            className="flex-1"
            onClick={() => props.onChange(moneyInput(Math.round((props.gross * p) / 100)))}
          >
            −{p}%
          </Big>
        ))}
      </div>
    </div>
  );
}

export function QtySheet({
  line,
  onClose,
  onSave,
  onRemove,
}: {
  line: CartLine;
  onClose: () => void;
  onSave: (l: CartLine) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("pos");
  const [qty, setQty] = useState(
    line.fractional && line.quantity === "1.000" && line.maxQuantity === undefined
      ? ""
      : String(Number(line.quantity)),
  );
  const [discount, setDiscount] = useState(line.discount > 0 ? moneyInput(line.discount) : "");
  const [field, setField] = useState<"qty" | "discount">("qty");
  const [err, setErr] = useState<string | null>(null);
  function save() {
    const q = normalizeQuantity(qty, line.fractional);
    if (!q) return setErr(line.fractional ? t("qty.invalidFraction") : t("qty.invalidWhole"));
    if (line.maxQuantity !== undefined && thousandths(q) > line.maxQuantity)
      return setErr(t("qty.max", { max: formatQuantity(BigInt(line.maxQuantity)) }));
    const d = discount.trim() === "" ? 0 : parseMoney(discount);
    if (d === null) return setErr(t("qty.invalidDiscount"));
    const next = { ...line, quantity: q, discount: d };
    if (d > lineTotal({ ...next, discount: 0 })) return setErr(t("qty.discountTooLarge"));
    onSave(next);
  }
  const gross = lineTotal({ ...line, quantity: normalizeQuantity(qty, true) ?? "0.000", discount: 0 });
  return (
    <Sheet title={line.name} onClose={onClose} testId="qty-sheet">
      <div className="space-y-3">
        <p className="text-slate-600">
          {money(line.price)} / {line.unitName}
          {line.fractional ? ` · ${t("qty.fractional")}` : ""}
        </p>
        <div onFocus={() => setField("qty")}>
          <KeypadField
            label={t("qty.label", { unit: line.unitName })}
            value={qty}
            onChange={setQty}
            decimals={line.fractional ? 3 : 0}
            testId="qty-input"
            autoFocus
            onEnter={save}
          />
        </div>
        {line.maxQuantity === undefined ? (
          <DiscountField
            value={discount}
            onChange={setDiscount}
            gross={gross}
            onFocus={() => setField("discount")}
            onEnter={save}
          />
        ) : null}
        <Keypad
          value={field === "qty" ? qty : discount}
          onChange={field === "qty" ? setQty : setDiscount}
          decimals={field === "qty" ? (line.fractional ? 3 : 0) : 2}
        />
        <FieldError message={err} />
        <div className="grid grid-cols-2 gap-2">
          <Big tone="danger" onClick={onRemove}>
            {t("qty.remove")}
          </Big>
          <Big tone="primary" onClick={save}>
            {t("ok")}
          </Big>
        </div>
      </div>
    </Sheet>
  );
}
