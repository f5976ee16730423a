import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { orNotFound } from "@/lib/http/or-not-found";
import { getTradePoint } from "@/lib/settings/get-trade-point";
import { can } from "@/lib/tenant/context";
import { BackLink } from "../../_components/back-link";
import { ArchiveButton } from "../_components/archive-button";
import { TradePointForm } from "../_components/trade-point-form";

type Props = { params: Promise<{ tradePointId: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("settings.tradePoints"))("editTitle") };
}

export default async function TradePointPage({ params, searchParams }: Props) {
  const ctx = await requireTenant("tradePoint.read");
  const { tradePointId } = await params;
  const point = await orNotFound(getTradePoint(ctx, tradePointId));
  const { created } = await searchParams;
  const t = await getTranslations("settings.tradePoints");
  const manage = can(ctx, "tradePoint.manage");
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink href="/settings/trade-points" label={t("back")} />
      {created ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t("created")}
        </p>
      ) : null}
      <Card>
        <div className="mb-4 flex flex-wrap items-center gap-3">
          <h2 className="text-lg font-semibold">{point.name}</h2>
          <Badge tone={point.archivedAt ? "gray" : "green"}>
            {point.archivedAt ? t("archived") : t("active")}
          </Badge>
          <span className="text-sm text-slate-600">{t("cashboxCount", { count: point.cashboxCount })}</span>
        </div>
        <TradePointForm point={point} readOnly={!manage} />
      </Card>
      {manage ? (
        <Card>
          {point.archivedAt ? null : <p className="mb-3 text-sm text-slate-600">{t("archiveConfirmText")}</p>}
          <ArchiveButton
            id={point.id}
            name={point.name}
            archived={!!point.archivedAt}
            size="md"
            showSuccess
          />
        </Card>
      ) : null}
    </div>
  );
}
