// Check links and QR contents (docs/device-api.md §3):
//   RU (ФНС QR): t=YYYYMMDDTHHMM&s=<rub 0.00>&fn=<ФН, tag 1041>&i=<ФД №, tag 1040>&fp=<ФП, tag 1077>&n=<1054>
//   KZ (Webkassa TicketUrl): https://<ofd>/consumer?i=<ФП>&f=<РНМ>&s=<0.00>&t=<YYYYMMDDTHHMMSS>
// Times are the organization's local wall clock. Our public check page (/check) takes both shapes.
import { minorToDecimal } from "./money";
import type { ReceiptType } from "./receipt";
import { localParts } from "@/lib/locale/zone";

/** Tag 1054 «признак расчёта». */
export const OPERATION_SIGN: Record<ReceiptType, 1 | 2 | 3 | 4> = {
  sale: 1,
  sale_return: 2,
  purchase: 3,
  purchase_return: 4,
};

/** Consumer check sites of the third-party KZ OFDs; our own OFD is the app itself. */
export const KZ_OFD_CONSUMER_BASE = {
  TRANSTELECOM: "https://ofd1.kz",
  KAZAKHTELECOM: "https://consumer.oofd.kz",
} as const;

export interface CheckLinkInput {
  country: "RU" | "KZ";
  type: ReceiptType;
  createdAt: Date;
  timeZone: string;
  total: bigint;
  fiscalSign: string;
  /** document number (tag 1040) */
  number: number;
  /** ФН number (RU) */
  fiscalDriveNumber: string | null;
  /** РНМ (KZ) */
  registrationNumber: string | null;
  /** origin of this cabinet, e.g. https://kassa.example */
  appBase: string;
  /** KZ: consumer site of the cashbox's OFD; null = our own */
  ofdBase: string | null;
}

export function ruQrText(
  i: Pick<
    CheckLinkInput,
    "type" | "createdAt" | "timeZone" | "total" | "fiscalSign" | "number" | "fiscalDriveNumber"
  >,
): string {
  const p = localParts(i.createdAt, i.timeZone);
  const t = `${p.year}${p.month}${p.day}T${p.hour}${p.minute}`;
  return `t=${t}&s=${minorToDecimal(i.total)}&fn=${i.fiscalDriveNumber ?? ""}&i=${i.number}&fp=${i.fiscalSign}&n=${OPERATION_SIGN[i.type]}`;
}

export function kzQuery(
  i: Pick<CheckLinkInput, "createdAt" | "timeZone" | "total" | "fiscalSign" | "registrationNumber">,
): string {
  const p = localParts(i.createdAt, i.timeZone);
  const t = `${p.year}${p.month}${p.day}T${p.hour}${p.minute}${p.second}`;
  return `i=${i.fiscalSign}&f=${i.registrationNumber ?? ""}&s=${minorToDecimal(i.total)}&t=${t}`;
}

/** `qr`: what the printed QR code holds; `checkUrl`: our public check page for the same receipt. */
export function checkLinks(i: CheckLinkInput): { qr: string; checkUrl: string } {
  const base = i.appBase.replace(/\/+$/, "");
  if (i.country === "RU") {
    const q = ruQrText(i);
    return { qr: q, checkUrl: `${base}/check?${q}` };
  }
  const q = kzQuery(i);
  const ofd = (i.ofdBase ?? base).replace(/\/+$/, "");
  return { qr: `${ofd}/consumer?${q}`, checkUrl: `${base}/check?${q}` };
}

export type ParsedCheckLink =
  | {
      country: "RU";
      localTime: string;
      total: bigint;
      fiscalDriveNumber: string;
      number: number;
      fiscalSign: string;
      operation: number;
    }
  | { country: "KZ"; localTime: string; total: bigint; registrationNumber: string; fiscalSign: string };

/** Reads either query shape (for the public check page); null when it is neither. */
export function parseCheckQuery(params: URLSearchParams): ParsedCheckLink | null {
  const money = (s: string | null) => {
    const m = s ? /^(\d{1,15})(?:\.(\d{1,2}))?$/.exec(s) : null;
    return m ? BigInt(m[1]) * 100n + BigInt((m[2] ?? "").padEnd(2, "0")) : null;
  };
  const total = money(params.get("s"));
  if (total === null) return null;
  const t = params.get("t") ?? "";
  if (params.has("fn")) {
    const fp = params.get("fp") ?? "";
    const i = Number(params.get("i"));
    const n = Number(params.get("n"));
    if (!/^\d{8}T\d{4,6}$/.test(t) || !/^\d{1,10}$/.test(fp) || !Number.isInteger(i) || !Number.isInteger(n))
      return null;
    return {
      country: "RU",
      localTime: t,
      total,
      fiscalDriveNumber: params.get("fn") ?? "",
      number: i,
      fiscalSign: fp.padStart(10, "0"),
      operation: n,
    };
  }
  const fp = params.get("i") ?? "";
  if (!/^\d{8}T\d{6}$/.test(t) || !/^\d{1,10}$/.test(fp)) return null;
  return {
    country: "KZ",
    localTime: t,
    total,
    registrationNumber: params.get("f") ?? "",
    fiscalSign: fp.padStart(10, "0"),
  };
}
