import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/http/require-tenant";
import { findItems, listSections } from "@/lib/nomenclature/find-items";
import { findActiveImport } from "@/lib/nomenclature/import/jobs";
import { parseItemListParams } from "@/lib/nomenclature/list-params";
import { ratesInForce, vatLabel } from "@/lib/nomenclature/vat";
import { getVatRates } from "@/lib/nomenclature/vat-rates";
import { localDate } from "@/lib/locale/zone";
import { can } from "@/lib/tenant/context";
import { NomenclatureView } from "./_components/nomenclature-view";

export async function generateMetadata() {
  return { title: (await getTranslations("nomenclature"))("title") };
}

export default async function NomenclaturePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireTenant("nomenclature.read");
  const params = parseItemListParams(await searchParams);
  const [list, sections, rates, active] = await Promise.all([
    findItems(ctx, params),
    listSections(ctx),
    getVatRates(ctx.country),
    findActiveImport(ctx),
  ]);
  const inForce = new Set(ratesInForce(rates, localDate(new Date(), ctx.timezone)).map((r) => r.code));
  const t = await getTranslations("nomenclature");
  return (
    <NomenclatureView
      rows={list.items}
      total={list.total}
      page={list.page}
      pages={list.pages}
      params={params}
      country={ctx.country}
      sections={sections}
      vat={rates.map((r) => ({
        code: r.code,
        name: vatLabel(r.rateBasisPoints, (key, params) => t(key, params)),
        inForce: inForce.has(r.code),
      }))}
      defaultVat="NO_VAT"
      canManage={can(ctx, "nomenclature.manage")}
      activeImport={
        active
          ? {
              id: active.id,
              fileName: active.fileName,
              percent: active.totalRows ? Math.floor((active.processedRows / active.totalRows) * 100) : 0,
            }
          : null
      }
    />
  );
}
