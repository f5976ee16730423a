"use client";
// Context help: a «?» or a text link to the help centre's article (lib/help/links.ts).
import Link from "next/link";
import { usePathname } from "next/navigation";
import { CircleHelp } from "lucide-react";
import { useTranslations } from "next-intl";
import { helpHrefForPath } from "@/lib/help/links";
import { cn } from "@/lib/cn";

type Label = "openScreen" | "more" | "dialog" | "open";

export function HelpLink({
  href,
  label = "dialog",
  className,
  testId,
}: {
  href: string;
  label?: Label;
  className?: string;
  testId?: string;
}) {
  const t = useTranslations("help");
  return (
    <Link
      href={href}
      data-testid={testId}
      className={cn(
        "inline-flex items-center gap-1 text-sm text-brand-700 underline hover:text-brand-600",
        className,
      )}
    >
      <CircleHelp aria-hidden className="h-4 w-4" />
      {t(label)}
    </Link>
  );
}

/** The «?» of a screen in the cabinet's header: opens the article about the current page. */
export function ScreenHelpButton() {
  const t = useTranslations("help");
  const pathname = usePathname();
  return (
    <Link
      href={helpHrefForPath(pathname)}
      aria-label={t("openScreen")}
      title={t("openScreen")}
      data-testid="screen-help"
      className="grid h-9 w-9 place-items-center rounded-full border border-slate-300 text-base font-semibold text-slate-700 hover:bg-slate-100"
    >
      ?
    </Link>
  );
}
