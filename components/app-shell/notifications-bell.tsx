"use client";
import Link from "next/link";
import { Bell } from "lucide-react";
import { Popover } from "radix-ui";
import { useTranslations } from "next-intl";

export interface BellItem {
  id: string;
  title: string;
  createdAt: string;
  /** where a click leads (the cashbox, the order …) */
  href?: string;
}

/** The bell: unread notifications of the current organization (filled by the notification jobs). */
export function NotificationsBell({
  items,
  markAllRead,
}: {
  items: BellItem[];
  /** server action that marks them read (lib/notifications) */
  markAllRead?: () => Promise<void>;
}) {
  const t = useTranslations("nav");
  const tn = useTranslations("notifications");
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
            <ul className="max-h-80 space-y-1 overflow-y-auto">
              {items.map((i) => (
                <li key={i.id} className="text-sm">
                  {i.href ? (
                    <Popover.Close asChild>
                      <Link href={i.href} className="block rounded px-1 py-1 hover:bg-slate-50">
                        {i.title}
                      </Link>
                    </Popover.Close>
                  ) : (
                    <span className="block px-1 py-1">{i.title}</span>
                  )}
                </li>
              ))}
            </ul>
          )}
          {items.length > 0 && markAllRead ? (
            <form action={markAllRead} className="mt-2 border-t border-slate-100 pt-2">
              <button type="submit" className="text-sm font-medium text-brand-700 hover:underline">
                {tn("markAllRead")}
              </button>
            </form>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
