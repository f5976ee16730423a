// The tax authority gateway (ФНС for RU, КГД for KZ): submitApplication hands every accepted
// application to it after commit; the answer comes back later through applyGatewayAnswer.
// This module holds the answering side (the simulator's rules applied to a SUBMITTED case, the
// sweep); the hand-over (TaxGateway, the simulator's queueing) is in tax-gateway.ts, so that the
// job queue (lib/jobs) depends on this module and not the other way round.
import { crossTenant } from "@/lib/db/fan-out";
import { putCashboxKey, registrationNumberKey } from "@/lib/db/lookups";
import { auditSystem } from "@/lib/audit/log";
import { db, type Tx } from "@/lib/db/client";
import { normalizeSerial } from "@/lib/cashboxes/serial";
import { notify } from "@/lib/notifications/notify";
import { decide, type Decision, type SimulatorInput } from "./simulator";
import type { ApplicationKind } from "./application";
import { sql, tenantQuery } from "@/lib/db/sql";
import { unsafeOrganizationId } from "@/lib/tenant/context";
import { applyAcceptedChanges, dropRefusedChanges } from "./requisites";

export interface SubmittedCase {
  organizationId: string;
  caseId: string;
}

/** How long the simulator waits before it answers (KASSA_GATEWAY_DELAY_MS, default 3000 ms). */
export function gatewayDelayMs(): number {
  const v = Number(process.env.KASSA_GATEWAY_DELAY_MS);
  return Number.isFinite(v) && v >= 0 ? v : 3000;
}

/** Everything the simulator's rules look at, read for one SUBMITTED case (null if not SUBMITTED). */
export async function simulatorInputFor(
  q: Tx | typeof db,
  c: SubmittedCase,
  now: Date,
): Promise<SimulatorInput | null> {
  const rc = await q.registrationCase.findFirst({
    where: { organizationId: c.organizationId, id: c.caseId, status: "SUBMITTED" },
    select: {
      kind: true,
      certificate: { select: { taxId: true, pem: true } },
      cashbox: {
        select: {
          id: true,
          serialNumber: true,
          registrationNumber: true,
          fiscalDriveNumber: true,
          fiscalDriveMonths: true,
          fiscalDriveInstalledAt: true,
          createdAt: true,
          organization: { select: { country: true, taxId: true } },
        },
      },
    },
  });
  if (!rc) return null;
  const cb = rc.cashbox;
  const orgTaxId = cb.organization.taxId;
  // the serial as the authority sees it: registered (or applied for) by a taxpayer with another tax id
  const serial = normalizeSerial(cb.serialNumber);
  // the claims of this serial come from its lookup table (one shard on Citus), then each claiming
  // cashbox is read in its own tenant
  const claims = await q.cashboxSerial.findMany({
    where: { serialNumber: serial },
    select: { tenantId: true, cashboxId: true },
  });
  let otherTaxpayers = 0;
  for (const s of claims) {
    if (s.cashboxId === cb.id) continue;
    const other = await q.cashbox.findFirst({
      where: {
        organizationId: s.tenantId,
        id: s.cashboxId,
        registrationStatus: { in: ["REGISTERED", "SUBMITTED"] },
      },
      select: { organization: { select: { taxId: true } } },
    });
    if (other && other.organization.taxId !== orgTaxId) otherTaxpayers++;
  }
  const report = await q.fiscalDocument.findFirst({
    where: { organizationId: c.organizationId, cashboxId: cb.id, type: "REGISTRATION_REPORT" },
    orderBy: { number: "desc" },
    select: { content: true },
  });
  const reportTaxId =
    ((report?.content ?? {}) as { report?: { taxId?: string | null } }).report?.taxId ?? null;
  return {
    country: cb.organization.country as "RU" | "KZ",
    kind: rc.kind as ApplicationKind,
    organizationTaxId: orgTaxId,
    certificateTaxIds: rc.certificate?.taxId ? rc.certificate.taxId.split(",") : [],
    serialNumber: cb.serialNumber,
    serialTakenByOther: otherTaxpayers > 0,
    fiscalDrive: cb.fiscalDriveNumber
      ? {
          number: cb.fiscalDriveNumber,
          installedAt: cb.fiscalDriveInstalledAt ?? cb.createdAt,
          validityMonths: cb.fiscalDriveMonths ?? 15,
        }
      : null,
    reportTaxId,
    currentRegistrationNumber: cb.registrationNumber,
    now,
  };
}

function answerXml(caseId: string, d: Decision, now: Date, authority: string): string {
  const esc = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  const body =
    d.result === "ACCEPTED"
      ? `  <Result>ACCEPTED</Result>\n${d.registrationNumber ? `  <RegistrationNumber>${d.registrationNumber}</RegistrationNumber>\n` : ""}`
      : `  <Result>REFUSED</Result>\n  <Rule>${d.rule}</Rule>\n  <Reason>${esc(d.reason)}</Reason>\n`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Answer authority="${authority}" case="${caseId}" date="${now.toISOString()}">\n${body}</Answer>\n`;
}

/**
 * Records the authority's answer for a SUBMITTED case, in one transaction: the case, the cashbox's
 * registration status (and number), the receipt and answer documents, the audit line.
 * Idempotent: a case that is no longer SUBMITTED is left alone (returns false).
 */
export async function applyGatewayAnswer(c: SubmittedCase, decision: Decision, now: Date): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const rows = await tenantQuery<
      {
        id: string;
        kind: ApplicationKind;
        cashboxId: string;
        country: string;
        cashboxName: string;
        changes: unknown;
      }[]
    >(
      tx,
      unsafeOrganizationId(c.organizationId), // the case the tenant's submit queued
      sql`
      SELECT rc.id::text, rc.kind::text AS kind, rc."cashboxId"::text AS "cashboxId", o.country::text AS country,
             c.name AS "cashboxName", rc.changes
        FROM "RegistrationCase" rc JOIN "Organization" o ON o.id = rc."organizationId"
        JOIN "Cashbox" c ON c."organizationId" = rc."organizationId" AND c.id = rc."cashboxId"
       WHERE rc."organizationId" = ${c.organizationId}::uuid AND rc.id = ${c.caseId}::uuid AND rc.status = 'SUBMITTED'
       FOR UPDATE OF rc`,
    );
    const rc = rows[0];
    if (!rc) return false;
    const authority = rc.country === "KZ" ? "КГД" : "ФНС";
    const accepted = decision.result === "ACCEPTED";
    await tx.registrationCase.updateMany({
      where: { organizationId: c.organizationId, id: rc.id, status: "SUBMITTED" },
      data: {
        status: accepted ? "ACCEPTED" : "REFUSED",
        answeredAt: now,
        refusalReason: accepted ? null : decision.reason,
        registrationNumber: accepted ? decision.registrationNumber : null,
      },
    });
    let cashboxChange: Record<string, unknown> = {};
    if (rc.kind === "REGISTRATION") {
      cashboxChange = accepted
        ? { registrationStatus: "REGISTERED", registrationNumber: decision.registrationNumber }
        : { registrationStatus: "REFUSED" };
    } else if (rc.kind === "DEREGISTRATION" && accepted) {
      cashboxChange = { registrationStatus: "DEREGISTERED" };
    }
    if (Object.keys(cashboxChange).length > 0) {
      await tx.cashbox.updateMany({
        where: { organizationId: c.organizationId, id: rc.cashboxId },
        data: cashboxChange,
      });
      if (rc.kind === "REGISTRATION" && accepted && decision.registrationNumber)
        await putCashboxKey(
          tx,
          registrationNumberKey(decision.registrationNumber),
          c.organizationId,
          rc.cashboxId,
        );
    }
    // a re-registration's pending requisites: applied on acceptance, dropped on refusal
    let applied: Record<string, unknown> | null = null;
    if (rc.kind !== "REGISTRATION" && rc.kind !== "DEREGISTRATION" && rc.changes) {
      const orgId = unsafeOrganizationId(c.organizationId); // the case the tenant's submit queued
      if (accepted) applied = await applyAcceptedChanges(tx, orgId, rc.cashboxId, rc.changes);
      else await dropRefusedChanges(tx, orgId, rc.id, rc.changes);
    }
    const receipt = `<?xml version="1.0" encoding="UTF-8"?>\n<Receipt authority="${authority}" case="${rc.id}" date="${now.toISOString()}">\n  <Status>RECEIVED</Status>\n</Receipt>\n`;
    await tx.caseDocument.createMany({
      data: [
        {
          organizationId: c.organizationId,
          caseId: rc.id,
          kind: "TAX_RECEIPT",
          fileName: "receipt.xml",
          mimeType: "application/xml",
          content: Uint8Array.from(Buffer.from(receipt, "utf8")),
          createdAt: now,
        },
        {
          organizationId: c.organizationId,
          caseId: rc.id,
          kind: "TAX_ANSWER",
          fileName: "answer.xml",
          mimeType: "application/xml",
          content: Uint8Array.from(Buffer.from(answerXml(rc.id, decision, now, authority), "utf8")),
          createdAt: new Date(now.getTime() + 1),
        },
      ],
    });
    await auditSystem(tx, c.organizationId, {
      action: accepted ? "registrationCase.accept" : "registrationCase.refuse",
      objectType: "cashbox",
      objectId: rc.cashboxId,
      details: accepted
        ? {
            caseId: rc.id,
            kind: rc.kind,
            registrationNumber: decision.registrationNumber,
            ...(applied ? { changes: JSON.parse(JSON.stringify(applied)) } : {}),
          }
        : { caseId: rc.id, kind: rc.kind, rule: decision.rule, reason: decision.reason },
    });
    // the bell and the mail (issue 20.2), once per case, with the answer it records
    await notify(tx, {
      organizationId: c.organizationId,
      kind: accepted ? "REGISTRATION_ACCEPTED" : "REGISTRATION_REFUSED",
      cashboxId: rc.cashboxId,
      dedupeKey: rc.id,
      params: accepted
        ? {
            cashbox: rc.cashboxName,
            caseKind: rc.kind,
            authority,
            registrationNumber: decision.registrationNumber ?? "",
          }
        : { cashbox: rc.cashboxName, caseKind: rc.kind, authority, reason: decision.reason },
    });
    return true;
  });
}

/** The simulator's whole answer for one case: read, decide (plain function), apply. */
export async function answerCaseBySimulator(c: SubmittedCase, now: Date): Promise<Decision | null> {
  const input = await simulatorInputFor(db, c, now);
  if (!input) return null;
  const decision = decide(input);
  const applied = await applyGatewayAnswer(c, decision, now);
  return applied ? decision : null;
}

/**
 * Safety net (scheduled every minute): answers SUBMITTED cases whose job was lost (server
 * restarted before the queue had it, or jobs were off when it was sent). Only cases handed to
 * this gateway, i.e. with a signed application (a certificate): a KZ cashbox on a third-party ОФД
 * waits for its own registration report, and the demo's pending case was never sent here.
 */
async function sweepSubmittedCasesUnscoped(now: Date, graceMs = 60_000): Promise<number> {
  const due = await db.registrationCase.findMany({
    where: {
      status: "SUBMITTED",
      certificateId: { not: null },
      submittedAt: { lte: new Date(now.getTime() - gatewayDelayMs() - graceMs) },
    },
    select: { id: true, organizationId: true },
    take: 500,
  });
  let n = 0;
  for (const c of due)
    if (await answerCaseBySimulator({ organizationId: c.organizationId, caseId: c.id }, now)) n++;
  return n;
}

/** Cross-tenant work (lib/db/fan-out.ts): its queries may span shards. */
export const sweepSubmittedCases: typeof sweepSubmittedCasesUnscoped = (...args) =>
  crossTenant("registration.sweep", () => sweepSubmittedCasesUnscoped(...args));
