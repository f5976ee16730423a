// The registration report of a KZ cashbox on a third-party ОФД (docs/registration.md «Сторонний
// ОФД»). The device engine calls matchOfdRegistrationReport inside the document's transaction,
// under the cashbox journal lock: a report that matches the РНМ / ИНК ОФД the owner entered
// (step 3) makes the cashbox REGISTERED («Подключена») together with the stored document; one that
// does not match is refused (REGISTRATION_MISMATCH, nothing stored) and, after the rollback,
// recordOfdMismatch files it on «Документооборот».
import { auditSystem } from "@/lib/audit/log";
import { db } from "@/lib/db/client";
import { tenantPoolQuery, type PgClient } from "@/lib/db/pool";
import { DeviceError } from "@/lib/device/errors";
import { mismatchText, reportMismatches, type ReportMismatch } from "./ofd";
import type { OrganizationId } from "@/lib/tenant/context";

type ReportData = {
  reason?: string;
  registrationNumber?: string | null;
  inkOfd?: string | null;
  serialNumber?: string | null;
};

/** The refusal the terminal gets; carries what the cabinet files after the rollback. */
export class OfdReportMismatch extends DeviceError {
  constructor(
    readonly organizationId: string,
    readonly cashboxId: string,
    readonly caseId: string,
    readonly mismatches: ReportMismatch[],
    readonly report: ReportData,
  ) {
    super("REGISTRATION_MISMATCH", {
      params: { fields: mismatchText(mismatches) },
      details: { mismatches },
    });
  }
}

/** The text of the case documents (a registration report as the cabinet received it). */
export function reportFileText(
  title: string,
  report: ReportData,
  at: Date,
  mismatches: ReportMismatch[] = [],
): string {
  const lines = [
    title,
    `Получен: ${at.toISOString()}`,
    `РНМ: ${report.registrationNumber ?? "—"}`,
    `ИНК ОФД: ${report.inkOfd ?? "—"}`,
    `Заводской номер: ${report.serialNumber ?? "—"}`,
  ];
  if (mismatches.length) lines.push("", `Не совпадает: ${mismatchText(mismatches)}`);
  return lines.join("\n") + "\n";
}

/**
 * Runs for every registration report inside the engine's transaction (client `c`). Does nothing
 * unless the cashbox is a KZ one on a third-party ОФД with an activation waiting for its report.
 */
export async function matchOfdRegistrationReport(
  c: PgClient,
  cb: { id: string; organizationId: OrganizationId; ofd?: string },
  report: ReportData | undefined,
  now: Date,
): Promise<void> {
  // the own ОФД (every RU cashbox too) keeps the signed flow: nothing to match
  if (!report || report.reason !== "registration" || cb.ofd === "OWN") return;
  const [row] = await tenantPoolQuery<{
    ofd: string;
    country: string;
    serialNumber: string;
    registrationStatus: string;
    caseId: string | null;
    registrationNumber: string | null;
    inkOfd: string | null;
  }>(
    cb.organizationId,
    `SELECT c.ofd::text AS ofd, o.country::text AS country, c."serialNumber", c."registrationStatus"::text AS "registrationStatus",
            rc.id::text AS "caseId", rc."registrationNumber", rc."inkOfd"
       FROM "Cashbox" c
       JOIN "Organization" o ON o.id = c."organizationId"
       LEFT JOIN LATERAL (
         SELECT id, "registrationNumber", "inkOfd" FROM "RegistrationCase"
          WHERE "organizationId" = $1 AND "cashboxId" = c.id
            AND kind = 'REGISTRATION' AND status = 'SUBMITTED'
          ORDER BY "submittedAt" DESC NULLS LAST, id DESC LIMIT 1
       ) rc ON true
      WHERE c."organizationId" = $1 AND c.id = $2`,
    [cb.organizationId, cb.id],
    c,
  );
  if (!row || row.country !== "KZ" || row.ofd === "OWN") return;
  if (row.registrationStatus !== "SUBMITTED" || !row.caseId || !row.registrationNumber || !row.inkOfd) return;

  const mismatches = reportMismatches(
    { registrationNumber: row.registrationNumber, inkOfd: row.inkOfd, serialNumber: row.serialNumber },
    report,
  );
  if (mismatches.length) {
    throw new OfdReportMismatch(cb.organizationId, cb.id, row.caseId, mismatches, report);
  }

  const text = reportFileText("ОТЧЁТ О РЕГИСТРАЦИИ (совпадает с данными ОФД)", report, now);
  await tenantPoolQuery(
    cb.organizationId,
    `WITH accepted AS (
       UPDATE "RegistrationCase" SET status = 'ACCEPTED', "answeredAt" = $3, "updatedAt" = $3
        WHERE "organizationId" = $1 AND id = $4 AND status = 'SUBMITTED'
       RETURNING id
     ), registered AS (
       UPDATE "Cashbox" SET "registrationStatus" = 'REGISTERED', "registrationNumber" = $5, "inkOfd" = $6, "updatedAt" = $3
        WHERE "organizationId" = $1 AND id = $2 AND "registrationStatus" = 'SUBMITTED'
       RETURNING id
     ), doc AS (
       INSERT INTO "CaseDocument" ("organizationId", "caseId", kind, "fileName", "mimeType", content, "createdAt")
       SELECT $1, id, 'REGISTRATION_REPORT', 'registration-report.txt', 'text/plain; charset=utf-8', convert_to($7, 'UTF8'), $3
         FROM accepted
     )
     INSERT INTO "AuditLog" ("organizationId", action, "objectType", "objectId", details, "createdAt")
     SELECT $1, 'registration.ofd.confirmed', 'cashbox', $2, $8::jsonb, $3 FROM registered`,
    [
      cb.organizationId,
      cb.id,
      now,
      row.caseId,
      row.registrationNumber,
      row.inkOfd,
      text,
      JSON.stringify({
        caseId: row.caseId,
        ofd: row.ofd,
        registrationNumber: row.registrationNumber,
        inkOfd: row.inkOfd,
        registrationStatus: ["SUBMITTED", "REGISTERED"],
        source: "device-api",
      }),
    ],
    c,
  );
}

/** After the rollback of a refused report: the report goes on the case («Документооборот») and the journal. */
export async function recordOfdMismatch(e: OfdReportMismatch, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.caseDocument.create({
      data: {
        organizationId: e.organizationId,
        caseId: e.caseId,
        kind: "REPORT_MISMATCH",
        fileName: `registration-report-mismatch-${now.toISOString().replace(/[:.]/g, "-")}.txt`,
        mimeType: "text/plain; charset=utf-8",
        content: Uint8Array.from(
          Buffer.from(reportFileText("ОТЧЁТ О РЕГИСТРАЦИИ НЕ ПРИНЯТ", e.report, now, e.mismatches), "utf8"),
        ),
        createdAt: now,
      },
    });
    await auditSystem(tx, e.organizationId, {
      action: "registration.ofd.mismatch",
      objectType: "cashbox",
      objectId: e.cashboxId,
      details: {
        caseId: e.caseId,
        mismatches: e.mismatches.map((m) => ({ ...m })),
        source: "device-api",
      },
    });
  });
}
