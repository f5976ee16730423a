// The canonical application XML (заявление): a pure function of the requisites, so the browser
// shows and signs exactly the bytes the server rebuilds and compares before checking the
// signature. Canonical form: UTF-8, LF line ends, fixed element order, two-space indent,
// attributes in a fixed order, XML-escaped text, empty optional elements omitted.

export type ApplicationKind =
  | "REGISTRATION"
  | "REREGISTRATION_FN"
  | "REREGISTRATION_ADDRESS"
  | "REREGISTRATION_REQUISITES"
  | "DEREGISTRATION";

export interface ApplicationData {
  kind: ApplicationKind;
  country: "RU" | "KZ";
  organization: { name: string; legalForm: string; taxId: string; kpp: string | null; address: string };
  cashbox: { model: string; serialNumber: string; registrationNumber: string | null };
  /** RU only; null for KZ (no fiscal drive) */
  fiscalDrive: { number: string; model: string; validityMonths: number } | null;
  tradePoint: { name: string; address: string };
  ofd: { name: string; taxId: string };
  /** the registration report the cashbox sent: its number and fiscal sign */
  report: { number: number; fiscalSign: string; createdAt: string } | null;
  /** deregistration / address change reason */
  reason: string | null;
  /** a re-registration that changes the taxation: the new one (a code of TAXATION_CODES) */
  taxation?: string | null;
}

export const APPLICATION_VERSION = "1";

const KIND_CODE: Record<ApplicationKind, string> = {
  REGISTRATION: "1",
  REREGISTRATION_FN: "2",
  REREGISTRATION_ADDRESS: "3",
  DEREGISTRATION: "4",
  REREGISTRATION_REQUISITES: "5",
};

export function escapeXml(s: string): string {
  return (
    s
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      // control characters other than TAB/LF are not allowed in XML 1.0
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, "")
      .replace(/\r\n?/g, "\n")
  );
}

function el(indent: number, name: string, value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === "") return null;
  return `${"  ".repeat(indent)}<${name}>${escapeXml(String(value))}</${name}>`;
}

function block(indent: number, name: string, children: (string | null)[]): string[] {
  const inner = children.filter((c): c is string => c !== null);
  if (inner.length === 0) return [];
  const pad = "  ".repeat(indent);
  return [`${pad}<${name}>`, ...inner, `${pad}</${name}>`];
}

export function buildApplicationXml(d: ApplicationData): string {
  const ru = d.country === "RU";
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<Application version="${APPLICATION_VERSION}" country="${d.country}" kind="${d.kind}" kindCode="${KIND_CODE[d.kind]}" authority="${ru ? "ФНС" : "КГД"}">`,
    ...block(1, "Organization", [
      el(2, "Name", d.organization.name),
      el(2, "LegalForm", d.organization.legalForm),
      el(2, ru ? "INN" : "BIN", d.organization.taxId),
      el(2, "KPP", ru ? d.organization.kpp : null),
      el(2, "Address", d.organization.address),
    ]),
    ...block(1, "Cashbox", [
      el(2, "Model", d.cashbox.model),
      el(2, "SerialNumber", d.cashbox.serialNumber),
      el(2, "RegistrationNumber", d.cashbox.registrationNumber),
    ]),
    ...(d.fiscalDrive
      ? block(1, "FiscalDrive", [
          el(2, "Number", d.fiscalDrive.number),
          el(2, "Model", d.fiscalDrive.model),
          el(2, "ValidityMonths", d.fiscalDrive.validityMonths),
        ])
      : []),
    ...block(1, "InstallationPlace", [
      el(2, "Name", d.tradePoint.name),
      el(2, "Address", d.tradePoint.address),
    ]),
    ...block(1, "Ofd", [el(2, "Name", d.ofd.name), el(2, ru ? "INN" : "BIN", d.ofd.taxId)]),
    el(1, "Taxation", d.taxation),
    ...(d.report
      ? block(1, "RegistrationReport", [
          el(2, "Number", d.report.number),
          el(2, "FiscalSign", d.report.fiscalSign),
          el(2, "DateTime", d.report.createdAt),
        ])
      : []),
    el(1, "Reason", d.reason),
    "</Application>",
    "",
  ].filter((l): l is string => l !== null);
  return lines.join("\n");
}

/** This service's own ОФД, declared in every application (see docs/registration.md). */
export const OWN_OFD: Record<"RU" | "KZ", { name: string; taxId: string }> = {
  RU: { name: "ООО «Касса ОФД»", taxId: "7704358518" },
  KZ: { name: "ТОО «Касса ОФД»", taxId: "150140012345" },
};
