// POST /api/cabinet/stock/documents/:documentId/import – lines of a draft from an .xlsx/.csv file
// (multipart "file"); answers the lines found and the rows that name no stock-tracked item.
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { withTenant } from "@/lib/http/with-tenant";
import { MAX_IMPORT_BYTES } from "@/lib/nomenclature/import/read-file";
import { getStockDocument } from "@/lib/stock/find-stock-documents";
import { importStockLines } from "@/lib/stock/import-lines";
import { isUuid } from "@/lib/validation/uuid";

export const POST = withTenant<{ documentId: string }>(
  async (req, ctx, { documentId }) => {
    if (!isUuid(documentId)) throw new AppError("NOT_FOUND");
    await getStockDocument(ctx, documentId); // another organization's: 404 before the body is read
    const form = await req.formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string" || file.size === 0)
      throw new AppError("VALIDATION_FAILED", { field: "file", messageKey: "v.required" });
    if (file.size > MAX_IMPORT_BYTES)
      throw new AppError("VALIDATION_FAILED", {
        field: "file",
        messageKey: "nomenclature.fileErrors.tooLarge",
        params: { mb: MAX_IMPORT_BYTES / 1024 / 1024 },
      });
    const bytes = new Uint8Array(await file.arrayBuffer());
    return NextResponse.json(await importStockLines(ctx, documentId, { bytes, name: file.name }));
  },
  { permission: "stock.manage" },
);
