"use client";
// Context help from «Касса 2.0»: each refusal links to its article, the top bar has a «?». The
// article opens in the cashier's language with a «Вернуться в кассу» link back to /pos (the
// pairing, the session and the queue live in IndexedDB, so coming back resumes where it was).
import { useLocale, useTranslations } from "next-intl";
import { helpHrefForCode } from "@/lib/help/links";
import { cn } from "@/lib/cn";

export const posHelpHref = (path: string, locale: string) => `${path}?from=%2Fpos&lang=${locale}`;

export function PosErrorHelp({ code, className }: { code: string; className?: string }) {
  const t = useTranslations("help");
  const locale = useLocale();
  return (
    <a
      href={posHelpHref(helpHrefForCode(code), locale)}
      data-testid="error-help"
      className={cn("inline-block text-sm font-medium text-brand-700 underline", className)}
    >
      {t("more")}
    </a>
  );
}

export function PosScreenHelp() {
  const t = useTranslations("help");
  const locale = useLocale();
  return (
    <a
      href={posHelpHref("/help/cashier/overview", locale)}
      aria-label={t("openScreen")}
      title={t("openScreen")}
      data-testid="screen-help"
      className="grid h-11 w-11 place-items-center rounded-lg bg-slate-700 text-lg font-semibold text-white hover:bg-slate-600"
    >
      ?
    </a>
  );
}
