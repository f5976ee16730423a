"use client";
// The sheet open over the cashier's screen, one at a time (CashierState.sheet), and the error
// screen above everything.
import type { ReceiptPayloadBody } from "@/lib/pos/model";
import { cartTotal } from "@/lib/pos/model";
import type { CashierAction, CashierState } from "@/lib/pos/state";
import type { Pos } from "../use-pos";
import { CashSheet } from "./cash-sheet";
import { DocSheet } from "./doc-sheet";
import { FreeSheet } from "./free-sheet";
import { HistorySheet } from "./history-sheet";
import { InfoSheet } from "./info-sheet";
import { MenuSheet } from "./menu-sheet";
import { PaySheet } from "./pay-sheet";
import { QtySheet } from "./qty-sheet";
import { ReturnSheet } from "./return-sheet";
import { SettingsSheet } from "./settings-sheet";

export interface SheetActions {
  pay: (payments: ReceiptPayloadBody["payments"], tendered?: number, email?: string) => void;
  report: (kind: "open" | "x" | "z") => void;
  cancelLast: () => void;
  showDoc: Parameters<typeof HistorySheet>[0]["onShow"];
}

export function CashierSheets({
  pos,
  state,
  dispatch,
  actions,
  docLines,
}: {
  pos: Pos;
  state: CashierState;
  dispatch: (a: CashierAction) => void;
  actions: SheetActions;
  docLines: Parameters<typeof DocSheet>[0]["lines"] | null;
}) {
  const { sheet, cart } = state;
  const close = () => dispatch({ type: "sheet", sheet: null });
  switch (sheet?.kind) {
    case "qty":
      return (
        <QtySheet
          line={cart.find((l) => l.key === sheet.key)!}
          onClose={close}
          onSave={(line) => dispatch({ type: "line", line })}
          onRemove={() => dispatch({ type: "removeLine", key: sheet.key })}
        />
      );
    case "free":
      return <FreeSheet pos={pos} onClose={close} onAdd={(line) => dispatch({ type: "addLine", line })} />;
    case "pay":
      return (
        <PaySheet
          mode={state.mode}
          total={cartTotal(cart)}
          basis={state.basis}
          busy={state.busy}
          onClose={close}
          onPay={actions.pay}
        />
      );
    case "doc":
      return docLines ? <DocSheet pos={pos} record={sheet.record} lines={docLines} onClose={close} /> : null;
    case "menu":
      return (
        <MenuSheet
          pos={pos}
          onClose={close}
          onOpen={() => actions.report("open")}
          onX={() => actions.report("x")}
          onZ={() => actions.report("z")}
          onCancel={actions.cancelLast}
          onCash={(op) => dispatch({ type: "sheet", sheet: { kind: "cash", op } })}
          onInfo={() => dispatch({ type: "sheet", sheet: { kind: "info" } })}
          onHistory={() => dispatch({ type: "sheet", sheet: { kind: "history" } })}
          onSettings={() => dispatch({ type: "sheet", sheet: { kind: "settings" } })}
        />
      );
    case "cash":
      return <CashSheet pos={pos} op={sheet.op} onClose={close} onDone={(rec) => actions.showDoc(rec)} />;
    case "info":
      return <InfoSheet pos={pos} onClose={close} />;
    case "history":
      return (
        <HistorySheet
          pos={pos}
          onClose={close}
          onShow={actions.showDoc}
          onReturn={(record) => dispatch({ type: "returnFrom", record })}
        />
      );
    case "settings":
      return <SettingsSheet pos={pos} onClose={close} />;
    case "return":
      return (
        <ReturnSheet
          pos={pos}
          type={sheet.type}
          initial={sheet.initial}
          onClose={() => dispatch({ type: "returnClosed", returnType: sheet.type })}
          onPick={(record, lines) =>
            dispatch({ type: "returnPicked", returnType: sheet.type, record, lines })
          }
        />
      );
    default:
      return null;
  }
}
