// «Отправить» (step 3): checks the signed application and hands it to the tax authority gateway.
// Order: the case is still open and nothing is pending → the report is there → the XML is exactly
// the one the server builds now → the CMS signature over those bytes (certificate valid at
// signingTime) → the certificate's tax id is the organization's. Then one transaction stores the
// application, signature, certificate and report as CaseDocuments, remembers the certificate,
// moves the case DRAFT → SUBMITTED (and a registering cashbox DRAFT/REFUSED → SUBMITTED) and
// writes the audit line. Any failure leaves every row as it was.
import { audit } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { lockCashbox } from "@/lib/cashboxes/lock-cashbox";
import { assertCan, type TenantContext } from "@/lib/tenant/context";
import { taxGateway } from "./tax-gateway";
import { ZSubmitApplication, type TSubmitApplication } from "./schemas";
import { assertCertificateTaxId, verifyDetachedSignature } from "./verify-signature";
import { buildState } from "./wizard-state";

const conflict = (key: string) => new AppError("CONFLICT", { messageKey: `registration.errors.${key}` });
const invalid = (key: string, field = "xml") =>
  new AppError("VALIDATION_FAILED", { field, messageKey: `registration.errors.${key}` });

export async function submitApplication(ctx: TenantContext, raw: TSubmitApplication, now = new Date()) {
  assertCan(ctx, "registration.sign");
  const parsed = ZSubmitApplication.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError("VALIDATION_FAILED", {
      field: String(issue.path[0] ?? "xml"),
      messageKey: issue.message,
    });
  }
  const input = parsed.data;
  const content = Buffer.from(input.xml, "utf8");
  const signature = Buffer.from(input.signature, "base64");

  const result = await db.$transaction(async (tx) => {
    await lockCashbox(tx, ctx.organizationId, input.cashboxId);
    const state = await buildState(tx, ctx.organizationId, input.cashboxId);
    if (state.submitted) throw conflict("alreadySubmitted");
    if (state.phase === "THIRD_PARTY_OFD") throw conflict("thirdPartyOfd");
    if (!state.open || !state.data) throw conflict("nothingToSubmit");
    if (!state.report || !state.applicationXml) throw conflict("reportMissing");
    if (state.open.kind !== input.kind || state.applicationXml !== input.xml)
      throw invalid("applicationChanged");

    const verified = verifyDetachedSignature(content, signature, now);
    assertCertificateTaxId(verified.certificate, state.organizationTaxId);

    const info = verified.certificate;
    const certificate = await tx.certificate.upsert({
      where: {
        organizationId_fingerprint: { organizationId: ctx.organizationId, fingerprint: info.fingerprint },
      },
      create: {
        organizationId: ctx.organizationId,
        fingerprint: info.fingerprint,
        subject: info.subject,
        taxId: state.organizationTaxId,
        issuer: info.issuer,
        serialNumber: info.serialNumber,
        notBefore: info.notBefore,
        notAfter: info.notAfter,
        pem: verified.certificatePem,
        lastUsedAt: now,
      },
      // re-using a certificate also rewrites its names: rows stored before names were decoded by
      // their ASN.1 type (issue 15.5) get the real text back
      update: { lastUsedAt: now, subject: info.subject, issuer: info.issuer },
      select: { id: true },
    });

    let caseId: string;
    if (state.open.id) {
      const moved = await tx.registrationCase.updateMany({
        where: { organizationId: ctx.organizationId, id: state.open.id, status: "DRAFT" },
        data: { status: "SUBMITTED", submittedAt: now, certificateId: certificate.id },
      });
      if (moved.count !== 1) throw conflict("alreadySubmitted");
      caseId = state.open.id;
    } else {
      const created = await tx.registrationCase.create({
        data: {
          organizationId: ctx.organizationId,
          cashboxId: state.cashbox.id,
          kind: state.open.kind,
          status: "SUBMITTED",
          submittedAt: now,
          certificateId: certificate.id,
          createdById: ctx.userId,
        },
        select: { id: true },
      });
      caseId = created.id;
    }
    const doc = (
      kind: "APPLICATION" | "SIGNATURE" | "CERTIFICATE" | "REGISTRATION_REPORT",
      fileName: string,
      mimeType: string,
      bytes: Buffer,
      i: number,
    ) => ({
      organizationId: ctx.organizationId,
      caseId,
      kind,
      fileName,
      mimeType,
      content: Uint8Array.from(bytes),
      // distinct times keep the «Документооборот» order stable
      createdAt: new Date(now.getTime() + i),
    });
    await tx.caseDocument.createMany({
      data: [
        doc(
          "REGISTRATION_REPORT",
          `registration-report-${state.report.number}.txt`,
          "text/plain; charset=utf-8",
          Buffer.from(state.reportLines!.join("\n") + "\n", "utf8"),
          0,
        ),
        doc("APPLICATION", "application.xml", "application/xml", content, 1),
        doc("SIGNATURE", "application.xml.p7s", "application/pkcs7-signature", signature, 2),
        doc(
          "CERTIFICATE",
          "certificate.pem",
          "application/x-pem-file",
          Buffer.from(verified.certificatePem, "utf8"),
          3,
        ),
      ],
    });
    if (state.open.kind === "REGISTRATION") {
      await tx.cashbox.updateMany({
        where: { organizationId: ctx.organizationId, id: state.cashbox.id },
        data: { registrationStatus: "SUBMITTED" },
      });
    }
    await audit(tx, ctx, {
      action: "registrationCase.submit",
      objectType: "cashbox",
      objectId: state.cashbox.id,
      details: {
        caseId,
        kind: state.open.kind,
        certificate: info.fingerprint,
        subject: info.subject,
        signingTime: verified.signingTime.toISOString(),
        ...(state.open.kind === "REGISTRATION"
          ? { registrationStatus: [state.cashbox.registrationStatus, "SUBMITTED"] }
          : {}),
      },
    });
    return { caseId };
  });

  // after commit: a lost hand-over is picked up by the sweep (lib/jobs/registration.ts)
  try {
    await taxGateway().submit({ organizationId: ctx.organizationId, caseId: result.caseId });
  } catch (e) {
    console.error("[registration] gateway hand-over failed; the sweep will retry", e);
  }
  return result;
}
