"use client";
import { Bell } from "lucide-react";
import { Popover } from "radix-ui";
import { useTranslations } from "next-intl";

export interface BellItem {
  id: string;
  title: string;
  createdAt: string;
}

/** The bell: unread notifications of the current organization (filled by the notification jobs). */
export function NotificationsBell({ items }: { items: BellItem[] }) {
  const t = useTranslations("nav");
  return (
    <Popover.Root>
      <Popover.Trigger
        aria-label={t("notifications")}
        className="relative grid h-9 w-9 place-items-center rounded-full hover:bg-slate-100"
      >
        <Bell className="h-5 w-5 text-slate-600" aria-hidden />
        {items.length > 0 ? (
          <span className="absolute right-1 top-1 grid h-4 min-w-4 place-items-center rounded-full bg-red-600 px-1 text-[10px] font-bold text-white">
            {items.length}
          </span>
        ) : null}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="end"
          sideOffset={6}
          className="z-50 w-80 rounded-md border border-slate-200 bg-white p-3 shadow-lg"
        >
          <p className="mb-2 text-sm font-semibold">{t("notifications")}</p>
          {items.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noNotifications")}</p>
          ) : (
            <ul className="space-y-2">
              {items.map((i) => (
                <li key={i.id} className="text-sm">
                  {i.title}
                </li>
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
