import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { getVatRates } from "../vat-rates";
import { localDate } from "@/lib/locale/zone";
import type { ColumnMapping } from "./fields";
import { loadJobFile } from "./load-job-file";
import { readDataRows } from "./read-file";
import { createRowValidator, type RowMessage } from "./row-validator";

export interface PreviewRow {
  rowNumber: number;
  cells: string[];
  errors: RowMessage[];
}

export interface ImportPreview {
  total: number;
  valid: number;
  invalid: number;
  /** the first rows of the file, valid or not */
  rows: PreviewRow[];
  /** the first rows with errors */
  errorRows: PreviewRow[];
}

const SHOW = 100;

/**
 * Step 3: validates every row with the chosen mapping, exactly as the import will, and reports
 * per-row errors. Remembers the mapping and the row count on the job; writes no nomenclature.
 */
export async function previewImport(
  ctx: TenantContext,
  id: string,
  mapping: ColumnMapping,
): Promise<ImportPreview> {
  assertCan(ctx, "nomenclature.manage");
  const file = await loadJobFile(ctx.organizationId, id);
  if (file.status !== "UPLOADED")
    throw new AppError("CONFLICT", { messageKey: "nomenclature.import.notStarted" });
  const validate = createRowValidator({
    mapping,
    vatRates: await getVatRates(ctx.country),
    today: localDate(new Date(), ctx.timezone),
  });
  const out: ImportPreview = { total: 0, valid: 0, invalid: 0, rows: [], errorRows: [] };
  for await (const r of readDataRows(file.bytes, file.format, file.layout.row)) {
    const v = validate(r.cells, r.rowNumber);
    out.total++;
    const row: PreviewRow = { rowNumber: v.rowNumber, cells: v.cells, errors: v.ok ? [] : v.errors };
    if (v.ok) out.valid++;
    else {
      out.invalid++;
      if (out.errorRows.length < SHOW) out.errorRows.push(row);
    }
    if (out.rows.length < SHOW) out.rows.push(row);
  }
  await db.importJob.updateMany({
    where: { organizationId: ctx.organizationId, id, status: "UPLOADED" },
    data: { mapping, totalRows: out.total },
  });
  return out;
}
