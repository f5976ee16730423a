// The web cashier's state as pure reducers: what the device knows (pairing, session, cashbox,
// nomenclature, queue, journal, network, the error shown) and which screen that makes; and the
// cashier's screen itself (receipt type, cart, return basis, the open sheet, the operation in
// progress). Tested alone in state.test.ts.
import { formatQuantity } from "@/lib/fiscal/money";
import type { PosError } from "./api";
import {
  DEFAULT_SETTINGS,
  thousandths,
  type CartLine,
  type CashboxInfo,
  type DocRecord,
  type NomItem,
  type PosSettings,
  type PrintLine,
  type QueueEntry,
  type ReceiptType,
  type Session,
} from "./model";
import type { Pairing } from "./pairing";
import { offlineLimitAt } from "./offline-queue";

/** How many documents this browser's journal keeps. */
export const HISTORY_MAX = 500;

export interface PosState {
  ready: boolean;
  pairing: Pairing | null;
  session: Session | null;
  info: CashboxInfo | null;
  nom: NomItem[];
  queue: QueueEntry[];
  onlineAt: number | null;
  history: DocRecord[];
  settings: PosSettings;
  online: boolean;
  syncing: boolean;
  error: PosError | null;
}

/** What a browser knows of no cashbox. */
const UNPAIRED = {
  pairing: null,
  session: null,
  info: null,
  nom: [],
  queue: [],
  onlineAt: null,
  history: [],
} satisfies Partial<PosState>;

export const initialPosState: PosState = {
  ready: false,
  ...UNPAIRED,
  settings: DEFAULT_SETTINGS,
  online: true,
  syncing: false,
  error: null,
};

export type PosAction =
  | { type: "loaded"; state: Omit<PosState, "ready" | "syncing" | "error"> }
  | { type: "paired"; pairing: Pairing; info: CashboxInfo }
  | { type: "unpaired" }
  | { type: "session"; session: Session | null }
  | { type: "info"; info: CashboxInfo | null }
  | { type: "nom"; nom: NomItem[] }
  | { type: "queue"; queue: QueueEntry[]; onlineAt: number | null }
  | { type: "history"; history: DocRecord[] }
  | { type: "record"; record: DocRecord }
  | { type: "settings"; settings: PosSettings }
  | { type: "online"; online: boolean }
  | { type: "syncing"; syncing: boolean }
  | { type: "error"; error: PosError | null };

/** A record added to the journal, or put in place of the one with its clientDocId. */
export function upsertRecord(history: readonly DocRecord[], rec: DocRecord): DocRecord[] {
  const i = history.findIndex((x) => x.clientDocId === rec.clientDocId);
  const next = i >= 0 ? history.map((x, j) => (j === i ? rec : x)) : [...history, rec];
  return next.slice(-HISTORY_MAX);
}

export function posReducer(state: PosState, action: PosAction): PosState {
  switch (action.type) {
    case "loaded":
      return { ...state, ...action.state, ready: true };
    case "paired":
      return { ...state, pairing: action.pairing, info: action.info, nom: [], queue: [], history: [] };
    case "unpaired":
      return { ...state, ...UNPAIRED };
    case "session":
      return { ...state, session: action.session };
    case "info":
      return { ...state, info: action.info };
    case "nom":
      return { ...state, nom: action.nom };
    case "queue":
      return { ...state, queue: action.queue, onlineAt: action.onlineAt };
    case "history":
      return { ...state, history: action.history.slice(-HISTORY_MAX) };
    case "record":
      return { ...state, history: upsertRecord(state.history, action.record) };
    case "settings":
      return { ...state, settings: action.settings };
    case "online":
      return { ...state, online: action.online };
    case "syncing":
      return { ...state, syncing: action.syncing };
    case "error":
      return { ...state, error: action.error };
  }
}

export type Screen = "loading" | "pair" | "pin" | "cashier";

export function screenOf(state: Pick<PosState, "ready" | "pairing" | "session">): Screen {
  if (!state.ready) return "loading";
  if (!state.pairing) return "pair";
  if (!state.session) return "pin";
  return "cashier";
}

/** When offline work must stop: 72 hours after the last online contact (docs/device-api.md §6), or null. */
export function blockAt(state: Pick<PosState, "queue" | "online" | "onlineAt">): number | null {
  return state.queue.length > 0 || !state.online ? offlineLimitAt(state.onlineAt, state.queue) : null;
}

// ---- the cashier's screen ------------------------------------------------------------------------

export type ReturnMode = "sale_return" | "purchase_return";

export type SheetState =
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
  | { kind: "return"; type: ReturnMode; initial?: DocRecord };

export interface CashierState {
  mode: ReceiptType;
  cart: CartLine[];
  /** the receipt a return is made against */
  basis: DocRecord | null;
  sheet: SheetState;
  /** a document is being made */
  busy: boolean;
  notice: string | null;
}

export const initialCashierState: CashierState = {
  mode: "sale",
  cart: [],
  basis: null,
  sheet: null,
  busy: false,
  notice: null,
};

export type CashierAction =
  | { type: "mode"; mode: ReceiptType }
  | { type: "add"; item: NomItem; key: string }
  | { type: "line"; line: CartLine }
  | { type: "addLine"; line: CartLine }
  | { type: "removeLine"; key: string }
  | { type: "clear" }
  | { type: "sheet"; sheet: SheetState }
  | { type: "busy"; busy: boolean }
  | { type: "notice"; notice: string | null }
  | { type: "done"; record: DocRecord; lines?: PrintLine[] }
  | { type: "paid"; record: DocRecord }
  | { type: "returnFrom"; record: DocRecord }
  | { type: "returnPicked"; returnType: ReturnMode; record: DocRecord; lines: CartLine[] }
  | { type: "returnClosed"; returnType: ReturnMode };

export const isReturnMode = (m: ReceiptType): m is ReturnMode =>
  m === "sale_return" || m === "purchase_return";
const baseMode = (m: ReturnMode): ReceiptType => (m === "sale_return" ? "sale" : "purchase");

function cartLineOf(item: NomItem, key: string): CartLine {
  return {
    key,
    nomenclatureId: item.id,
    name: item.name,
    unitCode: item.unit.code,
    unitName: item.unit.name,
    fractional: item.unit.fractional,
    price: item.price,
    quantity: "1.000",
    vatRate: item.vatRate.code,
    discount: 0,
  };
}

/** An item picked from the catalog: a weighed one asks for its quantity, a piece adds one more. */
function addItem(state: CashierState, item: NomItem, key: string): CashierState {
  if (isReturnMode(state.mode)) return state;
  if (item.unit.fractional)
    return { ...state, cart: [...state.cart, cartLineOf(item, key)], sheet: { kind: "qty", key } };
  const same = state.cart.find((l) => l.nomenclatureId === item.id && l.discount === 0);
  const cart = same
    ? state.cart.map((l) =>
        l === same ? { ...l, quantity: formatQuantity(BigInt(thousandths(l.quantity) + 1000)) } : l,
      )
    : [...state.cart, cartLineOf(item, key)];
  return { ...state, cart };
}

export function cashierReducer(state: CashierState, action: CashierAction): CashierState {
  switch (action.type) {
    case "mode": {
      const m = action.mode;
      const sheet: SheetState = isReturnMode(m) ? { kind: "return", type: m } : state.sheet;
      return { ...state, cart: [], basis: null, mode: m, sheet };
    }
    case "add":
      return addItem(state, action.item, action.key);
    case "line":
      return {
        ...state,
        cart: state.cart.map((x) => (x.key === action.line.key ? action.line : x)),
        sheet: null,
      };
    case "addLine":
      return { ...state, cart: [...state.cart, action.line], sheet: null };
    case "removeLine":
      return { ...state, cart: state.cart.filter((x) => x.key !== action.key), sheet: null };
    case "clear":
      return { ...state, cart: [], basis: null };
    case "sheet":
      return { ...state, sheet: action.sheet };
    case "busy":
      return { ...state, busy: action.busy };
    case "notice":
      return { ...state, notice: action.notice };
    case "done":
      return { ...state, sheet: { kind: "doc", record: action.record, lines: action.lines } };
    case "paid": {
      const mode = isReturnMode(state.mode) ? baseMode(state.mode) : state.mode;
      return { ...state, cart: [], basis: null, mode, sheet: { kind: "doc", record: action.record } };
    }
    case "returnFrom": {
      const type: ReturnMode = action.record.type === "purchase" ? "purchase_return" : "sale_return";
      return {
        ...state,
        cart: [],
        basis: null,
        mode: type,
        sheet: { kind: "return", type, initial: action.record },
      };
    }
    case "returnPicked":
      return { ...state, mode: action.returnType, basis: action.record, cart: action.lines, sheet: null };
    case "returnClosed":
      return { ...state, sheet: null, mode: state.basis ? state.mode : baseMode(action.returnType) };
  }
}
