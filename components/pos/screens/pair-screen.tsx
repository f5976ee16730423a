"use client";
// First run of a browser: the pairing string (or token and key) from the cabinet.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { isKey, isToken, parsePairing } from "@/lib/pos/pairing";
import { Big, TextField } from "../parts";
import type { Pos, PosError } from "../use-pos";
import { ErrorNote } from "./error-note";

export function PairScreen({ pos }: { pos: Pos }) {
  const t = useTranslations("pos");
  const [pairText, setPairText] = useState("");
  const [token, setToken] = useState("");
  const [key, setKey] = useState("");
  const [err, setErr] = useState<PosError | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const parsed = parsePairing(pairText);
    const p = parsed ?? (isToken(token) && isKey(key) ? { token: token.trim(), key: key.trim() } : null);
    if (!p) {
      setErr({ code: "PAIRING", message: t("pair.invalid") });
      return;
    }
    setBusy(true);
    const e2 = await pos.pair(p);
    setBusy(false);
    setErr(e2);
  }
  return (
    <main className="mx-auto flex min-h-dvh max-w-xl flex-col justify-center gap-6 p-4 sm:p-8">
      <div>
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">{t("product")}</p>
        <h1 className="mt-1 text-2xl font-bold text-slate-900 sm:text-3xl">{t("pair.title")}</h1>
        <p className="mt-2 text-slate-600">{t("pair.explain")}</p>
      </div>
      <form
        onSubmit={submit}
        className="space-y-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-6"
      >
        <div className="space-y-1">
          <label htmlFor="pair-string" className="block text-sm font-medium text-slate-700">
            {t("pair.string")}
          </label>
          <textarea
            id="pair-string"
            value={pairText}
            onChange={(e) => setPairText(e.target.value)}
            rows={3}
            autoFocus
            placeholder="kassa-pos:1?t=…&k=…"
            className="w-full rounded-lg border border-slate-300 p-3 font-mono text-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
          />
          <p className="text-xs text-slate-500">{t("pair.stringHint")}</p>
        </div>
        <details className="rounded-lg border border-slate-200 p-3">
          <summary className="cursor-pointer text-sm font-medium text-slate-700">{t("pair.manual")}</summary>
          <div className="mt-3 space-y-3">
            <TextField label={t("pair.token")} value={token} onChange={setToken} mono />
            <TextField label={t("pair.key")} value={key} onChange={setKey} mono />
          </div>
        </details>
        <ErrorNote err={err} local="PAIRING" />
        <Big tone="primary" type="submit" disabled={busy} className="w-full">
          {t("pair.submit")}
        </Big>
      </form>
    </main>
  );
}
