import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { TradePointForm } from "../_components/trade-point-form";
import { BackLink } from "../../_components/back-link";

export async function generateMetadata() {
  return { title: (await getTranslations("settings.tradePoints"))("newTitle") };
}

export default async function NewTradePointPage() {
  await requireTenant("tradePoint.manage");
  const t = await getTranslations("settings.tradePoints");
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink href="/settings/trade-points" label={t("back")} />
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("newTitle")}</h2>
        <TradePointForm />
      </Card>
    </div>
  );
}
