// GET /api/cabinet/nomenclature/template – «Скачать шаблон»: the import template (.xlsx).
import { getLocale } from "next-intl/server";
import { withTenant } from "@/lib/http/with-tenant";
import { buildTemplate } from "@/lib/nomenclature/excel/template";
import { xlsxResponse } from "../xlsx-response";

export const GET = withTenant(
  async (_req, ctx) => {
    const { fileName, bytes } = await buildTemplate(ctx, await getLocale());
    return xlsxResponse(fileName, bytes);
  },
  { permission: "nomenclature.manage" },
);
