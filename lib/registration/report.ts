// The cashbox's registration report (отчёт о регистрации / перерегистрации / закрытии ФН): a
// fiscal document of type REGISTRATION_REPORT the terminal sends through the device API
// (POST /api/device/v1/registration-report). The wizard's step 1 looks for it.
import type { Db, Tx } from "@/lib/db/client";
import { formatDateTime, timeZoneLabel } from "@/lib/locale/dates";
import type { ApplicationKind } from "./application";
import type { OrganizationId } from "@/lib/tenant/context";

export type ReportReason = "registration" | "reregistration" | "deregistration";

export function reportReasonOf(kind: ApplicationKind): ReportReason {
  if (kind === "REGISTRATION") return "registration";
  if (kind === "DEREGISTRATION") return "deregistration";
  return "reregistration";
}

export interface RegistrationReport {
  id: string;
  number: number;
  fiscalSign: string;
  createdAt: Date;
  acceptedAt: Date;
  report: Record<string, string | null>;
}

/**
 * The newest report of the expected reason; for re-registration and deregistration only one sent
 * after the case was opened (`since`) counts. Report fields come from the device as sent.
 */
export async function findRegistrationReport(
  q: Db | Tx,
  organizationId: OrganizationId,
  cashboxId: string,
  reason: ReportReason,
  since: Date | null,
): Promise<RegistrationReport | null> {
  const rows = await q.fiscalDocument.findMany({
    where: {
      organizationId,
      cashboxId,
      type: "REGISTRATION_REPORT",
      ...(since ? { acceptedAt: { gte: since } } : {}),
    },
    orderBy: { number: "desc" },
    take: 20,
    select: { id: true, number: true, fiscalSign: true, createdAt: true, acceptedAt: true, content: true },
  });
  for (const r of rows) {
    const report = ((r.content ?? {}) as { report?: Record<string, string | null> }).report ?? {};
    if (report.reason === reason) {
      return {
        id: r.id,
        number: r.number,
        fiscalSign: r.fiscalSign,
        createdAt: r.createdAt,
        acceptedAt: r.acceptedAt,
        report,
      };
    }
  }
  return null;
}

const REASON_TITLE: Record<ReportReason, string> = {
  registration: "ОТЧЁТ О РЕГИСТРАЦИИ",
  reregistration: "ОТЧЁТ ОБ ИЗМЕНЕНИИ ПАРАМЕТРОВ РЕГИСТРАЦИИ",
  deregistration: "ОТЧЁТ О ЗАКРЫТИИ ФН",
};

/** The printed form (lines of a 32-character tape) of a registration report. */
export function reportPrintLines(
  r: RegistrationReport,
  req: {
    country: "RU" | "KZ";
    organizationName: string;
    taxId: string;
    address: string;
    serialNumber: string;
    /** the organization's time zone: the report is printed in it, with its name */
    timezone: string;
  },
): string[] {
  const ru = req.country === "RU";
  const when = formatDateTime(r.createdAt, "ru", req.timezone);
  const rep = r.report;
  const lines = [
    req.organizationName,
    `${ru ? "ИНН" : "БИН/ИИН"} ${rep.taxId ?? req.taxId}`,
    rep.address ?? req.address,
    "--------------------------------",
    REASON_TITLE[(rep.reason as ReportReason) ?? "registration"] ?? REASON_TITLE.registration,
    `Дата: ${when}`,
    `Пояс: ${timeZoneLabel(r.createdAt, req.timezone)}`,
    `ФД №: ${r.number}`,
    `${ru ? "ЗН ККТ" : "ЗНМ"}: ${req.serialNumber}`,
  ];
  if (rep.registrationNumber) lines.push(`${ru ? "РН ККТ" : "РНМ"}: ${rep.registrationNumber}`);
  if (rep.fiscalDriveNumber) lines.push(`ФН: ${rep.fiscalDriveNumber}`);
  if (rep.inkOfd) lines.push(`ИНК ОФД: ${rep.inkOfd}`);
  if (rep.taxation) lines.push(`СНО: ${rep.taxation}`);
  lines.push(`ФП: ${r.fiscalSign}`);
  return lines;
}
