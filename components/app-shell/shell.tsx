import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ScreenHelpButton } from "@/components/help/help-link";
import { LanguageSwitcher } from "./language-switcher";
import { MobileNav } from "./mobile-nav";
import type { NavItem } from "./nav-items";
import { NavLinks } from "./nav-links";
import { NotificationsBell, type BellItem } from "./notifications-bell";
import { OrgSwitcher, type OrgOption } from "./org-switcher";
import { UserMenu } from "./user-menu";

export async function AppShell({
  nav,
  orgs,
  currentOrgId,
  user,
  notifications,
  markNotificationsRead,
  children,
}: {
  nav: NavItem[];
  orgs: OrgOption[];
  currentOrgId: string;
  user: { name: string; email: string };
  notifications: BellItem[];
  /** server action: marks the current organization's notifications read */
  markNotificationsRead?: () => Promise<void>;
  children: React.ReactNode;
}) {
  const t = await getTranslations();
  const switcher = <OrgSwitcher current={currentOrgId} options={orgs} />;
  return (
    <div className="min-h-screen">
      <a
        href="#content"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-2"
      >
        {t("nav.skipToContent")}
      </a>
      <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
        <div className="flex h-14 items-center gap-3 px-3 sm:px-4">
          <MobileNav items={nav}>{switcher}</MobileNav>
          <Link
            href="/"
            aria-label={t("common.appName")}
            className="flex shrink-0 items-center gap-2 font-semibold text-brand-700"
          >
            <span
              aria-hidden
              className="grid h-8 w-8 place-items-center rounded-md bg-brand-600 text-xs text-white"
            >
              ₸₽
            </span>
            <span className="hidden sm:inline">{t("common.appName")}</span>
          </Link>
          <div className="hidden min-w-0 max-w-md flex-1 lg:block">{switcher}</div>
          <div className="ml-auto flex items-center gap-2">
            <LanguageSwitcher className="hidden sm:block" />
            <ScreenHelpButton />
            <NotificationsBell items={notifications} markAllRead={markNotificationsRead} />
            <UserMenu name={user.name} email={user.email} />
          </div>
        </div>
      </header>
      <div className="flex">
        <nav
          aria-label={t("nav.menu")}
          className="sticky top-14 hidden h-[calc(100vh-3.5rem)] w-56 shrink-0 border-r border-slate-200 bg-white p-3 lg:block"
        >
          <NavLinks items={nav} />
        </nav>
        <main id="content" className="min-w-0 flex-1 p-4 sm:p-6">
          {children}
        </main>
      </div>
    </div>
  );
}
