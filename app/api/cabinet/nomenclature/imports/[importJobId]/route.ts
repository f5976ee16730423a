// GET /api/cabinet/nomenclature/imports/[importJobId] – an import's state and progress (polled by
// the progress bar). A job whose runner went away (server restart) is resumed from here.
import { after, NextResponse } from "next/server";
import { withTenant } from "@/lib/http/with-tenant";
import { getImportJob } from "@/lib/nomenclature/import/jobs";
import { runImportJob } from "@/lib/nomenclature/import/run-import-job";

export const GET = withTenant<{ importJobId: string }>(
  async (_req, ctx, { importJobId }) => {
    const job = await getImportJob(ctx, importJobId);
    if (job.needsRunner) after(() => runImportJob(ctx.organizationId, job.id).then(() => undefined));
    return NextResponse.json({ job });
  },
  { permission: "nomenclature.manage" },
);
