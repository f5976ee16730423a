import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { can } from "@/lib/tenant/context";
import { SectionTabs } from "@/components/ui/section-tabs";

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const ctx = await requireTenant("org.read");
  const t = await getTranslations("settings");
  const tabs = [
    { href: "/settings", label: t("tabs.profile"), exact: true },
    ...(can(ctx, "tradePoint.read")
      ? [{ href: "/settings/trade-points", label: t("tabs.tradePoints") }]
      : []),
    ...(can(ctx, "user.read") ? [{ href: "/settings/users", label: t("tabs.users") }] : []),
    // the member's own notification preferences (issue 20.2)
    { href: "/settings/notifications", label: t("tabs.notifications") },
    // «Партнёр» (issue 9): app/(cabinet)/settings/partner
    { href: "/settings/partner", label: (await getTranslations("partner"))("link.title") },
  ];
  return (
    <div className="max-w-5xl">
      <PageHeader title={t("title")} />
      <SectionTabs tabs={tabs} label={t("sections")} />
      <div className="mt-6">{children}</div>
    </div>
  );
}
