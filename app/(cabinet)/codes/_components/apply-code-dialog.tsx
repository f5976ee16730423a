"use client";
import { useEffect, useId, useState } from "react";
import { useRouter } from "next/navigation";
import { Modal } from "@/components/ui/dialog";
import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/locales";
import { formatLocalDay } from "@/lib/locale/dates";
import { getJson, redeem } from "@/components/codes/api";
import { useRenewActions } from "@/components/codes/renew-actions";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { formatCode } from "@/lib/codes/format";

interface CashboxOption {
  id: string;
  name: string;
  registrationNumber: string | null;
  tradePoint: string;
  paidUntil: string | null;
}

/** «Применить к кассе»: one step — pick a cashbox (the ones running out first come first), apply. */
export function ApplyCodeDialog({
  code,
  productLabel,
  onClose,
}: {
  code: string;
  productLabel: string;
  onClose: () => void;
}) {
  const actions = useRenewActions();
  const t = useTranslations("codes");
  const tAll = useTranslations();
  const common = useTranslations("common");
  const locale = toLocale(useLocale());
  const router = useRouter();
  const searchId = useId();
  const [q, setQ] = useState("");
  const [items, setItems] = useState<CashboxOption[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      void getJson<{ items: CashboxOption[] }>(
        `/api/cabinet/codes/cashboxes?q=${encodeURIComponent(q)}`,
      ).then((r) => {
        if (live) setItems(r?.items ?? []);
      });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q]);

  const dateText = (iso: string) => formatLocalDay(iso, locale);

  async function apply() {
    if (!chosen) {
      setResult({ ok: false, text: t("applyDialog.choose") });
      return;
    }
    setBusy(true);
    const res = await redeem(actions, { code, cashboxId: chosen });
    setBusy(false);
    if (res.ok) {
      const name = items?.find((i) => i.id === chosen)?.name ?? "";
      setResult({
        ok: true,
        text: `${name}: ${res.data.unblocked ? t("renew.doneUnblocked", { date: dateText(res.data.paidUntil) }) : t("renew.done", { date: dateText(res.data.paidUntil) })}`,
      });
      router.refresh();
    } else {
      setResult({
        ok: false,
        text: tAll.has(res.error.key) ? tAll(res.error.key, res.error.params ?? {}) : res.error.key,
      });
    }
  }

  const done = result?.ok === true;
  return (
    <Modal
      open
      onOpenChange={(o) => !o && onClose()}
      size="lg"
      className="flex flex-col"
      title={t("applyDialog.title")}
      description={t("applyDialog.code", { code: formatCode(code), product: productLabel })}
    >
      {!done ? (
        <>
          <div className="mt-4 space-y-1">
            <label htmlFor={searchId} className="block text-sm font-medium text-slate-700">
              {t("applyDialog.cashbox")}
            </label>
            <Input
              id={searchId}
              type="search"
              value={q}
              onChange={(e) => setQ(e.target.value)}
              placeholder={t("applyDialog.search")}
              autoComplete="off"
            />
          </div>
          <fieldset className="mt-3 min-h-0 flex-1 overflow-y-auto" aria-label={t("applyDialog.cashbox")}>
            {items === null ? (
              <p className="py-2 text-sm text-slate-500">{t("applyDialog.searching")}</p>
            ) : items.length === 0 ? (
              <p className="py-2 text-sm text-slate-500">{t("applyDialog.noCashboxes")}</p>
            ) : (
              <ul className="space-y-1">
                {items.map((c) => (
                  <li key={c.id}>
                    <label
                      className={cn(
                        "flex cursor-pointer items-start gap-3 rounded-md border p-2 text-sm",
                        chosen === c.id
                          ? "border-brand-500 bg-brand-50"
                          : "border-slate-200 hover:bg-slate-50",
                      )}
                    >
                      <input
                        type="radio"
                        name="cashbox"
                        value={c.id}
                        checked={chosen === c.id}
                        onChange={() => setChosen(c.id)}
                        className="mt-1"
                      />
                      <span className="min-w-0">
                        <span className="block font-medium">{c.name}</span>
                        <span className="block text-xs text-slate-600">
                          {c.tradePoint}
                          {c.registrationNumber ? ` · ${c.registrationNumber}` : ""} ·{" "}
                          {c.paidUntil
                            ? t("applyDialog.paidUntil", { date: dateText(c.paidUntil) })
                            : t("applyDialog.notPaid")}
                        </span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            )}
          </fieldset>
        </>
      ) : null}
      {result ? (
        <p
          role="status"
          className={cn(
            "mt-3 rounded-md px-3 py-2 text-sm",
            result.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700",
          )}
        >
          {result.text}
        </p>
      ) : null}
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button variant="secondary" onClick={onClose}>
          {done ? common("close") : common("cancel")}
        </Button>
        {!done ? (
          <Button onClick={apply} disabled={busy}>
            {busy ? t("renew.working") : t("applyDialog.submit")}
          </Button>
        ) : null}
      </div>
    </Modal>
  );
}
