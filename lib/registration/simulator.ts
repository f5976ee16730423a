// The built-in tax authority simulator's rules: a pure decision tests call directly.
// The rules are listed in docs/registration.md («Правила симулятора»); keep both in step.
import { randomInt } from "node:crypto";
import type { ApplicationKind } from "./application";

export interface SimulatorInput {
  country: "RU" | "KZ";
  kind: ApplicationKind;
  organizationTaxId: string;
  /** tax ids in the signing certificate's subject */
  certificateTaxIds: string[];
  serialNumber: string;
  /** the same serial is registered (REGISTERED, or SUBMITTED earlier) to a taxpayer with another tax id */
  serialTakenByOther: boolean;
  /** RU: the cashbox's current ФН; null = none declared */
  fiscalDrive: { number: string; installedAt: Date; validityMonths: number } | null;
  /** tax id in the registration report the cashbox printed, if it sent one */
  reportTaxId: string | null;
  currentRegistrationNumber: string | null;
  now: Date;
}

export type Decision =
  | { result: "ACCEPTED"; registrationNumber: string | null }
  | { result: "REFUSED"; rule: SimulatorRule; reason: string };

export type SimulatorRule = "CERT_TAX_ID" | "SERIAL_TAKEN" | "FN_UNKNOWN" | "FN_EXPIRED" | "REPORT_TAX_ID";

/** ФН manufacturer prefixes the simulated ФН registry knows (the first 4 digits of the 16). */
export const KNOWN_FN_PREFIXES = [
  "9999",
  "9960",
  "9961",
  "9282",
  "9287",
  "8710",
  "8716",
  "7281",
  "7380",
] as const;

export function addMonths(d: Date, months: number): Date {
  const r = new Date(d.getTime());
  r.setUTCMonth(r.getUTCMonth() + months);
  return r;
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), the check part of an RU ККТ registration number. */
export function crc16ccitt(s: string): number {
  let crc = 0xffff;
  for (const byte of Buffer.from(s, "ascii")) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/**
 * RU: 16 digits = a 10-digit ordinal + 6-digit CRC-16/CCITT of (ordinal, ИНН padded to 12, serial
 * padded to 20), as ФНС numbers are built. KZ: a 12-digit РНМ.
 */
export function makeRegistrationNumber(
  country: "RU" | "KZ",
  taxId: string,
  serial: string,
  ordinal?: number,
): string {
  if (country === "KZ")
    return String(randomInt(1, 10)) + String(randomInt(0, 100_000_000_000)).padStart(11, "0");
  const ord = String(ordinal ?? randomInt(1, 2 ** 31)).padStart(10, "0");
  const crc = crc16ccitt(ord + taxId.padStart(12, "0") + serial.padStart(20, "0"));
  return ord + String(crc).padStart(6, "0");
}

const fmt = (d: Date) => d.toISOString().slice(0, 10).split("-").reverse().join(".");

export function decide(i: SimulatorInput): Decision {
  const ru = i.country === "RU";
  const idName = ru ? "ИНН" : "БИН/ИИН";
  if (!i.certificateTaxIds.includes(i.organizationTaxId)) {
    return {
      result: "REFUSED",
      rule: "CERT_TAX_ID",
      reason: `${idName} владельца сертификата (${i.certificateTaxIds.join(", ") || "нет"}) не совпадает с ${idName} пользователя ${i.organizationTaxId}`,
    };
  }
  if (i.kind !== "DEREGISTRATION" && i.serialTakenByOther) {
    return {
      result: "REFUSED",
      rule: "SERIAL_TAKEN",
      reason: `${ru ? "ККТ" : "ККМ"} с заводским номером ${i.serialNumber} зарегистрирована за другим пользователем`,
    };
  }
  if (ru && i.kind !== "DEREGISTRATION") {
    const fn = i.fiscalDrive;
    if (!fn || !/^\d{16}$/.test(fn.number) || !KNOWN_FN_PREFIXES.some((p) => fn.number.startsWith(p))) {
      return {
        result: "REFUSED",
        rule: "FN_UNKNOWN",
        reason: `Фискальный накопитель № ${fn?.number ?? "—"} не найден в реестре фискальных накопителей`,
      };
    }
    const until = addMonths(fn.installedAt, fn.validityMonths);
    if (until.getTime() <= i.now.getTime()) {
      return {
        result: "REFUSED",
        rule: "FN_EXPIRED",
        reason: `Срок действия ключа фискального признака ФН № ${fn.number} истёк ${fmt(until)}`,
      };
    }
  }
  if (i.reportTaxId && i.reportTaxId !== i.organizationTaxId) {
    return {
      result: "REFUSED",
      rule: "REPORT_TAX_ID",
      reason: `${idName} в отчёте о регистрации (${i.reportTaxId}) не совпадает с ${idName} пользователя ${i.organizationTaxId}`,
    };
  }
  return {
    result: "ACCEPTED",
    registrationNumber:
      i.kind === "REGISTRATION"
        ? makeRegistrationNumber(i.country, i.organizationTaxId, i.serialNumber)
        : i.currentRegistrationNumber,
  };
}
