"use client";
import { useEffect, useOptimistic, useRef, useTransition } from "react";
import { usePathname, useRouter } from "next/navigation";
import { Tabs } from "radix-ui";
import { useTranslations } from "next-intl";
import { ScrollRow } from "@/components/ui/scroll-row";
import { CASHBOX_TABS, type CashboxTab } from "./tabs";

/**
 * The card's tabs: ARIA tabs (arrow keys move, Enter/Space opens: manual activation, so moving
 * the focus does not load every tab) whose state is the URL's ?tab=, so a tab can be shared and
 * the back button works. Only the active tab's content is rendered, by the server.
 */
export function CashboxTabs({ active, children }: { active: CashboxTab; children: React.ReactNode }) {
  const t = useTranslations("cashbox.tabs");
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [shown, setShown] = useOptimistic(active);
  const list = useRef<HTMLDivElement>(null);
  // On a phone the tab row scrolls: keep the active tab in view (e.g. «Чеки» opened from a link).
  useEffect(() => {
    list.current
      ?.querySelector('[data-state="active"]')
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [shown]);
  function open(value: string) {
    const tab = value as CashboxTab;
    startTransition(() => {
      setShown(tab);
      router.push(tab === "requisites" ? pathname : `${pathname}?tab=${tab}`, { scroll: false });
    });
  }
  return (
    <Tabs.Root value={shown} onValueChange={open} activationMode="manual">
      <ScrollRow className="-mx-4 sm:mx-0" innerClassName="border-b border-slate-200 px-4 sm:px-0">
        <Tabs.List ref={list} aria-label={t("label")} className="flex min-w-max gap-1">
          {CASHBOX_TABS.map((tab) => (
            <Tabs.Trigger
              key={tab}
              value={tab}
              className="-mb-px border-b-2 border-transparent px-3 py-2 text-sm font-medium whitespace-nowrap text-slate-600 hover:border-slate-300 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-500 data-[state=active]:border-brand-600 data-[state=active]:text-brand-700"
            >
              {t(tab)}
            </Tabs.Trigger>
          ))}
        </Tabs.List>
      </ScrollRow>
      {CASHBOX_TABS.map((tab) => (
        <Tabs.Content
          key={tab}
          value={tab}
          className="pt-4 focus-visible:outline-2 focus-visible:outline-brand-500"
        >
          {tab === shown ? (
            tab === active && !pending ? (
              children
            ) : (
              <p role="status" className="py-8 text-center text-sm text-slate-500">
                {t("loading")}
              </p>
            )
          ) : null}
        </Tabs.Content>
      ))}
    </Tabs.Root>
  );
}
