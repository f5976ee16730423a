import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/card";

export default async function NoOrganizationPage() {
  const t = await getTranslations("auth");
  return <EmptyState title={t("noOrgTitle")} text={t("noOrgText")} />;
}
