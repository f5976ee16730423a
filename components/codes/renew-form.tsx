"use client";
import { useEffect, useId, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { toLocale } from "@/lib/i18n/locales";
import { formatLocalDay } from "@/lib/locale/dates";
import { CheckCircle2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { cn } from "@/lib/cn";
import { checkCode, formatCode } from "@/lib/codes/format";
import { productName } from "@/lib/market/product-name";
import { getJson, redeem, type CodeOption, type RenewOptionsResponse } from "./api";
import { useRenewActions } from "./renew-actions";
import { CodeInput, useCodeHint } from "./code-input";
import { HelpLink } from "@/components/help/help-link";
import { HELP_DIALOGS } from "@/lib/help/links";

interface Row {
  cashboxId: string;
  name: string;
  code: string;
  state: "idle" | "working" | "done" | "error";
  /** translated result or error */
  message?: string;
}

export interface RenewFormProps {
  /** one cashbox (from its badge) or several (the list's bulk action) */
  cashboxes: { id: string; name: string }[];
  /** partner cabinet: renew a linked client's cashbox with one of the partner's own codes */
  client?: { id: string; name: string } | null;
  onCancel: () => void;
}

/**
 * The body of the «Продлить» dialog: type a code (checked as it is typed) or pick one of the
 * organization's own codes; with none, whom to ask (the linked partner) and where to buy (the
 * «Маркет»). Each cashbox is renewed by its own request; the results are shown per cashbox.
 */
export function RenewForm({ cashboxes, client, onCancel }: RenewFormProps) {
  const t = useTranslations("codes.renew");
  const actions = useRenewActions();
  const tp = useTranslations("partner.renew");
  const td = useTranslations("partner.directory");
  const tAll = useTranslations();
  const common = useTranslations("common");
  const locale = useLocale();
  const router = useRouter();
  const hintOf = useCodeHint();
  const pickId = useId();
  const [rows, setRows] = useState<Row[]>(() =>
    cashboxes.map((c) => ({ cashboxId: c.id, name: c.name, code: "", state: "idle" })),
  );
  const [options, setOptions] = useState<RenewOptionsResponse | null>(null);
  const [busy, setBusy] = useState(false);
  const [summary, setSummary] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    let live = true;
    const url = client
      ? `/api/partner/codes/available?client=${encodeURIComponent(client.id)}`
      : "/api/cabinet/codes/renew-options";
    void getJson<RenewOptionsResponse>(url).then((o) => {
      if (live) setOptions(o ?? { codes: [], partner: null, canBuy: false });
    });
    return () => {
      live = false;
    };
  }, [client]);

  const dateText = (iso: string) => formatLocalDay(iso, toLocale(locale));
  const optionLabel = (c: CodeOption) =>
    t("pickOption", { code: formatCode(c.code), product: productName(c, locale) });
  const used = new Set(rows.map((r) => r.code.replace(/-/g, "")));
  const free = (options?.codes ?? []).filter((c) => !used.has(c.code));
  const single = rows.length === 1;
  const pending = rows.filter((r) => r.state !== "done");
  const setRow = (i: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  function fillMine() {
    const pool = [...free];
    setRows((rs) =>
      rs.map((r) =>
        r.state !== "done" && !r.code && pool.length
          ? { ...r, code: formatCode(pool.shift()!.code), state: "idle", message: undefined }
          : r,
      ),
    );
  }

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setSummary(null);
    let done = 0;
    let failed = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row.state === "done") continue;
      const checked = checkCode(row.code);
      if (!checked.ok) {
        const hint = hintOf(row.code);
        setRow(i, {
          state: "error",
          message:
            checked.problem === "EMPTY"
              ? tAll("v.required")
              : hint.tone === "muted"
                ? tAll("codes.errors.FORMAT")
                : hint.text,
        });
        failed++;
        continue;
      }
      setRow(i, { state: "working", message: undefined });
      const res = await redeem(actions, {
        code: checked.code,
        cashboxId: row.cashboxId,
        clientOrganizationId: client?.id,
      });
      if (res.ok) {
        done++;
        setRow(i, {
          state: "done",
          message: res.data.unblocked
            ? t("doneUnblocked", { date: dateText(res.data.paidUntil) })
            : t("done", { date: dateText(res.data.paidUntil) }),
        });
      } else {
        failed++;
        const key = res.error.key;
        setRow(i, { state: "error", message: tAll.has(key) ? tAll(key, res.error.params ?? {}) : key });
      }
    }
    setBusy(false);
    if (done > 0) router.refresh();
    if (!single)
      setSummary(
        failed ? { ok: false, text: t("someFailed") } : { ok: true, text: t("allDone", { count: done }) },
      );
  }

  const allDone = pending.length === 0;
  return (
    <div className="mt-4 space-y-4">
      <form onSubmit={submit} className="space-y-3" noValidate>
        {options && free.length > 0 && !allDone ? (
          single ? (
            <div className="space-y-1">
              <label htmlFor={pickId} className="block text-sm font-medium text-slate-700">
                {client ? tp("pick") : t("pick")}
              </label>
              <Select
                id={pickId}
                value=""
                onChange={(e) => {
                  const c = options.codes.find((x) => x.id === e.target.value);
                  if (c) setRow(0, { code: formatCode(c.code), state: "idle", message: undefined });
                }}
              >
                <option value="">{client ? tp("pickNone") : t("pickNone")}</option>
                {free.map((c) => (
                  <option key={c.id} value={c.id}>
                    {optionLabel(c)}
                  </option>
                ))}
              </Select>
            </div>
          ) : (
            <div className="flex flex-wrap items-center gap-2">
              <Button type="button" variant="secondary" size="sm" onClick={fillMine}>
                {t("fillMine")}
              </Button>
              {free.length < pending.filter((r) => !r.code).length ? (
                <span className="text-xs text-slate-500">
                  {t("notEnough", { count: pending.filter((r) => !r.code).length - free.length })}
                </span>
              ) : null}
            </div>
          )
        ) : null}
        {!options ? <p className="text-sm text-slate-500">{t("loading")}</p> : null}

        <ul className={cn("space-y-3", !single && "max-h-[45vh] overflow-y-auto pr-1")}>
          {rows.map((row, i) => (
            <li key={row.cashboxId} className={cn(!single && "rounded-md border border-slate-200 p-3")}>
              {row.state === "done" ? (
                <p className="flex items-start gap-2 text-sm text-emerald-800" role="status">
                  <CheckCircle2 className="mt-0.5 h-4 w-4 shrink-0" aria-hidden />
                  <span>
                    {!single ? <span className="font-medium">{row.name}: </span> : null}
                    {row.message}
                  </span>
                </p>
              ) : (
                <CodeInput
                  value={row.code}
                  onChange={(v) => setRow(i, { code: v, state: "idle", message: undefined })}
                  label={single ? undefined : row.name}
                  error={row.state === "error" ? row.message : null}
                  disabled={busy}
                />
              )}
              {row.state === "error" ? (
                <HelpLink href={HELP_DIALOGS.renewalErrors} label="more" className="mt-1" />
              ) : null}
            </li>
          ))}
        </ul>

        {summary ? (
          <p
            role="status"
            className={cn(
              "rounded-md px-3 py-2 text-sm",
              summary.ok ? "bg-emerald-50 text-emerald-800" : "bg-red-50 text-red-700",
            )}
          >
            {summary.text}
          </p>
        ) : null}

        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onCancel}>
            {allDone ? common("close") : common("cancel")}
          </Button>
          {!allDone ? (
            <Button type="submit" disabled={busy}>
              {busy ? t("working") : single ? t("submit") : t("submitMany")}
            </Button>
          ) : null}
        </div>
      </form>

      {options && !client && !allDone ? (
        <div className="space-y-1 border-t border-slate-200 pt-3 text-sm text-slate-600">
          <p className="font-medium text-slate-800">{t("noCodeTitle")}</p>
          {options.partner ? (
            <>
              <p>{t("partner", { name: options.partner.name })}</p>
              {options.partner.phone ? (
                <p>
                  {t("phone", { phone: "" })}
                  <a
                    className="text-brand-700 underline"
                    href={`tel:${options.partner.phone.replace(/[^\d+]/g, "")}`}
                  >
                    {options.partner.phone}
                  </a>
                </p>
              ) : null}
              {options.partner.email ? (
                <p>
                  {t("email", { email: "" })}
                  <a className="text-brand-700 underline" href={`mailto:${options.partner.email}`}>
                    {options.partner.email}
                  </a>
                </p>
              ) : null}
            </>
          ) : (
            <p>{t("noPartner")}</p>
          )}
          <p>
            <Link href="/partners" className="font-medium text-brand-700 underline">
              {td("openDirectory")}
            </Link>
          </p>
          {options.canBuy ? (
            <p>
              <Link href="/market" className="font-medium text-brand-700 underline">
                {t("market")}
              </Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {options && client && options.codes.length === 0 ? (
        <p className="border-t border-slate-200 pt-3 text-sm text-slate-600">{tp("noCodes")}</p>
      ) : null}
    </div>
  );
}
