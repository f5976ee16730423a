"use client";
// «Касса 2.0»: the web cashier at /pos. Pairing → PIN → selling, returns, purchases, the menu
// (shift, X/Z, cancel, cash in/out, information, history, settings), printed forms, offline work.
// This shell picks the screen (lib/pos/state.ts screenOf); the screens are in ./screens, the data
// comes from the device API through usePos (use-pos.ts).
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { screenOf } from "@/lib/pos/state";
import { Cashier } from "./screens/cashier";
import { PairScreen } from "./screens/pair-screen";
import { PinScreen } from "./screens/pin-screen";
import { usePos } from "./use-pos";

export function PosApp() {
  const pos = usePos();
  const t = useTranslations("pos");
  useEffect(() => {
    if ("serviceWorker" in navigator && window.isSecureContext) {
      navigator.serviceWorker.register("/pos-sw.js", { scope: "/pos" }).catch(() => {});
    }
  }, []);
  switch (screenOf(pos)) {
    case "loading":
      return (
        <div className="flex min-h-dvh items-center justify-center text-slate-600" aria-busy="true">
          {t("loading")}
        </div>
      );
    case "pair":
      return <PairScreen pos={pos} />;
    case "pin":
      return <PinScreen pos={pos} />;
    case "cashier":
      return <Cashier pos={pos} />;
  }
}
