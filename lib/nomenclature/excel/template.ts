import ExcelJS from "exceljs";
import { translatorFor } from "@/lib/i18n/translator";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { withCheckDigit } from "../barcode";
import { ITEM_TYPES } from "../limits";
import { MEASURE_UNITS } from "../units";
import { ratesInForce } from "../vat";
import { getVatRates } from "../vat-rates";
import { localDate } from "@/lib/locale/zone";
import { headerCells, itemRow, rowLabels, setupColumns, styleHeader, vatText } from "./columns";

/** «Скачать шаблон»: the columns, one example row, drop-down lists and an instructions sheet. */
export async function buildTemplate(
  ctx: TenantContext,
  locale: string,
): Promise<{ fileName: string; bytes: Buffer }> {
  assertCan(ctx, "nomenclature.manage");
  const t = translatorFor(locale);
  const rates = await getVatRates(ctx.country);
  const inForce = ratesInForce(rates, localDate(new Date(), ctx.timezone));
  const wb = new ExcelJS.Workbook();
  wb.creator = t("common.appName");
  const sheet = wb.addWorksheet(t("nomenclature.template.sheet"), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  setupColumns(sheet);
  styleHeader(sheet.addRow(headerCells(t)));

  const exampleVat =
    ctx.country === "RU" ? "VAT10" : (inForce.find((r) => r.rateBasisPoints)?.code ?? "NO_VAT");
  sheet.addRow(
    itemRow(
      {
        name: t("nomenclature.template.exampleName"),
        article: "MLK-0930",
        barcodes: [withCheckDigit(ctx.country === "RU" ? "460123456789" : "487012345678")],
        type: "GOOD",
        unit: "PIECE",
        price: ctx.country === "RU" ? 8990n : 65000n,
        vatRate: exampleVat,
        section: t("nomenclature.template.exampleSection"),
      },
      rowLabels(t, rates),
    ),
  );
  const list = (values: string[]) => ({
    type: "list" as const,
    allowBlank: true,
    showErrorMessage: false,
    formulae: [`"${values.join(",")}"`],
  });
  for (let r = 2; r <= 2000; r++) {
    sheet.getCell(r, 4).dataValidation = list(ITEM_TYPES.map((x) => t(`nomenclature.type.${x}`)));
    sheet.getCell(r, 5).dataValidation = list(MEASURE_UNITS.map((u) => t(`nomenclature.unit.${u}`)));
    sheet.getCell(r, 7).dataValidation = list(inForce.map((v) => vatText(t, v)));
  }

  const help = wb.addWorksheet(t("nomenclature.template.instructionsSheet"));
  help.getColumn(1).width = 120;
  help.addRow([t("nomenclature.import.title")]).font = { bold: true, size: 14 };
  for (const n of ["n1", "n2", "n3", "n4", "n5", "n6"] as const)
    help.addRow([t(`nomenclature.template.notes.${n}`)]).alignment = { wrapText: true };

  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { fileName: t("nomenclature.template.file"), bytes };
}
