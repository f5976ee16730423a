import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { SectionTabs } from "@/components/ui/section-tabs";

export async function generateMetadata() {
  return { title: (await getTranslations("partner"))("title") };
}

export default async function PartnerLayout({ children }: { children: React.ReactNode }) {
  await requireTenant("partner.cabinet");
  const t = await getTranslations("partner");
  return (
    <div className="max-w-6xl">
      <PageHeader title={t("title")} />
      <SectionTabs
        label={t("title")}
        tabs={[
          { href: "/partner", label: t("tabs.codes"), exact: true },
          { href: "/partner/clients", label: t("tabs.clients") },
          { href: "/partner/history", label: t("tabs.history") },
          { href: "/partner/profile", label: t("directory.tab") },
        ]}
      />
      <div className="mt-6">{children}</div>
    </div>
  );
}
