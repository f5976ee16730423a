import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";

/** One document of a case of the caller's organization, with its bytes; anything else → NOT_FOUND. */
export async function getCaseDocument(ctx: TenantContext, caseId: string, documentId: string) {
  assertCan(ctx, "cashbox.read");
  if (!isUuid(caseId) || !isUuid(documentId)) throw new AppError("NOT_FOUND");
  const doc = await db.caseDocument.findFirst({
    where: { organizationId: ctx.organizationId, id: documentId, caseId },
    select: { id: true, kind: true, fileName: true, mimeType: true, content: true, createdAt: true },
  });
  if (!doc) throw new AppError("NOT_FOUND");
  return doc;
}
