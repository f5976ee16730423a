import { getLocale, getTranslations } from "next-intl/server";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/locale/dates";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { getMember } from "@/lib/settings/get-member";
import { formatMajorAmount, MEMBER_ROLES } from "@/lib/settings/schemas";
import { can } from "@/lib/tenant/context";
import { BackLink } from "../../_components/back-link";
import { CashierForm, RemoveMemberButton, RoleForm } from "../_components/member-forms";
import { CURRENCY_OF, CURRENCY_SIGN } from "@/lib/locale/country";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("tabs.users") };
}

export default async function MemberPage({ params }: { params: Promise<{ memberId: string }> }) {
  const ctx = await requireTenant("user.read");
  const { memberId } = await params;
  const member = await orNotFound(getMember(ctx, memberId));
  const t = await getTranslations("settings.users");
  const tc = await getTranslations("common");
  const locale = toLocale(await getLocale());
  const manage = can(ctx, "user.manage");
  const ownersToo = can(ctx, "user.manageOwners");
  // Without user.manageOwners an owner's role cannot be touched, and OWNER cannot be granted.
  const locked = !manage || (member.role === "OWNER" && !ownersToo);
  const roles = MEMBER_ROLES.filter((r) => r !== "OWNER" || ownersToo || member.role === "OWNER");
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink href="/settings/users" label={t("back")} />
      <Card>
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="text-lg font-semibold">{member.name}</h2>
          <Badge tone="blue">{tc(`role.${member.role}`)}</Badge>
          {member.invitePending ? <Badge tone="yellow">{t("pending")}</Badge> : null}
          {member.userId === ctx.userId ? <span className="text-xs text-slate-500">({t("you")})</span> : null}
        </div>
        <p className="text-sm text-slate-600">{member.email}</p>
        <p className="mt-1 text-xs text-slate-500">
          {t("since", {
            date: formatDate(member.createdAt, locale, ctx.timezone),
          })}
        </p>
      </Card>
      <Card>
        <h3 className="mb-1 font-semibold">{t("roleTitle")}</h3>
        <p className="mb-4 text-sm text-slate-600">{t("ownerRule")}</p>
        <RoleForm
          id={member.id}
          role={member.role}
          roles={[...roles]}
          locked={locked}
          self={member.userId === ctx.userId}
        />
      </Card>
      {member.role === "CASHIER" && manage ? (
        <Card>
          <div className="mb-4 flex flex-wrap items-center gap-2">
            <h3 className="font-semibold">{t("cashierTitle")}</h3>
            <Badge tone={member.hasPin ? "green" : "red"}>{member.hasPin ? t("pinSet") : t("pinNone")}</Badge>
          </div>
          <CashierForm
            id={member.id}
            limit={formatMajorAmount(member.operationLimit)}
            currency={CURRENCY_SIGN[CURRENCY_OF[ctx.country]]}
          />
        </Card>
      ) : null}
      {manage && !locked ? (
        <Card>
          <h3 className="mb-1 font-semibold">{t("removeTitle")}</h3>
          <p className="mb-4 text-sm text-slate-600">{t("removeText")}</p>
          <RemoveMemberButton id={member.id} name={member.name} org={ctx.organizationName} />
        </Card>
      ) : null}
    </div>
  );
}
