"use client";
// React's view of the web cashier's engine (pos-engine.ts): its reducer state, the offline
// countdown derived from it, and its actions; the engine loads what this browser kept on mount
// and listens to the network once loaded.
import { useEffect, useState, useSyncExternalStore } from "react";
import { blockAt } from "@/lib/pos/state";
import { PosEngine } from "./pos-engine";

export type { PosError } from "@/lib/pos/api";
export { LOCALE_KEY } from "./pos-engine";

export function usePos() {
  const [engine] = useState(() => new PosEngine());
  const state = useSyncExternalStore(engine.subscribe, engine.getState, engine.getServerState);
  useEffect(() => void engine.load(), [engine]);
  useEffect(() => (state.ready ? engine.connect() : undefined), [engine, state.ready]);
  return { ...state, blockAt: blockAt(state), ...engine.actions };
}

export type Pos = ReturnType<typeof usePos>;
