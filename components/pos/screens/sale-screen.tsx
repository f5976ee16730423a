"use client";
// The main screen: the catalog (search, barcode scanner, free line) or, for a return, the receipt
// it is made against; and the cart with its total.
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { cartTotal, lineTotal, searchNomenclature, type NomItem } from "@/lib/pos/model";
import { isReturnMode, type CashierAction, type CashierState } from "@/lib/pos/state";
import { Big, money } from "../parts";
import type { Pos } from "../use-pos";

interface Props {
  pos: Pos;
  state: CashierState;
  dispatch: (a: CashierAction) => void;
}

function Results({ items, onAdd }: { items: NomItem[]; onAdd: (i: NomItem) => void }) {
  const t = useTranslations("pos");
  return (
    <ul
      className="mt-3 grid max-h-[55dvh] grid-cols-1 gap-2 overflow-y-auto sm:grid-cols-2 lg:grid-cols-3"
      aria-label={t("sale.results")}
    >
      {items.map((i) => (
        <li key={i.id}>
          <button
            type="button"
            onClick={() => onAdd(i)}
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
      {items.length === 0 ? <li className="p-3 text-slate-500">{t("sale.nothing")}</li> : null}
    </ul>
  );
}

function Catalog({ pos, state, dispatch }: Props) {
  const t = useTranslations("pos");
  const [query, setQuery] = useState("");
  const search = useRef<HTMLInputElement>(null);
  const results = useMemo(() => searchNomenclature(pos.nom, query, 40), [pos.nom, query]);
  const { mode, basis, sheet } = state;

  useEffect(() => {
    if (!sheet) search.current?.focus();
  }, [sheet]);

  function add(item: NomItem) {
    setQuery("");
    dispatch({ type: "add", item, key: crypto.randomUUID() });
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
      dispatch({ type: "notice", notice: t("sale.notFound", { code: q }) });
      setQuery("");
    }
  }

  if (isReturnMode(mode))
    return (
      <div className="space-y-3">
        <p className="text-slate-700">
          {basis ? t("ret.basis", { number: basis.number ?? "—" }) : t("ret.pick")}
        </p>
        <Big onClick={() => dispatch({ type: "sheet", sheet: { kind: "return", type: mode } })}>
          {t("ret.find")}
        </Big>
      </div>
    );
  return (
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
        <Big onClick={() => dispatch({ type: "sheet", sheet: { kind: "free" } })} className="shrink-0">
          {t("sale.free")}
        </Big>
      </div>
      <Results items={results} onAdd={add} />
    </>
  );
}

function Cart({ state, dispatch }: Omit<Props, "pos">) {
  const t = useTranslations("pos");
  const { cart, mode, busy } = state;
  const total = cartTotal(cart);
  return (
    <section aria-label={t("cart.title")} className="flex min-w-0 flex-col rounded-xl bg-white p-3 shadow-sm">
      <h2 className="mb-2 text-lg font-semibold">{t(`cart.title_${mode}`)}</h2>
      <ul className="flex-1 space-y-2" data-testid="cart">
        {cart.map((l) => (
          <li key={l.key}>
            <button
              type="button"
              onClick={() => dispatch({ type: "sheet", sheet: { kind: "qty", key: l.key } })}
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
        <Big onClick={() => dispatch({ type: "clear" })} disabled={cart.length === 0}>
          {t("cart.clear")}
        </Big>
        <Big
          tone="primary"
          onClick={() => dispatch({ type: "sheet", sheet: { kind: "pay" } })}
          disabled={cart.length === 0 || total <= 0 || busy}
        >
          {t("cart.pay")}
        </Big>
      </div>
    </section>
  );
}

export function SaleScreen(props: Props) {
  const t = useTranslations("pos");
  return (
    <div className="grid flex-1 grid-cols-1 gap-3 p-3 md:grid-cols-[minmax(0,1fr)_minmax(320px,420px)]">
      <section
        aria-label={t("sale.catalog")}
        className="flex min-h-0 min-w-0 flex-col rounded-xl bg-white p-3 shadow-sm"
      >
        <Catalog {...props} />
      </section>
      <Cart state={props.state} dispatch={props.dispatch} />
    </div>
  );
}
