"use client";
// The bar above the cashier: cashbox, cashier, shift, drawer, network and queue, the offline countdown.
import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import { Big, money } from "../parts";
import { PosScreenHelp } from "../pos-help";
import type { Pos } from "../use-pos";

export function useNow(every = 1000) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), every);
    return () => clearInterval(id);
  }, [every]);
  return now;
}

export function countdown(ms: number) {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return `${h}:${String(m).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

export function TopBar({ pos, onMenu }: { pos: Pos; onMenu: () => void }) {
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
