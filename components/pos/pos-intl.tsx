"use client";
// The cashier's own language (Настройки → Язык), independent of the cabinet's cookie: chosen in
// the browser and kept in localStorage, so it also works offline from the cached app shell.
import { useEffect, useSyncExternalStore } from "react";
import { NextIntlClientProvider } from "next-intl";
import help from "@/lib/i18n/messages/help";
import pos from "@/lib/i18n/messages/pos";
import { LOCALE_KEY } from "./use-pos";

type L = "ru" | "kk" | "en";
const read = (): L => {
  try {
    const v = localStorage.getItem(LOCALE_KEY);
    return v === "kk" || v === "en" ? v : "ru";
  } catch {
    return "ru";
  }
};

const subscribe = (on: () => void) => {
  window.addEventListener("kassa-pos-locale", on);
  window.addEventListener("storage", on);
  return () => {
    window.removeEventListener("kassa-pos-locale", on);
    window.removeEventListener("storage", on);
  };
};

export function PosIntl({ children }: { children: React.ReactNode }) {
  const locale = useSyncExternalStore(subscribe, read, () => "ru" as L);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return (
    <NextIntlClientProvider
      locale={locale}
      messages={{ pos: pos[locale], help: help[locale] }}
      timeZone="UTC"
    >
      {children}
    </NextIntlClientProvider>
  );
}
