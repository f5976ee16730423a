"use client";
// The cashier's screen once signed in: the top bar, the receipt types, the sale screen, the open
// sheet, the error screen and the printed form (only it is printed). Its state is the pure
// cashierReducer (lib/pos/state.ts); documents are made through usePos.
import { useReducer } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import {
  payloadLine,
  type DocRecord,
  type PrintLine,
  type ReceiptPayloadBody,
  type ReceiptType,
} from "@/lib/pos/model";
import { cashierReducer, initialCashierState } from "@/lib/pos/state";
import { PrintView } from "../parts";
import type { Pos } from "../use-pos";
import { CashierSheets } from "./cashier-sheets";
import { ErrorScreen } from "./error-screen";
import { SaleScreen } from "./sale-screen";
import { TopBar } from "./top-bar";

const MODES: ReceiptType[] = ["sale", "sale_return", "purchase", "purchase_return"];

function PrintStyle({ width }: { width: number }) {
  return (
    <style>{`
        @media screen { #pos-print { display: none; } }
        @media print {
          @page { size: ${width}mm auto; margin: 0; }
          body { background: #fff !important; }
          .pos-screen, .pos-noprint { display: none !important; }
          #pos-print { display: block !important; }
          #pos-print .pos-paper { box-shadow: none; --tw-ring-shadow: 0 0 #0000; }
        }
      `}</style>
  );
}

function ModeNav({ mode, onMode }: { mode: ReceiptType; onMode: (m: ReceiptType) => void }) {
  const t = useTranslations("pos");
  return (
    <nav
      aria-label={t("modes")}
      className="flex gap-1 overflow-x-auto border-b border-slate-200 bg-white px-2 py-2"
    >
      {MODES.map((m) => (
        <button
          key={m}
          type="button"
          onClick={() => onMode(m)}
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
  );
}

function Notice({ text, onClose }: { text: string; onClose: () => void }) {
  return (
    <p
      role="status"
      className="flex items-center justify-between bg-amber-50 px-4 py-2 text-sm text-amber-900"
    >
      {text}
      <button type="button" className="ml-2 font-semibold" onClick={onClose}>
        ✕
      </button>
    </p>
  );
}

export function Cashier({ pos }: { pos: Pos }) {
  const [state, dispatch] = useReducer(cashierReducer, initialCashierState);
  const { mode, cart, basis, sheet, notice } = state;

  const autoPrint = () => {
    if (pos.settings.autoPrint) setTimeout(() => window.print(), 300);
  };
  function showDoc(record: DocRecord, lines?: PrintLine[]) {
    dispatch({ type: "done", record, lines });
    autoPrint();
  }

  async function run(make: () => Promise<{ record: DocRecord } | null>, onDone = showDoc) {
    dispatch({ type: "busy", busy: true });
    const res = await make();
    dispatch({ type: "busy", busy: false });
    if (res) onDone(res.record);
  }

  function pay(payments: ReceiptPayloadBody["payments"], tendered?: number, email?: string) {
    const payload: ReceiptPayloadBody = {
      type: mode,
      items: cart.map(payloadLine),
      payments,
      ...(tendered !== undefined ? { cashTendered: tendered } : {}),
      ...(email ? { customer: { email } } : {}),
      ...(basis?.serverId ? { returnBasis: { receiptId: basis.serverId } } : {}),
    };
    void run(
      () => pos.sellReceipt(payload, basis?.clientDocId ?? null),
      (record) => {
        dispatch({ type: "paid", record });
        autoPrint();
      },
    );
  }

  function report(kind: "open" | "x" | "z") {
    dispatch({ type: "sheet", sheet: null });
    void run(kind === "open" ? pos.openShift : kind === "x" ? pos.xReport : pos.zReport);
  }

  function cancelLast() {
    dispatch({ type: "sheet", sheet: null });
    void run(pos.cancelLast);
  }

  const docLines = sheet?.kind === "doc" ? (sheet.lines ?? sheet.record.printLines) : null;

  return (
    <div className="flex min-h-dvh flex-col bg-slate-100">
      <PrintStyle width={pos.settings.width} />
      <div className="pos-screen flex min-h-dvh flex-col">
        <TopBar pos={pos} onMenu={() => dispatch({ type: "sheet", sheet: { kind: "menu" } })} />
        <ModeNav mode={mode} onMode={(m) => dispatch({ type: "mode", mode: m })} />
        {notice ? <Notice text={notice} onClose={() => dispatch({ type: "notice", notice: null })} /> : null}
        <SaleScreen pos={pos} state={state} dispatch={dispatch} />
      </div>
      <CashierSheets
        pos={pos}
        state={state}
        dispatch={dispatch}
        actions={{ pay, report, cancelLast, showDoc }}
        docLines={docLines}
      />
      {pos.error ? (
        <ErrorScreen
          error={pos.error}
          onClose={() => pos.setError(null)}
          onAction={(a) => {
            pos.setError(null);
            if (a === "signIn") void pos.signOut();
            if (a === "openShift") report("open");
            if (a === "closeShift") report("z");
            if (a === "unpair") void pos.unpair();
          }}
        />
      ) : null}
      <div id="pos-print">{docLines ? <PrintView lines={docLines} width={pos.settings.width} /> : null}</div>
    </div>
  );
}
