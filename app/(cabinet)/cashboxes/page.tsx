import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";

export default async function CashboxesPage() {
  await requireTenant("cashbox.read");
  const t = await getTranslations("nav");
  return <PageHeader title={t("cashboxes")} />;
}
