// What the server reads from an X.509 certificate (node-forge): subject/issuer as text, the
// subject's tax id, the validity and the SHA-256 fingerprint. Universal code (also used in the
// browser to list installed certificates).
import forge from "node-forge";

/** ИНН (individual or organization, 10/12 digits), OID of the Russian qualified-certificate profile */
export const OID_INN = "1.2.643.3.131.1.1";
/** ИНН ЮЛ (10 digits), the newer OID for a legal entity's ИНН */
export const OID_INNLE = "1.2.643.100.4";
/** X.520 serialNumber: KZ НУЦ certificates put "IIN<12 digits>" here; the BIN is in OU as "BIN<12 digits>" */
export const OID_SERIAL_NUMBER = "2.5.4.5";
export const OID_OU = "2.5.4.11";

export interface CertificateInfo {
  fingerprint: string;
  subject: string;
  issuer: string;
  serialNumber: string;
  /** every tax id found in the subject (see subjectTaxIds) */
  taxIds: string[];
  notBefore: Date;
  notAfter: Date;
  commonName: string;
}

// ASN.1 string types (X.690 universal tags) a certificate name may use.
const UTF8_STRING = 12;
const TELETEX_STRING = 20;
const UNIVERSAL_STRING = 28;
const BMP_STRING = 30;

const bytesOf = (binary: string) => Uint8Array.from(binary, (c) => c.charCodeAt(0));
const isBinary = (s: string) => !/[^\x00-\xff]/.test(s);

/**
 * node-forge leaves a parsed name's value as the raw bytes of its ASN.1 string (one char per byte), so
 * a UTF8String «Иванов» read as-is is «Ð\u0098Ð²Ð°Ð½Ð¾Ð²» (issue 15.5). Decode by the string's type:
 * UTF8String as UTF-8, BMPString as UTF-16BE, UniversalString as UTF-32BE; PrintableString, IA5String,
 * NumericString are ASCII; TeletexString is read as UTF-8 when it is valid UTF-8 (CAs misuse it so),
 * else as Latin-1. A value that is already text (a certificate built in memory) is returned as it is.
 */
export function decodeAsn1String(value: string, tag: number | undefined): string {
  if (!isBinary(value)) return value;
  try {
    if (tag === UTF8_STRING || tag === TELETEX_STRING)
      return new TextDecoder("utf-8", { fatal: true }).decode(bytesOf(value));
    if (tag === BMP_STRING && value.length % 2 === 0) {
      // UTF-16BE code units; JS strings are UTF-16, so surrogate pairs come out as they are
      let out = "";
      for (let k = 0; k < value.length; k += 2)
        out += String.fromCharCode((value.charCodeAt(k) << 8) | value.charCodeAt(k + 1));
      return out;
    }
    if (tag === UNIVERSAL_STRING && value.length % 4 === 0) {
      let out = "";
      for (let i = 0; i < value.length; i += 4) {
        const cp =
          ((value.charCodeAt(i) << 24) |
            (value.charCodeAt(i + 1) << 16) |
            (value.charCodeAt(i + 2) << 8) |
            value.charCodeAt(i + 3)) >>>
          0;
        out += String.fromCodePoint(cp);
      }
      return out;
    }
  } catch {
    // not valid in the declared encoding: show the bytes as they are rather than nothing
  }
  return value;
}

export function attrValue(a: forge.pki.CertificateField): string {
  const raw = typeof a.value === "string" ? a.value : String(a.value ?? "");
  return decodeAsn1String(raw, a.valueTagClass as unknown as number | undefined);
}

const SHORT: Record<string, string> = {
  [OID_INN]: "ИНН",
  [OID_INNLE]: "ИНН ЮЛ",
  "1.2.643.100.1": "ОГРН",
  "1.2.643.100.3": "СНИЛС",
  "2.5.4.4": "SN",
  "2.5.4.42": "GN",
  "2.5.4.12": "T",
  "2.5.4.9": "STREET",
};

export function nameToString(attrs: forge.pki.CertificateField[]): string {
  return attrs.map((a) => `${a.shortName ?? SHORT[a.type ?? ""] ?? a.type}=${attrValue(a)}`).join(", ");
}

/**
 * The subject's tax ids, in order of preference:
 * RU — «ИНН ЮЛ» (1.2.643.100.4) and «ИНН» (1.2.643.3.131.1.1, leading zeros of a 12-digit
 * padded organization ИНН "00" + 10 digits are stripped);
 * KZ — OU "BIN<12>" and serialNumber "IIN<12>" / "BIN<12>".
 */
export function subjectTaxIds(attrs: forge.pki.CertificateField[]): string[] {
  const out: string[] = [];
  for (const a of attrs) {
    const v = attrValue(a).trim();
    if (a.type === OID_INNLE || a.type === OID_INN) {
      const digits = v.replace(/\D/g, "");
      if (/^\d{12}$/.test(digits) && digits.startsWith("00")) out.push(digits.slice(2));
      else if (/^(\d{10}|\d{12})$/.test(digits)) out.push(digits);
    } else if (a.type === OID_SERIAL_NUMBER || a.type === OID_OU) {
      const m = /^(IIN|BIN|ИИН|БИН)\s*(\d{12})$/i.exec(v);
      if (m) out.push(m[2]);
    }
  }
  return [...new Set(out)];
}

export function certificateFingerprint(cert: forge.pki.Certificate): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  const md = forge.md.sha256.create();
  md.update(der);
  return md.digest().toHex();
}

export function certificateInfo(cert: forge.pki.Certificate): CertificateInfo {
  const cn = cert.subject.getField("CN");
  return {
    fingerprint: certificateFingerprint(cert),
    subject: nameToString(cert.subject.attributes),
    issuer: nameToString(cert.issuer.attributes),
    serialNumber: cert.serialNumber,
    taxIds: subjectTaxIds(cert.subject.attributes),
    notBefore: cert.validity.notBefore,
    notAfter: cert.validity.notAfter,
    commonName: cn ? attrValue(cn) : "",
  };
}
