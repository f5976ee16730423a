"use client";
// The cashier signs in with a PIN; the browser can also be unpaired here.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Big, Keypad } from "../parts";
import type { Pos, PosError } from "../use-pos";
import { ErrorNote } from "./error-note";

export function PinScreen({ pos }: { pos: Pos }) {
  const t = useTranslations("pos");
  const [pin, setPin] = useState("");
  const [err, setErr] = useState<PosError | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirmUnpair, setConfirmUnpair] = useState(false);
  async function submit() {
    if (!/^\d{4,6}$/.test(pin)) {
      setErr({ code: "PIN", message: t("pin.format") });
      return;
    }
    setBusy(true);
    const e = await pos.signIn(pin);
    setBusy(false);
    setPin("");
    setErr(e);
  }
  return (
    <main className="mx-auto flex min-h-dvh max-w-sm flex-col justify-center gap-4 p-4">
      <div className="text-center">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("product")}</p>
        <h1 className="mt-1 text-2xl font-bold">{pos.info?.cashbox.name ?? t("pin.title")}</h1>
        <p className="text-sm text-slate-600">{pos.info?.organization.name}</p>
      </div>
      <div className="space-y-1">
        <label htmlFor="pos-pin" className="block text-center text-sm font-medium text-slate-700">
          {t("pin.label")}
        </label>
        <input
          id="pos-pin"
          type="password"
          inputMode="numeric"
          autoComplete="off"
          autoFocus
          maxLength={6}
          value={pin}
          onChange={(e) => setPin(e.target.value.replace(/\D/g, ""))}
          onKeyDown={(e) => e.key === "Enter" && void submit()}
          className="h-14 w-full rounded-lg border border-slate-300 text-center font-mono text-3xl tracking-[0.5em] focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        />
      </div>
      <Keypad value={pin} onChange={(v) => setPin(v.slice(0, 6))} decimals={0} maxLength={6} />
      <ErrorNote err={err} local="PIN" className="text-center" />
      <Big tone="primary" onClick={() => void submit()} disabled={busy}>
        {t("pin.submit")}
      </Big>
      {confirmUnpair ? (
        <div className="space-y-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900" role="alert">
          <p>{t("unpairConfirm")}</p>
          <div className="flex gap-2">
            <Big tone="danger" onClick={() => void pos.unpair()} className="flex-1">
              {t("unpair")}
            </Big>
            <Big onClick={() => setConfirmUnpair(false)} className="flex-1">
              {t("cancel")}
            </Big>
          </div>
        </div>
      ) : (
        <Big tone="ghost" onClick={() => setConfirmUnpair(true)}>
          {t("unpair")}
        </Big>
      )}
    </main>
  );
}
