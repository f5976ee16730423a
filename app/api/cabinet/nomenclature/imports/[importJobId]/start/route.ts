// POST /api/cabinet/nomenclature/imports/[importJobId]/start – step 4: queue the import with the
// confirmed mapping ({ mapping }); it runs in this server process after the response, in chunks,
// with its progress in the ImportJob row (see lib/nomenclature/import/run-import-job.ts).
import { after, NextResponse } from "next/server";
import { withTenant } from "@/lib/http/with-tenant";
import { zodFieldErrors } from "@/lib/http/zod-errors";
import { runImportJob } from "@/lib/nomenclature/import/run-import-job";
import { startImport } from "@/lib/nomenclature/import/start-import";
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
    const job = await startImport(ctx, importJobId, parsed.data.mapping);
    after(() => runImportJob(ctx.organizationId, job.id).then(() => undefined));
    return NextResponse.json({ job }, { status: 202 });
  },
  { permission: "nomenclature.manage" },
);
