import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import {
  COMMON_MODELS,
  FISCAL_DRIVE_MODELS,
  FISCAL_DRIVE_VALIDITY,
  OFD_PROVIDERS,
} from "@/lib/cashboxes/catalog";
import { findTradePointOptions } from "@/lib/cashboxes/find-trade-point-options";
import { requireTenant } from "@/lib/http/require-tenant";
import { can } from "@/lib/tenant/context";
import { CreateCashboxForm } from "./_components/create-cashbox-form";

export async function generateMetadata() {
  return { title: (await getTranslations("cashbox"))("add.title") };
}

export default async function NewCashboxPage() {
  const ctx = await requireTenant("cashbox.manage");
  const tradePoints = await findTradePointOptions(ctx);
  const t = await getTranslations("cashbox");
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/cashboxes" className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader title={t("add.title")} />
      {tradePoints.length === 0 ? (
        <EmptyState title={t("add.noTradePoints")}>
          {can(ctx, "tradePoint.manage") ? (
            <Link href="/settings/trade-points/new" className="font-medium text-brand-700 underline">
              {t("add.toTradePoints")}
            </Link>
          ) : null}
        </EmptyState>
      ) : (
        <Card>
          <p className="mb-4 text-sm text-slate-600">{t("add.intro")}</p>
          <CreateCashboxForm
            country={ctx.country}
            tradePoints={tradePoints}
            models={[...COMMON_MODELS[ctx.country]]}
            fnModels={[...FISCAL_DRIVE_MODELS]}
            fnValidity={[...FISCAL_DRIVE_VALIDITY]}
            ofds={[...OFD_PROVIDERS]}
          />
        </Card>
      )}
    </div>
  );
}
