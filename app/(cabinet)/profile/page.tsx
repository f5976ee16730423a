import { getTranslations } from "next-intl/server";
import { Card, PageHeader } from "@/components/ui/card";
import { getTenant } from "@/lib/http/require-tenant";
import { redirect } from "next/navigation";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("profile") };
}

export default async function ProfilePage() {
  const tenant = await getTenant();
  if (!tenant) redirect("/login");
  const t = await getTranslations();
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("nav.profile")} />
      <Card>
        <p className="text-lg font-medium">{tenant.user.name}</p>
        <p className="text-sm text-slate-600">{tenant.user.email}</p>
        <ul className="mt-4 space-y-1 text-sm">
          {tenant.memberships.map((m) => (
            <li key={m.organization.id}>
              {m.organization.name} — {t(`common.role.${m.role}`)}
            </li>
          ))}
        </ul>
      </Card>
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("auth.changePassword")}</h2>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
