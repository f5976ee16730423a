// POST /api/cabinet/nomenclature/imports – «Загрузить из Excel», step 1: upload an .xlsx/.csv
// (multipart field "file"). Answers the stored job with the header row and a guessed mapping.
import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors/app-error";
import { withTenant } from "@/lib/http/with-tenant";
import { MAX_IMPORT_BYTES } from "@/lib/nomenclature/import/read-file";
import { uploadImport } from "@/lib/nomenclature/import/upload-import";

const tooLarge = () =>
  new AppError("VALIDATION_FAILED", {
    messageKey: "nomenclature.fileErrors.tooLarge",
    field: "file",
    params: { mb: MAX_IMPORT_BYTES / 1024 / 1024 },
  });

export const POST = withTenant(
  async (req, ctx) => {
    // Refuse an oversized body before reading it (multipart overhead allowed on top of the file).
    if (Number(req.headers.get("content-length") ?? 0) > MAX_IMPORT_BYTES + 64 * 1024) throw tooLarge();
    const form = await req.formData().catch(() => null);
    const file = form?.get("file");
    if (!file || typeof file === "string" || file.size === 0) {
      throw new AppError("VALIDATION_FAILED", {
        messageKey: "nomenclature.fileErrors.noFile",
        field: "file",
      });
    }
    if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
    const job = await uploadImport(ctx, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return NextResponse.json({ job }, { status: 201 });
  },
  { permission: "nomenclature.manage" },
);
