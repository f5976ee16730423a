"use client";
import { Menu, X } from "lucide-react";
import { Dialog } from "radix-ui";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { NavItem } from "./nav-items";
import { NavLinks } from "./nav-links";

export function MobileNav({ items, children }: { items: NavItem[]; children?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations("nav");
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger
        aria-label={t("menu")}
        className="grid h-9 w-9 place-items-center rounded-md hover:bg-slate-100 lg:hidden"
      >
        <Menu className="h-5 w-5" aria-hidden />
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40 lg:hidden" />
        <Dialog.Content className="fixed inset-y-0 left-0 z-50 w-72 max-w-[85vw] overflow-y-auto bg-white p-4 shadow-xl lg:hidden">
          <div className="mb-4 flex items-center justify-between">
            <Dialog.Title className="font-semibold">{t("menu")}</Dialog.Title>
            <Dialog.Close
              aria-label={t("menu")}
              className="grid h-9 w-9 place-items-center rounded-md hover:bg-slate-100"
            >
              <X className="h-5 w-5" aria-hidden />
            </Dialog.Close>
          </div>
          <Dialog.Description className="sr-only">{t("menu")}</Dialog.Description>
          {children ? <div className="mb-4">{children}</div> : null}
          <nav aria-label={t("menu")}>
            <NavLinks items={items} onNavigate={() => setOpen(false)} />
          </nav>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
