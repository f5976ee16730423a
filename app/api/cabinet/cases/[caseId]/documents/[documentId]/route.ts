// GET /api/cabinet/cases/[caseId]/documents/[documentId] – a document of a registration case
// (application, signature, report, receipt, answer): inline to view, ?download=1 to save.
import { getCaseDocument } from "@/lib/cashboxes/get-case-document";
import { withTenant } from "@/lib/http/with-tenant";

export const GET = withTenant<{ caseId: string; documentId: string }>(
  async (req, ctx, { caseId, documentId }) => {
    const doc = await getCaseDocument(ctx, caseId, documentId);
    const download = new URL(req.url).searchParams.get("download") === "1";
    const ascii = doc.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
    return new Response(Buffer.from(doc.content), {
      headers: {
        "Content-Type": doc.mimeType,
        "Content-Disposition": `${download ? "attachment" : "inline"}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
        // Stored files are shown, never run: no sniffing, no scripts, no embedding elsewhere.
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; sandbox",
        "Cache-Control": "private, no-store",
      },
    });
  },
  { permission: "cashbox.read" },
);
