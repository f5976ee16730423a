import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { MEMBER_ROLES } from "@/lib/settings/schemas";
import { can } from "@/lib/tenant/context";
import { BackLink } from "../../_components/back-link";
import { InviteForm } from "../_components/invite-form";

export async function generateMetadata() {
  return { title: (await getTranslations("settings.users"))("inviteTitle") };
}

export default async function InvitePage() {
  const ctx = await requireTenant("user.manage");
  const t = await getTranslations("settings.users");
  const roles = MEMBER_ROLES.filter((r) => r !== "OWNER" || can(ctx, "user.manageOwners"));
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink href="/settings/users" label={t("back")} />
      <Card>
        <h2 className="text-lg font-semibold">{t("inviteTitle")}</h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t("inviteHint")}</p>
        <InviteForm roles={[...roles]} />
      </Card>
    </div>
  );
}
