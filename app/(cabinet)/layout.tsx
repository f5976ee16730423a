import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { AppShell } from "@/components/app-shell/shell";
import { RenewActionsProvider } from "@/components/codes/renew-actions";
import { partnerRenewAction, redeemCodeAction } from "@/app/(cabinet)/codes/actions";
import { updateOfdPaidUntilAction } from "@/app/(cabinet)/(cashbox-card)/cashboxes/[cashboxId]/actions";
import { visibleNav, type NavItem } from "@/components/app-shell/nav-items";
import { getTenant } from "@/lib/http/require-tenant";
import { DemoBanner } from "@/components/demo-banner";
import { demoMode, outboxPageEnabled } from "@/lib/mail/dev-outbox";
import { listUnreadNotifications } from "@/lib/notifications/list-notifications";
import { markAllNotificationsRead } from "./notification-actions";

/** The renewal dialog's server actions (components/codes/renew-actions.tsx). */
const RENEW_ACTIONS = {
  redeemCode: redeemCodeAction,
  partnerRenew: partnerRenewAction,
  updateOfdPaidUntil: updateOfdPaidUntilAction,
};

export default async function CabinetLayout({ children }: { children: React.ReactNode }) {
  const t = await getTenant();
  if (!t) redirect("/login");
  const extra: NavItem[] = [
    // The cashier's start: the way to «Касса 2.0».
    ...(t.ctx?.role === "CASHIER" ? [{ href: "/workplace", label: "workplace", permission: null }] : []),
    ...(outboxPageEnabled() ? [{ href: "/dev/outbox", label: "outbox", permission: null }] : []),
  ];
  const nav = t.ctx ? visibleNav(t.ctx.permissions, extra) : [];
  const notifications = t.ctx ? await listUnreadNotifications(t.ctx, await getLocale()) : [];
  return (
    <AppShell
      nav={nav}
      currentOrgId={t.ctx?.organizationId ?? ""}
      orgs={t.memberships.map((m) => ({
        id: m.organization.id,
        name: m.organization.name,
        country: m.organization.country,
        role: m.role,
      }))}
      user={{ name: t.user.name, email: t.user.email }}
      notifications={notifications}
      markNotificationsRead={markAllNotificationsRead}
    >
      <DemoBanner show={demoMode()} />
      <RenewActionsProvider actions={RENEW_ACTIONS}>{children}</RenewActionsProvider>
    </AppShell>
  );
}
