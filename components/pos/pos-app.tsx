"use client";
// «Касса 2.0»: the web cashier at /pos. Pairing → PIN → selling, returns, purchases, the menu
// (shift, X/Z, cancel, cash in/out, information, history, settings), printed forms, offline work.
// All data comes from the device API through usePos (components/pos/use-pos.ts).
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { formatPrintedAmount } from "@/lib/fiscal/money";
import { lastCancellable } from "./last-operation";
import { cn } from "@/lib/cn";
import { useDates } from "@/components/ui/use-dates";
import { deviceTimeZone } from "@/lib/locale/dates";
import { adviceKey, errorAction } from "@/lib/pos/advice";
import {
  cartTotal,
  lineTotal,
  moneyInput,
  normalizeQuantity,
  parseMoney,
  parseReceiptLookup,
  payloadLine,
  recordFromServer,
  searchNomenclature,
  thousandths,
  type CartLine,
  type DocRecord,
  type NomItem,
  type PrintLine,
  type ReceiptType,
} from "@/lib/pos/model";
import { formatQuantity } from "@/lib/fiscal/money";
import { isKey, isToken, parsePairing } from "@/lib/pos/pairing";
import { Big, Keypad, KeypadField, PrintView, Sheet } from "./parts";
import { PosErrorHelp, PosScreenHelp } from "./pos-help";
import { usePos, type Pos, type PosError } from "./use-pos";

const money = (minor: number) => formatPrintedAmount(minor);

type SheetState =
  | null
  | { kind: "qty"; key: string }
  | { kind: "free" }
  | { kind: "pay" }
  | { kind: "doc"; record: DocRecord; lines?: PrintLine[] }
  | { kind: "menu" }
  | { kind: "cash"; op: "deposit" | "withdrawal" }
  | { kind: "info" }
  | { kind: "history" }
  | { kind: "settings" }
  | { kind: "return"; type: "sale_return" | "purchase_return"; initial?: DocRecord };

export function PosApp() {
  const pos = usePos();
  const t = useTranslations("pos");
  useEffect(() => {
    if ("serviceWorker" in navigator && window.isSecureContext) {
      navigator.serviceWorker.register("/pos-sw.js", { scope: "/pos" }).catch(() => {});
    }
  }, []);
  if (!pos.ready)
    return (
      <div className="flex min-h-dvh items-center justify-center text-slate-600" aria-busy="true">
        {t("loading")}
      </div>
    );
  if (!pos.pairing) return <PairScreen pos={pos} />;
  if (!pos.session) return <PinScreen pos={pos} />;
  return <Cashier pos={pos} />;
}

// ---- pairing ------------------------------------------------------------------------------------

function PairScreen({ pos }: { pos: Pos }) {
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
        {err ? (
          <p role="alert" className="rounded-lg bg-red-50 p-3 text-sm font-medium text-red-800">
            {err.message}
            {err.code !== "PAIRING" ? (
              <>
                <span className="mt-1 block font-normal">{t(`advice.${adviceKey(err.code)}`)}</span>
                <PosErrorHelp code={err.code} className="mt-1" />
              </>
            ) : null}
          </p>
        ) : null}
        <Big tone="primary" type="submit" disabled={busy} className="w-full">
          {t("pair.submit")}
        </Big>
      </form>
    </main>
  );
}

function TextField({
  label,
  value,
  onChange,
  mono,
  type = "text",
  testId,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  mono?: boolean;
  type?: string;
  testId?: string;
}) {
  const id = `f-${label.replace(/\W+/g, "-")}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        type={type}
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        className={cn(
          "h-12 w-full rounded-lg border border-slate-300 px-3 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30",
          mono && "font-mono text-sm",
        )}
      />
    </div>
  );
}

// ---- PIN ----------------------------------------------------------------------------------------

function PinScreen({ pos }: { pos: Pos }) {
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
      {err ? (
        <p role="alert" className="rounded-lg bg-red-50 p-3 text-center text-sm font-medium text-red-800">
          {err.message}
          {err.code !== "PIN" ? (
            <>
              <span className="mt-1 block font-normal">{t(`advice.${adviceKey(err.code)}`)}</span>
              <PosErrorHelp code={err.code} className="mt-1" />
            </>
          ) : null}
        </p>
      ) : null}
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

// ---- the cashier --------------------------------------------------------------------------------

const MODES: ReceiptType[] = ["sale", "sale_return", "purchase", "purchase_return"];

function Cashier({ pos }: { pos: Pos }) {
  const t = useTranslations("pos");
  const [mode, setMode] = useState<ReceiptType>("sale");
  const [cart, setCart] = useState<CartLine[]>([]);
  const [basis, setBasis] = useState<DocRecord | null>(null);
  const [query, setQuery] = useState("");
  const [sheet, setSheet] = useState<SheetState>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const search = useRef<HTMLInputElement>(null);
  const results = useMemo(() => searchNomenclature(pos.nom, query, 40), [pos.nom, query]);
  const total = cartTotal(cart);
  const isReturn = mode === "sale_return" || mode === "purchase_return";

  useEffect(() => {
    if (!sheet) search.current?.focus();
  }, [sheet]);

  function changeMode(m: ReceiptType) {
    setCart([]);
    setBasis(null);
    setMode(m);
    if (m === "sale_return" || m === "purchase_return") setSheet({ kind: "return", type: m });
  }

  function add(item: NomItem) {
    setQuery("");
    if (isReturn) return;
    if (item.unit.fractional) {
      const key = crypto.randomUUID();
      setCart((c) => [
        ...c,
        {
          key,
          nomenclatureId: item.id,
          name: item.name,
          unitCode: item.unit.code,
          unitName: item.unit.name,
          fractional: true,
          price: item.price,
          quantity: "1.000",
          vatRate: item.vatRate.code,
          discount: 0,
        },
      ]);
      setSheet({ kind: "qty", key });
      return;
    }
    setCart((c) => {
      const same = c.find((l) => l.nomenclatureId === item.id && l.discount === 0);
      if (same)
        return c.map((l) =>
          l === same ? { ...l, quantity: formatQuantity(BigInt(thousandths(l.quantity) + 1000)) } : l,
        );
      return [
        ...c,
        {
          key: crypto.randomUUID(),
          nomenclatureId: item.id,
          name: item.name,
          unitCode: item.unit.code,
          unitName: item.unit.name,
          fractional: false,
          price: item.price,
          quantity: "1.000",
          vatRate: item.vatRate.code,
          discount: 0,
        },
      ];
    });
  }

  function onSearchKey(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.key !== "Enter") return;
    e.preventDefault();
    const q = query.trim();
    if (!q) return;
    const byCode = pos.nom.filter((i) => i.barcodes.includes(q) || i.article === q);
    const pick = byCode.length === 1 ? byCode[0] : results.length === 1 ? results[0] : null;
    if (pick) add(pick);
    else if (/^\d{8,14}$/.test(q)) {
      setNotice(t("sale.notFound", { code: q }));
      setQuery("");
    }
  }

  async function pay(
    payments: { type: "cash" | "card"; amount: number }[],
    tendered?: number,
    email?: string,
  ) {
    setBusy(true);
    const res = await pos.sellReceipt(
      {
        type: mode,
        items: cart.map(payloadLine),
        payments,
        ...(tendered !== undefined ? { cashTendered: tendered } : {}),
        ...(email ? { customer: { email } } : {}),
        ...(basis?.serverId ? { returnBasis: { receiptId: basis.serverId } } : {}),
      },
      basis?.clientDocId ?? null,
    );
    setBusy(false);
    if (!res) return;
    setCart([]);
    setBasis(null);
    if (isReturn) setMode(mode === "sale_return" ? "sale" : "purchase");
    showDoc(res.record);
  }

  function showDoc(record: DocRecord, lines?: PrintLine[]) {
    setSheet({ kind: "doc", record, lines });
    if (pos.settings.autoPrint) setTimeout(() => window.print(), 300);
  }

  async function report(kind: "open" | "x" | "z") {
    setSheet(null);
    setBusy(true);
    const res =
      kind === "open" ? await pos.openShift() : kind === "x" ? await pos.xReport() : await pos.zReport();
    setBusy(false);
    if (res) showDoc(res.record);
  }

  async function cancelLast() {
    setSheet(null);
    setBusy(true);
    const res = await pos.cancelLast();
    setBusy(false);
    if (res) showDoc(res.record);
  }

  const docLines = sheet?.kind === "doc" ? (sheet.lines ?? sheet.record.printLines) : null;

  return (
    <div className="flex min-h-dvh flex-col bg-slate-100">
      <style>{`
        @media screen { #pos-print { display: none; } }
        @media print {
          @page { size: ${pos.settings.width}mm auto; margin: 0; }
          body { background: #fff !important; }
          .pos-screen, .pos-noprint { display: none !important; }
          #pos-print { display: block !important; }
          #pos-print .pos-paper { box-shadow: none; --tw-ring-shadow: 0 0 #0000; }
        }
      `}</style>
      <div className="pos-screen flex min-h-dvh flex-col">
        <TopBar pos={pos} onMenu={() => setSheet({ kind: "menu" })} />
        <nav
          aria-label={t("modes")}
          className="flex gap-1 overflow-x-auto border-b border-slate-200 bg-white px-2 py-2"
        >
          {MODES.map((m) => (
            <button
              key={m}
              type="button"
              onClick={() => changeMode(m)}
              aria-pressed={mode === m}
              className={cn(
                "min-h-11 shrink-0 rounded-lg px-3 text-sm font-semibold sm:px-4 sm:text-base",
                mode === m ? "bg-brand-600 text-white" : "text-slate-700 hover:bg-slate-100",
              )}
            >
              {t(`mode.${m}`)}
            </button>
          ))}
        </nav>
        {notice ? (
          <p
            role="status"
            className="flex items-center justify-between bg-amber-50 px-4 py-2 text-sm text-amber-900"
          >
            {notice}
            <button type="button" className="ml-2 font-semibold" onClick={() => setNotice(null)}>
              ✕
            </button>
          </p>
        ) : null}
        <div className="grid flex-1 grid-cols-1 gap-3 p-3 md:grid-cols-[minmax(0,1fr)_minmax(320px,420px)]">
          <section
            aria-label={t("sale.catalog")}
            className="flex min-h-0 min-w-0 flex-col rounded-xl bg-white p-3 shadow-sm"
          >
            {isReturn ? (
              <div className="space-y-3">
                <p className="text-slate-700">
                  {basis ? t("ret.basis", { number: basis.number ?? "—" }) : t("ret.pick")}
                </p>
                <Big
                  onClick={() =>
                    setSheet({ kind: "return", type: mode as "sale_return" | "purchase_return" })
                  }
                >
                  {t("ret.find")}
                </Big>
              </div>
            ) : (
              <>
                <div className="flex gap-2">
                  <label htmlFor="pos-search" className="sr-only">
                    {t("sale.search")}
                  </label>
                  <input
                    id="pos-search"
                    ref={search}
                    type="search"
                    value={query}
                    onChange={(e) => setQuery(e.target.value)}
                    onKeyDown={onSearchKey}
                    placeholder={t("sale.search")}
                    autoComplete="off"
                    className="h-12 min-w-0 flex-1 rounded-lg border border-slate-300 px-3 text-base focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
                  />
                  <Big onClick={() => setSheet({ kind: "free" })} className="shrink-0">
                    {t("sale.free")}
                  </Big>
                </div>
                <ul
                  className="mt-3 grid max-h-[55dvh] grid-cols-1 gap-2 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3"
                  aria-label={t("sale.results")}
                >
                  {results.map((i) => (
                    <li key={i.id}>
                      <button
                        type="button"
                        onClick={() => add(i)}
                        className="flex min-h-16 w-full flex-col items-start rounded-lg border border-slate-200 p-3 text-left hover:border-brand-600 hover:bg-brand-50"
                      >
                        <span className="font-medium text-slate-900">{i.name}</span>
                        <span className="text-sm text-slate-600">
                          {money(i.price)} / {i.unit.name}
                          {i.article ? ` · ${i.article}` : ""}
                        </span>
                      </button>
                    </li>
                  ))}
                  {results.length === 0 ? <li className="p-3 text-slate-500">{t("sale.nothing")}</li> : null}
                </ul>
              </>
            )}
          </section>
          <section
            aria-label={t("cart.title")}
            className="flex min-w-0 flex-col rounded-xl bg-white p-3 shadow-sm"
          >
            <h2 className="mb-2 text-lg font-semibold">{t(`cart.title_${mode}`)}</h2>
            <ul className="flex-1 space-y-2" data-testid="cart">
              {cart.map((l) => (
                <li key={l.key}>
                  <button
                    type="button"
                    onClick={() => setSheet({ kind: "qty", key: l.key })}
                    className="flex w-full items-start justify-between gap-2 rounded-lg border border-slate-200 p-3 text-left hover:bg-slate-50"
                  >
                    <span>
                      <span className="block font-medium">{l.name}</span>
                      <span className="text-sm text-slate-600">
                        {l.quantity} {l.unitName} × {money(l.price)}
                        {l.discount > 0 ? ` − ${money(l.discount)}` : ""}
                      </span>
                    </span>
                    <span className="font-mono font-semibold whitespace-nowrap">{money(lineTotal(l))}</span>
                  </button>
                </li>
              ))}
              {cart.length === 0 ? <li className="p-3 text-slate-500">{t("cart.empty")}</li> : null}
            </ul>
            <div className="mt-3 flex items-center justify-between border-t border-slate-200 pt-3 text-xl font-bold">
              <span>{t("cart.total")}</span>
              <span data-testid="cart-total" className="font-mono">
                {money(total)}
              </span>
            </div>
            <div className="mt-3 grid grid-cols-2 gap-2">
              <Big
                onClick={() => {
                  setCart([]);
                  setBasis(null);
                }}
                disabled={cart.length === 0}
              >
                {t("cart.clear")}
              </Big>
              <Big
                tone="primary"
                onClick={() => setSheet({ kind: "pay" })}
                disabled={cart.length === 0 || total <= 0 || busy}
              >
                {t("cart.pay")}
              </Big>
            </div>
          </section>
        </div>
      </div>

      {sheet?.kind === "qty" ? (
        <QtySheet
          line={cart.find((l) => l.key === sheet.key)!}
          onClose={() => setSheet(null)}
          onSave={(l) => {
            setCart((c) => c.map((x) => (x.key === l.key ? l : x)));
            setSheet(null);
          }}
          onRemove={() => {
            setCart((c) => c.filter((x) => x.key !== sheet.key));
            setSheet(null);
          }}
        />
      ) : null}
      {sheet?.kind === "free" ? (
        <FreeSheet
          pos={pos}
          onClose={() => setSheet(null)}
          onAdd={(l) => {
            setCart((c) => [...c, l]);
            setSheet(null);
          }}
        />
      ) : null}
      {sheet?.kind === "pay" ? (
        <PaySheet
          mode={mode}
          total={total}
          basis={basis}
          busy={busy}
          onClose={() => setSheet(null)}
          onPay={(p, tendered, email) => void pay(p, tendered, email)}
        />
      ) : null}
      {sheet?.kind === "doc" && docLines ? (
        <DocSheet pos={pos} record={sheet.record} lines={docLines} onClose={() => setSheet(null)} />
      ) : null}
      {sheet?.kind === "menu" ? (
        <MenuSheet
          pos={pos}
          onClose={() => setSheet(null)}
          onOpen={() => void report("open")}
          onX={() => void report("x")}
          onZ={() => void report("z")}
          onCancel={() => void cancelLast()}
          onCash={(op) => setSheet({ kind: "cash", op })}
          onInfo={() => setSheet({ kind: "info" })}
          onHistory={() => setSheet({ kind: "history" })}
          onSettings={() => setSheet({ kind: "settings" })}
        />
      ) : null}
      {sheet?.kind === "cash" ? (
        <CashSheet pos={pos} op={sheet.op} onClose={() => setSheet(null)} onDone={(rec) => showDoc(rec)} />
      ) : null}
      {sheet?.kind === "info" ? <InfoSheet pos={pos} onClose={() => setSheet(null)} /> : null}
      {sheet?.kind === "history" ? (
        <HistorySheet
          pos={pos}
          onClose={() => setSheet(null)}
          onShow={(rec, lines) => showDoc(rec, lines)}
          onReturn={(rec) => {
            const type = rec.type === "purchase" ? "purchase_return" : "sale_return";
            setCart([]);
            setBasis(null);
            setMode(type);
            setSheet({ kind: "return", type, initial: rec });
          }}
        />
      ) : null}
      {sheet?.kind === "settings" ? <SettingsSheet pos={pos} onClose={() => setSheet(null)} /> : null}
      {sheet?.kind === "return" ? (
        <ReturnSheet
          pos={pos}
          type={sheet.type}
          initial={sheet.initial}
          onClose={() => {
            setSheet(null);
            if (!basis) setMode(sheet.type === "sale_return" ? "sale" : "purchase");
          }}
          onPick={(rec, lines) => {
            setMode(sheet.type);
            setBasis(rec);
            setCart(lines);
            setSheet(null);
          }}
        />
      ) : null}
      {pos.error ? (
        <ErrorScreen
          error={pos.error}
          onClose={() => pos.setError(null)}
          onAction={(a) => {
            pos.setError(null);
            if (a === "signIn") void pos.signOut();
            if (a === "openShift") void report("open");
            if (a === "closeShift") void report("z");
            if (a === "unpair") void pos.unpair();
          }}
        />
      ) : null}
      <div id="pos-print">{docLines ? <PrintView lines={docLines} width={pos.settings.width} /> : null}</div>
    </div>
  );
}

function useNow(every = 1000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(id);
  }, [every]);
  return now;
}

function countdown(ms: number) {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

function TopBar({ pos, onMenu }: { pos: Pos; onMenu: () => void }) {
  const t = useTranslations("pos");
  const now = useNow();
  const pending = pos.queue.length;
  return (
    <header className="flex flex-wrap items-center gap-x-3 gap-y-1 bg-slate-900 px-3 py-2 text-white">
      <div className="min-w-0 flex-1">
        <p className="truncate font-semibold">{pos.info?.cashbox.name ?? t("product")}</p>
        <p className="truncate text-xs text-slate-300">
          {pos.session?.cashier.name} ·{" "}
          {pos.info?.shift ? t("top.shift", { number: pos.info.shift.number || "—" }) : t("top.noShift")} ·{" "}
          {t("top.drawer")}: <span data-testid="drawer">{money(pos.info?.cashInDrawer ?? 0)}</span>
        </p>
      </div>
      <span
        role="status"
        data-testid="net-status"
        className={cn(
          "rounded-full px-3 py-1 text-xs font-semibold",
          pos.online && pending === 0 ? "bg-emerald-600" : "bg-amber-500 text-slate-900",
        )}
      >
        {pos.online ? (pos.syncing ? t("top.syncing") : t("top.online")) : t("top.offline")}
        {pending > 0 ? ` · ${t("top.unsent", { count: pending })}` : ""}
      </span>
      {pos.blockAt ? (
        <span
          data-testid="offline-countdown"
          className="rounded-full bg-red-600 px-3 py-1 text-xs font-semibold"
        >
          {t("top.blockIn", { time: countdown(pos.blockAt - now) })}
        </span>
      ) : null}
      <PosScreenHelp />
      <Big
        tone="neutral"
        onClick={onMenu}
        className="min-h-11 border-0 bg-slate-700 text-white hover:bg-slate-600"
      >
        ☰ {t("menu.title")}
      </Big>
    </header>
  );
}

// ---- sheets -------------------------------------------------------------------------------------

function QtySheet({
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
          <div onFocus={() => setField("discount")}>
            <KeypadField
              label={t("qty.discount")}
              value={discount}
              onChange={setDiscount}
              decimals={2}
              testId="discount-input"
              onEnter={save}
            />
            <div className="mt-2 flex gap-2">
              {[5, 10, 15].map((p) => (
                <Big
                  key={p}
                  className="flex-1"
                  onClick={() => setDiscount(moneyInput(Math.round((gross * p) / 100)))}
                >
                  −{p}%
                </Big>
              ))}
            </div>
          </div>
        ) : null}
        <Keypad
          value={field === "qty" ? qty : discount}
          onChange={field === "qty" ? setQty : setDiscount}
          decimals={field === "qty" ? (line.fractional ? 3 : 0) : 2}
        />
        {err ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {err}
          </p>
        ) : null}
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

function FreeSheet({ pos, onClose, onAdd }: { pos: Pos; onClose: () => void; onAdd: (l: CartLine) => void }) {
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
        {err ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {err}
          </p>
        ) : null}
        <Big tone="primary" onClick={add} className="w-full">
          {t("free.add")}
        </Big>
      </div>
    </Sheet>
  );
}

function PaySheet({
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
  onPay: (p: { type: "cash" | "card"; amount: number }[], tendered?: number, email?: string) => void;
}) {
  const t = useTranslations("pos");
  const basisCard = basis?.payload?.payments.find((p) => p.type === "card")?.amount ?? 0;
  const [method, setMethod] = useState<"cash" | "card" | "mixed">(
    basis && basisCard > 0 ? (basisCard >= total ? "card" : "mixed") : "cash",
  );
  const [cash, setCash] = useState(moneyInput(total));
  const [card, setCard] = useState(moneyInput(Math.min(basisCard, total)));
  const [email, setEmail] = useState("");
  const [field, setField] = useState<"cash" | "card">("cash");
  const [err, setErr] = useState<string | null>(null);
  const sale = mode === "sale";
  const cardAmount = method === "card" ? total : method === "mixed" ? (parseMoney(card) ?? -1) : 0;
  const cashDue = total - Math.max(cardAmount, 0);
  const received = method === "card" ? 0 : sale ? (parseMoney(cash) ?? -1) : cashDue;
  const change = sale && method !== "card" && received >= cashDue ? received - cashDue : 0;
  function submit() {
    setErr(null);
    if (cardAmount < 0 || cardAmount > total) return setErr(t("pay.cardTooLarge"));
    if (method === "mixed" && (cardAmount === 0 || cardAmount === total)) return setErr(t("pay.mixedBoth"));
    if (sale && method !== "card" && received < cashDue) return setErr(t("pay.notEnough"));
    if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return setErr(t("pay.badEmail"));
    const payments: { type: "cash" | "card"; amount: number }[] = [];
    if (cashDue > 0) payments.push({ type: "cash", amount: cashDue });
    if (cardAmount > 0) payments.push({ type: "card", amount: cardAmount });
    onPay(payments, sale && change > 0 ? received : undefined, email.trim() || undefined);
  }
  return (
    <Sheet title={t(`pay.title_${mode}`)} onClose={onClose} testId="pay-sheet">
      <div className="space-y-3">
        <p className="flex items-center justify-between text-2xl font-bold">
          <span>{t("cart.total")}</span>
          <span className="font-mono" data-testid="pay-total">
            {money(total)}
          </span>
        </p>
        <div className="grid grid-cols-3 gap-2" role="radiogroup" aria-label={t("pay.method")}>
          {(["cash", "card", "mixed"] as const).map((m) => (
            <button
              key={m}
              type="button"
              role="radio"
              aria-checked={method === m}
              onClick={() => {
                setMethod(m);
                setField(m === "mixed" ? "card" : "cash");
              }}
              className={cn(
                "min-h-12 rounded-lg border text-base font-semibold",
                method === m ? "border-brand-600 bg-brand-600 text-white" : "border-slate-300 bg-white",
              )}
            >
              {t(`pay.${m}`)}
            </button>
          ))}
        </div>
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
          sale ? (
            <div onFocus={() => setField("cash")}>
              <KeypadField
                label={t("pay.received", { due: money(cashDue) })}
                value={cash}
                onChange={setCash}
                decimals={2}
                testId="pay-cash"
                onEnter={submit}
              />
            </div>
          ) : (
            <p className="text-lg">
              {t("pay.cashPart")}: <span className="font-mono font-semibold">{money(cashDue)}</span>
            </p>
          )
        ) : null}
        {sale && method !== "card" ? (
          <p className="flex items-center justify-between rounded-lg bg-emerald-50 p-3 text-xl font-bold text-emerald-900">
            <span>{t("pay.change")}</span>
            <span className="font-mono" data-testid="pay-change">
              {money(change)}
            </span>
          </p>
        ) : null}
        {method !== "card" || method === "card" ? (
          <Keypad
            value={field === "cash" ? cash : card}
            onChange={field === "cash" ? setCash : setCard}
            decimals={2}
          />
        ) : null}
        <TextField label={t("pay.email")} value={email} onChange={setEmail} type="email" />
        {err ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {err}
          </p>
        ) : null}
        <Big tone="primary" onClick={submit} disabled={busy} className="w-full text-lg">
          {t("pay.submit")}
        </Big>
      </div>
    </Sheet>
  );
}

function DocSheet({
  pos,
  record,
  lines,
  onClose,
}: {
  pos: Pos;
  record: DocRecord;
  lines: PrintLine[];
  onClose: () => void;
}) {
  const t = useTranslations("pos");
  const [email, setEmail] = useState("");
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | null>(null);
  const isReceipt = record.payload !== undefined || record.kind === "receipt" || record.kind === "cancel";
  async function send() {
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return setMsg({ ok: false, text: t("pay.badEmail") });
    const e = await pos.sendEmail(record, email.trim());
    setMsg(
      e
        ? { ok: false, text: `${e.message}. ${t(`advice.${adviceKey(e.code)}`)}` }
        : { ok: true, text: t("doc.sent", { email }) },
    );
  }
  return (
    <Sheet title={t(`doc.title_${record.type}`)} onClose={onClose} wide testId="doc-sheet">
      <div className="grid gap-4 md:grid-cols-[auto_1fr]">
        <div className="overflow-x-auto bg-slate-100 p-2">
          <PrintView lines={lines} width={pos.settings.width} />
        </div>
        <div className="space-y-3">
          {record.status === "queued" ? (
            <p
              className="rounded-lg bg-amber-50 p-3 text-sm font-semibold text-amber-900"
              data-testid="doc-unsent"
            >
              {t("doc.unsent")}
            </p>
          ) : null}
          <Big tone="primary" className="w-full" onClick={() => window.print()}>
            {t("doc.print")}
          </Big>
          {isReceipt && record.serverId ? (
            <div className="space-y-2">
              <TextField label={t("doc.email")} value={email} onChange={setEmail} type="email" />
              <Big className="w-full" onClick={() => void send()}>
                {t("doc.send")}
              </Big>
            </div>
          ) : null}
          {msg ? (
            <p
              role={msg.ok ? "status" : "alert"}
              className={cn("text-sm", msg.ok ? "text-emerald-700" : "text-red-700")}
            >
              {msg.text}
            </p>
          ) : null}
          <Big className="w-full" onClick={onClose}>
            {t("doc.next")}
          </Big>
        </div>
      </div>
    </Sheet>
  );
}

function MenuSheet(props: {
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

function CashSheet({
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
        {err ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {err}
          </p>
        ) : null}
        <Big tone="primary" onClick={() => void submit()} disabled={busy} className="w-full">
          {t(`cash.submit_${op}`)}
        </Big>
      </div>
    </Sheet>
  );
}

function InfoSheet({ pos, onClose }: { pos: Pos; onClose: () => void }) {
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

/** Document times in the organization's time zone (this device's until the cashbox info loads). */
function usePosDates(pos: Pos) {
  return useDates(pos.info?.organization.timezone ?? deviceTimeZone());
}

/**
 * The cashbox's documents, wherever they were made: the server's list (GET /receipts, a page at a
 * time) under this browser's documents still waiting for the network. Without a network, this
 * browser's own history.
 */
function useServerDocuments(pos: Pos, query: Record<string, string>) {
  const [rows, setRows] = useState<DocRecord[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [state, setState] = useState<"loading" | "server" | "local">("loading");
  /** why the server's list is not shown: its refusal, or null for no network */
  const [problem, setProblem] = useState<string | null>(null);
  const key = JSON.stringify(query);
  function apply(before: string | null, page: Awaited<ReturnType<Pos["listReceipts"]>>) {
    if (!page || "code" in page) {
      if (before === null) {
        setState("local");
        setProblem(page ? page.message : null);
      }
      return;
    }
    const got = page.receipts.map(recordFromServer);
    setRows((old) => (before === null ? got : [...old, ...got]));
    setCursor(page.nextCursor);
    setState("server");
  }
  const load = (before: string | null) =>
    pos.listReceipts({ ...query, ...(before ? { before } : {}) }).then((page) => apply(before, page));
  useEffect(() => {
    let live = true;
    void pos.listReceipts(query).then((page) => live && apply(null, page));
    return () => {
      live = false;
    };
    // the query is the only input (by value); the rest is read when the answer comes
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  /** The list to show, given this browser's own records (newest first). */
  function merge(local: DocRecord[]): DocRecord[] {
    if (state === "loading") return [];
    if (state === "local") return local;
    const listed = new Set(rows.map((r) => r.clientDocId));
    // this browser's documents still waiting for the network come first (the server has not got them)
    return [...local.filter((r) => r.status === "queued" && !listed.has(r.clientDocId)), ...rows];
  }
  return { cursor, state, problem, merge, more: () => load(cursor) };
}

/** Why the list is this browser's own: no network, or the server's refusal. */
function LocalNotice({ problem }: { problem: string | null }) {
  const t = useTranslations("pos");
  return (
    <p role="status" className="mb-2 rounded-lg bg-amber-50 p-2 text-sm text-amber-900">
      {problem ? t("history.refused", { message: problem }) : t("history.offline")}
    </p>
  );
}

function HistorySheet({
  pos,
  onClose,
  onShow,
  onReturn,
}: {
  pos: Pos;
  onClose: () => void;
  onShow: (r: DocRecord, lines?: PrintLine[]) => void;
  onReturn: (r: DocRecord) => void;
}) {
  const t = useTranslations("pos");
  const dates = usePosDates(pos);
  const server = useServerDocuments(pos, { limit: "30" });
  const list = server.merge([...pos.history].reverse().slice(0, 100));
  return (
    <Sheet title={t("menu.history")} onClose={onClose} wide testId="history-sheet">
      {server.state === "local" ? <LocalNotice problem={server.problem} /> : null}
      <ul className="divide-y divide-slate-200" aria-busy={server.state === "loading"}>
        {list.map((r) => (
          <li key={r.clientDocId} className="flex flex-wrap items-center gap-2 py-2">
            <div className="min-w-0 flex-1">
              <p className="font-medium">
                {t(`doc.title_${r.type}`)} {r.number ? `№ ${r.number}` : ""}
              </p>
              <p className="text-sm text-slate-600">
                {dates.dateTime(r.createdAt)} · {money(r.total)} ·{" "}
                {r.status === "queued" ? (
                  <span className="font-semibold text-amber-700">{t("doc.unsentShort")}</span>
                ) : (
                  t("doc.sentShort")
                )}
                {r.cancelled ? <> · {t("history.cancelled")}</> : null}
                {!r.cancelled && r.returnedTotal ? (
                  <> · {t("history.returned", { amount: money(r.returnedTotal) })}</>
                ) : null}
              </p>
            </div>
            <Big
              className="min-h-10"
              onClick={async () => {
                const lines = await pos.documentLines(r);
                if (lines) onShow(r, lines);
              }}
            >
              {t("history.show")}
            </Big>
            <Big
              className="min-h-10"
              onClick={async () => {
                const lines = await pos.duplicate(r);
                if (lines) onShow(r, lines);
              }}
            >
              {t("history.duplicate")}
            </Big>
            {(r.type === "sale" || r.type === "purchase") &&
            r.payload &&
            !r.cancelled &&
            r.remainingTotal !== 0 ? (
              <Big className="min-h-10" onClick={() => onReturn(r)}>
                {t("history.return")}
              </Big>
            ) : null}
          </li>
        ))}
        {server.state === "loading" ? <li className="py-3 text-slate-500">{t("history.loading")}</li> : null}
        {server.state !== "loading" && list.length === 0 ? (
          <li className="py-3 text-slate-500">{t("history.empty")}</li>
        ) : null}
      </ul>
      {server.state === "server" && server.cursor ? (
        <Big className="mt-2 w-full" onClick={() => void server.more()}>
          {t("history.more")}
        </Big>
      ) : null}
    </Sheet>
  );
}

function SettingsSheet({ pos, onClose }: { pos: Pos; onClose: () => void }) {
  const t = useTranslations("pos");
  const s = pos.settings;
  return (
    <Sheet title={t("menu.settings")} onClose={onClose} testId="settings-sheet">
      <div className="space-y-5">
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">{t("settings.width")}</legend>
          <div className="grid grid-cols-2 gap-2">
            {([58, 80] as const).map((w) => (
              <Big
                key={w}
                tone={s.width === w ? "primary" : "neutral"}
                aria-pressed={s.width === w}
                onClick={() => pos.updateSettings({ ...s, width: w })}
              >
                {w} {t("settings.mm")}
              </Big>
            ))}
          </div>
        </fieldset>
        <label className="flex min-h-12 items-center gap-3 text-base">
          <input
            type="checkbox"
            className="h-6 w-6"
            checked={s.autoPrint}
            onChange={(e) => pos.updateSettings({ ...s, autoPrint: e.target.checked })}
          />
          {t("settings.autoPrint")}
        </label>
        <fieldset>
          <legend className="mb-2 text-sm font-medium text-slate-700">{t("settings.language")}</legend>
          <div className="grid grid-cols-3 gap-2">
            {(
              [
                ["ru", "Русский"],
                ["kk", "Қазақша"],
                ["en", "English"],
              ] as const
            ).map(([l, name]) => (
              <Big
                key={l}
                lang={l}
                tone={s.locale === l ? "primary" : "neutral"}
                aria-pressed={s.locale === l}
                onClick={() => pos.updateSettings({ ...s, locale: l })}
              >
                {name}
              </Big>
            ))}
          </div>
        </fieldset>
        <div className="border-t border-slate-200 pt-4">
          <UnpairButton pos={pos} />
        </div>
      </div>
    </Sheet>
  );
}

function UnpairButton({ pos }: { pos: Pos }) {
  const t = useTranslations("pos");
  const [ask, setAsk] = useState(false);
  if (!ask)
    return (
      <Big tone="danger" onClick={() => setAsk(true)} className="w-full">
        {t("unpair")}
      </Big>
    );
  return (
    <div role="alert" className="space-y-2 rounded-lg bg-amber-50 p-3 text-amber-900">
      <p>{pos.queue.length > 0 ? t("unpairUnsent", { count: pos.queue.length }) : t("unpairConfirm")}</p>
      <div className="grid grid-cols-2 gap-2">
        <Big onClick={() => setAsk(false)}>{t("cancel")}</Big>
        <Big tone="danger" onClick={() => void pos.unpair()} disabled={pos.queue.length > 0}>
          {t("unpair")}
        </Big>
      </div>
    </div>
  );
}

function ReturnSheet({
  pos,
  type,
  initial,
  onClose,
  onPick,
}: {
  pos: Pos;
  type: "sale_return" | "purchase_return";
  /** the receipt picked in «История операций» */
  initial?: DocRecord | null;
  onClose: () => void;
  onPick: (rec: DocRecord, lines: CartLine[]) => void;
}) {
  const t = useTranslations("pos");
  const dates = usePosDates(pos);
  const [text, setText] = useState("");
  const [err, setErr] = useState<string | null>(null);
  const baseType = type === "sale_return" ? "sale" : "purchase";
  // the cashbox's sales (purchases) from the server, made on any device; this browser's own
  // without a network (and its unsent ones, which cannot be returned before they are sent)
  const server = useServerDocuments(pos, { type: baseType, limit: "50" });
  const local = [...pos.history].reverse().filter((r) => r.type === baseType && r.payload);
  const candidates = server.merge(local);

  /** What is left of each sold line: the server's figure, else this browser's returns of it. */
  function leftOf(rec: DocRecord): number[] {
    if (rec.remaining) return rec.remaining;
    const returned = new Map<number, number>();
    for (const h of pos.history) {
      if (h.basisClientDocId !== rec.clientDocId || !h.payload) continue;
      h.payload.items.forEach((it) => {
        const idx = rec.payload!.items.findIndex(
          (x) =>
            x.name === it.name &&
            x.price === it.price &&
            (x.nomenclatureId ?? null) === (it.nomenclatureId ?? null),
        );
        if (idx >= 0) returned.set(idx, (returned.get(idx) ?? 0) + thousandths(it.quantity));
      });
    }
    return rec.payload!.items.map((it, idx) => thousandths(it.quantity) - (returned.get(idx) ?? 0));
  }

  function pick(rec: DocRecord) {
    if (!rec.payload) return setErr(t("ret.notFound"));
    if (rec.cancelled) return setErr(t("ret.cancelled"));
    const leftByLine = leftOf(rec);
    const lines: CartLine[] = [];
    rec.payload.items.forEach((it, idx) => {
      const left = leftByLine[idx] ?? 0;
      if (left <= 0) return;
      const soldQ = thousandths(it.quantity);
      // the line discount is returned in proportion to the quantity
      const discount = it.discount ? Math.round((it.discount * left) / soldQ) : 0;
      lines.push({
        key: crypto.randomUUID(),
        nomenclatureId: it.nomenclatureId ?? null,
        name: it.name,
        unitCode: it.unit.code,
        unitName: pos.nom.find((n) => n.id === it.nomenclatureId)?.unit.name ?? "",
        fractional:
          left % 1000 !== 0 ||
          soldQ % 1000 !== 0 ||
          !!pos.nom.find((n) => n.id === it.nomenclatureId)?.unit.fractional,
        price: it.price,
        quantity: formatQuantity(BigInt(left)),
        vatRate: it.vatRate,
        discount,
        maxQuantity: left,
      });
    });
    if (lines.length === 0 || rec.remainingTotal === 0) return setErr(t("ret.nothingLeft"));
    if (!rec.serverId) return setErr(t("ret.notSent"));
    onPick(rec, lines);
  }

  const picked = useRef(false);
  useEffect(() => {
    if (initial && !picked.current) {
      picked.current = true;
      pick(initial);
    }
    // once, for the receipt the sheet was opened with
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  async function find() {
    setErr(null);
    const q = parseReceiptLookup(text);
    if (!q) return setErr(t("ret.badQuery"));
    const page = await pos.listReceipts({
      type: baseType,
      limit: "1",
      ...(q.number !== undefined ? { number: String(q.number) } : { fiscalSign: q.fiscalSign! }),
    });
    if (page && "code" in page) return setErr(page.message);
    const rec = page
      ? page.receipts.map(recordFromServer)[0]
      : local.find((r) => (q.number !== undefined ? r.number === q.number : r.fiscalSign === q.fiscalSign));
    if (!rec) return setErr(t("ret.notFound"));
    pick(rec);
  }

  return (
    <Sheet title={t(`mode.${type}`)} onClose={onClose} wide testId="return-sheet">
      <div className="space-y-3">
        <div className="flex gap-2">
          <label htmlFor="ret-query" className="sr-only">
            {t("ret.query")}
          </label>
          <input
            id="ret-query"
            autoFocus
            value={text}
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => e.key === "Enter" && void find()}
            placeholder={t("ret.query")}
            className="h-12 min-w-0 flex-1 rounded-lg border border-slate-300 px-3"
          />
          <Big tone="primary" onClick={() => void find()}>
            {t("ret.findButton")}
          </Big>
        </div>
        {err ? (
          <p role="alert" className="text-sm font-medium text-red-700">
            {err}
          </p>
        ) : null}
        {server.state === "local" ? <LocalNotice problem={server.problem} /> : null}
        <h3 className="font-semibold">{t("ret.recent")}</h3>
        <ul className="divide-y divide-slate-200" aria-busy={server.state === "loading"}>
          {candidates.map((r) => (
            <li key={r.clientDocId}>
              <button
                type="button"
                onClick={() => pick(r)}
                className="flex min-h-12 w-full items-center justify-between gap-2 py-2 text-left hover:bg-slate-50"
              >
                <span>
                  {t(`doc.title_${r.type}`)} {r.number ? `№ ${r.number}` : t("doc.unsentShort")} ·{" "}
                  {dates.dateTime(r.createdAt)}
                  {r.cancelled ? <> · {t("history.cancelled")}</> : null}
                  {!r.cancelled && r.returnedTotal ? (
                    <> · {t("history.returned", { amount: money(r.returnedTotal) })}</>
                  ) : null}
                </span>
                <span className="font-mono">{money(r.total)}</span>
              </button>
            </li>
          ))}
          {server.state === "loading" ? (
            <li className="py-2 text-slate-500">{t("history.loading")}</li>
          ) : null}
          {server.state !== "loading" && candidates.length === 0 ? (
            <li className="py-2 text-slate-500">{t("history.empty")}</li>
          ) : null}
        </ul>
        {server.state === "server" && server.cursor ? (
          <Big className="w-full" onClick={() => void server.more()}>
            {t("history.more")}
          </Big>
        ) : null}
      </div>
    </Sheet>
  );
}

function ErrorScreen({
  error,
  onClose,
  onAction,
}: {
  error: PosError;
  onClose: () => void;
  onAction: (a: NonNullable<ReturnType<typeof errorAction>>) => void;
}) {
  const t = useTranslations("pos");
  const action = errorAction(error.code);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="pos-error-title"
      aria-describedby="pos-error-advice"
      data-testid="error-screen"
      className="pos-noprint fixed inset-0 z-50 flex items-center justify-center bg-red-950/70 p-4"
    >
      <div className="w-full max-w-lg space-y-4 rounded-xl bg-white p-6 text-center shadow-2xl">
        <div
          aria-hidden="true"
          className="mx-auto flex h-16 w-16 items-center justify-center rounded-full bg-red-100 text-3xl text-red-700"
        >
          !
        </div>
        <h2
          id="pos-error-title"
          ref={ref}
          tabIndex={-1}
          className="text-xl font-bold text-slate-900 outline-none"
        >
          {error.message}
        </h2>
        {error.code === "CASHBOX_INTEGRITY" ? (
          // the seed's text stays as it is; the short status is a badge beside it
          <span
            data-testid="state-badge"
            className="inline-block rounded bg-red-700 px-2 py-0.5 font-mono text-sm font-bold text-white"
          >
            INT
          </span>
        ) : null}
        <p id="pos-error-advice" className="text-slate-700">
          {t(`advice.${adviceKey(error.code)}`)}
        </p>
        <PosErrorHelp code={error.code} />
        {error.fields && error.fields.length > 0 ? (
          <ul className="rounded-lg bg-slate-50 p-3 text-left text-sm text-slate-700">
            {error.fields.map((f) => (
              <li key={f.field + f.message}>{f.message}</li>
            ))}
          </ul>
        ) : null}
        <div className="grid gap-2 sm:grid-cols-2">
          {action ? (
            <Big tone="primary" onClick={() => onAction(action)}>
              {t(`errorAction.${action}`)}
            </Big>
          ) : null}
          <Big onClick={onClose} className={action ? "" : "sm:col-span-2"}>
            {t("understood")}
          </Big>
        </div>
      </div>
    </div>
  );
}
