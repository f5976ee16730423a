// Issue 15.5: names in a certificate are decoded by their ASN.1 string type, wherever a subject is
// read: the client wizard (.p12 import), the «Подпись:» line and what the server stores from a signature.
import forge from "node-forge";
import { describe, expect, it } from "vitest";
import { importP12 } from "@/lib/crypto/client/p12";
import { certificateInfo, decodeAsn1String } from "./certificate-info";
import { makeCa, toP12 } from "./test-certs";

const T = forge.asn1.Type;
const tag = (n: number) => n as unknown as forge.asn1.Class;
const utf16be = (s: string) => {
  let out = "";
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(s.charCodeAt(i) >> 8, s.charCodeAt(i) & 0xff);
  return out;
};

const CN = "Иванов Иван Иванович";
const O = "ТОО «Әлем Ғарыш Құрылыс»";
const SN = "Иванов";
const GN = "Қайрат Ұлан Үміт Һәм Іңкәр Өмір";
const L = "Алматы қаласы"; // as a BMPString

function makeCert() {
  const ca = makeCa();
  const { privateKey, publicKey } = forge.pki.rsa.generateKeyPair({ bits: 1024, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = publicKey;
  cert.serialNumber = "0a01";
  cert.validity.notBefore = new Date(Date.UTC(2026, 0, 1));
  cert.validity.notAfter = new Date(Date.UTC(2028, 0, 1));
  cert.setSubject([
    { type: "2.5.4.3", value: CN, valueTagClass: tag(T.UTF8) },
    { type: "2.5.4.10", value: O, valueTagClass: tag(T.UTF8) },
    { type: "2.5.4.4", value: SN, valueTagClass: tag(T.UTF8) },
    { type: "2.5.4.42", value: GN, valueTagClass: tag(T.UTF8) },
    { type: "2.5.4.7", value: utf16be(L), valueTagClass: tag(T.BMPSTRING) },
    { shortName: "C", value: "KZ", valueTagClass: tag(T.PRINTABLESTRING) },
  ]);
  cert.setIssuer(ca.cert.subject.attributes);
  cert.sign(ca.key, forge.md.sha256.create());
  return { ca, cert, key: privateKey };
}

describe("certificate names by ASN.1 string type", () => {
  const { ca, cert, key } = makeCert();
  // What a server or a browser gets: the DER bytes parsed back.
  const parsed = forge.pki.certificateFromPem(forge.pki.certificateToPem(cert));

  it("decodes UTF8String, BMPString and PrintableString in the subject (Cyrillic and Kazakh letters)", () => {
    const info = certificateInfo(parsed);
    expect(info.commonName).toBe(CN);
    expect(info.subject).toBe(`CN=${CN}, O=${O}, SN=${SN}, GN=${GN}, L=${L}, C=KZ`);
    expect(info.subject).not.toMatch(/Ð|Ò|Ó/);
    for (const letter of "әғқңөұүһі") expect(info.subject.toLowerCase()).toContain(letter);
  });

  it("the .p12 import of the wizard (what «Подпись:» and «Сертификаты» show) has the real names", () => {
    const p12 = toP12({ cert, key, certPem: "", keyPem: "" }, ca, "pw", "Иванов");
    const imported = importP12(new Uint8Array(p12), "pw");
    expect(imported.info.commonName).toBe(CN);
    expect(imported.info.subject).toContain(`O=${O}`);
    expect(imported.info.subject).toContain(`GN=${GN}`);
  });

  it("decodes each string type and leaves text that is already decoded alone", () => {
    const bin = (s: string) => Buffer.from(s, "utf8").toString("binary");
    expect(decodeAsn1String(bin("Әлем"), T.UTF8)).toBe("Әлем");
    expect(decodeAsn1String(utf16be("Ұлан"), T.BMPSTRING)).toBe("Ұлан");
    expect(decodeAsn1String("\u0000\u0000\u0004\u00d9\u0000\u0000\u0004\u0056", 28)).toBe("әі");
    expect(decodeAsn1String("RU", T.PRINTABLESTRING)).toBe("RU");
    expect(decodeAsn1String("Иванов", T.UTF8)).toBe("Иванов"); // in memory, not bytes
    expect(decodeAsn1String("\u00ff\u00fe", T.UTF8)).toBe("\u00ff\u00fe"); // not UTF-8: left as it is
    // the fingerprint is still of the original DER
    expect(certificateInfo(parsed).fingerprint).toBe(certificateInfo(cert).fingerprint);
  });
});
