"use client";
import { useEffect, useRef } from "react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/cn";
import { ScrollRow } from "./scroll-row";

/**
 * Sub-navigation of a section («Настройки», «Маркет», «Партнёрам»): links (not ARIA tabs), so each
 * part has its own URL. On a phone the row scrolls sideways with a visible cue (ScrollRow) and keeps the current part in view.
 */
export function SectionTabs({
  tabs,
  label,
}: {
  tabs: { href: string; label: string; exact?: boolean }[];
  label: string;
}) {
  const pathname = usePathname();
  const activeRef = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    activeRef.current?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [pathname]);
  return (
    <nav aria-label={label} className="-mx-4 sm:mx-0">
      <ScrollRow innerClassName="px-4 shadow-[inset_0_-1px_0_var(--color-slate-200)] sm:px-0">
        <ul className="flex gap-1">
          {tabs.map((tab) => {
            const active = tab.exact
              ? pathname === tab.href
              : pathname === tab.href || pathname.startsWith(tab.href + "/");
            return (
              <li key={tab.href} className="shrink-0">
                <Link
                  ref={active ? activeRef : undefined}
                  href={tab.href}
                  aria-current={active ? "page" : undefined}
                  className={cn(
                    "inline-block border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap",
                    active
                      ? "border-brand-600 text-brand-700"
                      : "border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900",
                  )}
                >
                  {tab.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </ScrollRow>
    </nav>
  );
}
