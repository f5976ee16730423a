import { AppShell } from "@/components/app-shell/shell";
import { RenewActionsProvider } from "@/components/codes/renew-actions";
import { partnerRenewAction, redeemCodeAction } from "@/app/(cabinet)/codes/actions";
import { updateOfdPaidUntilAction } from "@/app/(cabinet)/(cashbox-card)/cashboxes/[cashboxId]/actions";
import { visibleNav } from "@/components/app-shell/nav-items";
import { getTenant, requireTenant } from "@/lib/http/require-tenant";

/** The renewal dialog's server actions (components/codes/renew-actions.tsx). */
const RENEW_ACTIONS = {
  redeemCode: redeemCodeAction,
  partnerRenew: partnerRenewAction,
  updateOfdPaidUntil: updateOfdPaidUntilAction,
};

// The operator's area: PLATFORM_ADMIN only (everyone else gets the 404 page), in the same shell.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireTenant("platform.admin");
  const t = (await getTenant())!;
  return (
    <AppShell
      nav={visibleNav(ctx.permissions)}
      currentOrgId={ctx.organizationId}
      orgs={t.memberships.map((m) => ({
        id: m.organization.id,
        name: m.organization.name,
        country: m.organization.country,
        role: m.role,
      }))}
      user={{ name: t.user.name, email: t.user.email }}
      notifications={[]}
    >
      <RenewActionsProvider actions={RENEW_ACTIONS}>{children}</RenewActionsProvider>
    </AppShell>
  );
}
