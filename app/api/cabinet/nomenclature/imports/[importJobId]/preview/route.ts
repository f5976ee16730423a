// POST /api/cabinet/nomenclature/imports/[importJobId]/preview – step 3: validate every row with
// the chosen column mapping ({ mapping }) and answer the per-row errors. Writes no nomenclature.
import { NextResponse } from "next/server";
import { withTenant } from "@/lib/http/with-tenant";
import { zodFieldErrors } from "@/lib/http/zod-errors";
import { previewImport } from "@/lib/nomenclature/import/preview-import";
import { ZImportMappingInput } from "@/lib/nomenclature/schemas";

export const POST = withTenant<{ importJobId: string }>(
  async (req, ctx, { importJobId }) => {
    const parsed = ZImportMappingInput.safeParse(await req.json().catch(() => null));
    if (!parsed.success) {
      return NextResponse.json(
        {
          error: {
            code: "VALIDATION_FAILED",
            message: "errors.VALIDATION_FAILED",
            fields: zodFieldErrors(parsed.error),
          },
        },
        { status: 400 },
      );
    }
    const preview = await previewImport(ctx, importJobId, parsed.data.mapping);
    return NextResponse.json({ preview });
  },
  { permission: "nomenclature.manage" },
);
