"use client";
import { Menu } from "lucide-react";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { Modal } from "@/components/ui/dialog";
import type { NavItem } from "./nav-items";
import { NavLinks } from "./nav-links";

export function MobileNav({ items, children }: { items: NavItem[]; children?: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const t = useTranslations("nav");
  return (
    <Modal
      open={open}
      onOpenChange={setOpen}
      layout="drawer"
      className="lg:hidden"
      overlayClassName="lg:hidden"
      trigger={
        <button
          type="button"
          aria-label={t("menu")}
          className="grid h-9 w-9 place-items-center rounded-md hover:bg-slate-100 lg:hidden"
        >
          <Menu className="h-5 w-5" aria-hidden />
        </button>
      }
      title={t("menu")}
      description={t("menu")}
      hideDescription
    >
      {children ? <div className="mb-4">{children}</div> : null}
      <nav aria-label={t("menu")}>
        <NavLinks items={items} onNavigate={() => setOpen(false)} />
      </nav>
    </Modal>
  );
}
