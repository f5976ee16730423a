"use client";
// A line without the catalog: name, price and VAT typed in.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { type CartLine, parseMoney } from "@/lib/pos/model";
import { Big, Keypad, KeypadField, Sheet, TextField, FieldError } from "../parts";
import type { Pos } from "../use-pos";

export function FreeSheet({
  pos,
  onClose,
  onAdd,
}: {
  pos: Pos;
  onClose: () => void;
  onAdd: (l: CartLine) => void;
}) {
  const t = useTranslations("pos");
  const rates = pos.info?.vatRates ?? [];
  const [name, setName] = useState(t("free.defaultName"));
  const [price, setPrice] = useState("");
  const [vat, setVat] = useState(rates[0]?.code ?? "NO_VAT");
  const [err, setErr] = useState<string | null>(null);
  const piece = pos.info?.organization.country === "KZ" ? "796" : "0";
  function add() {
    const p = parseMoney(price);
    if (!p || p <= 0) return setErr(t("free.invalidPrice"));
    if (!name.trim()) return setErr(t("free.invalidName"));
    onAdd({
      key: crypto.randomUUID(),
      nomenclatureId: null,
      name: name.trim(),
      unitCode: piece,
      unitName: "шт",
      fractional: false,
      price: p,
      quantity: "1.000",
      vatRate: vat,
      discount: 0,
    });
  }
  return (
    <Sheet title={t("free.title")} onClose={onClose}>
      <div className="space-y-3">
        <TextField label={t("free.name")} value={name} onChange={setName} />
        <KeypadField
          label={t("free.price")}
          value={price}
          onChange={setPrice}
          decimals={2}
          autoFocus
          testId="free-price"
          onEnter={add}
        />
        <div className="space-y-1">
          <label htmlFor="free-vat" className="block text-sm font-medium text-slate-700">
            {t("free.vat")}
          </label>
          <select
            id="free-vat"
            value={vat}
            onChange={(e) => setVat(e.target.value)}
            className="h-12 w-full rounded-lg border border-slate-300 px-3"
          >
            {rates.map((r) => (
              <option key={r.code} value={r.code}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <Keypad value={price} onChange={setPrice} decimals={2} />
        <FieldError message={err} />
        <Big tone="primary" onClick={add} className="w-full">
          {t("free.add")}
        </Big>
      </div>
    </Sheet>
  );
}
