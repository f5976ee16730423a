"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTransition } from "react";
import { useTranslations } from "next-intl";
import { switchOrganizationAction } from "@/lib/http/session-actions";
import { sectionAfterSwitch } from "./section-after-switch";

export interface OrgOption {
  id: string;
  name: string;
  country: "RU" | "KZ";
  role: string;
}

export function OrgSwitcher({ current, options }: { current: string; options: OrgOption[] }) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const [pending, start] = useTransition();
  if (options.length < 2) {
    const only = options[0];
    return <span className="truncate text-sm font-medium text-slate-800">{only?.name}</span>;
  }
  return (
    <select
      aria-label={t("nav.switchOrg")}
      data-testid="org-switcher"
      className="h-9 max-w-full truncate rounded-md border border-slate-300 bg-white px-2 text-sm font-medium"
      value={current}
      disabled={pending}
      onChange={(e) =>
        start(async () => {
          const id = e.target.value;
          await switchOrganizationAction(id);
          // Stay in the same section when the role in the new organization may see it.
          router.push(sectionAfterSwitch(pathname, options.find((o) => o.id === id)?.role ?? ""));
          router.refresh();
        })
      }
    >
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name} · {t(`common.country.${o.country}`)} · {t(`common.role.${o.role}`)}
        </option>
      ))}
    </select>
  );
}
