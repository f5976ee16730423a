// Test certificates (node-forge): a test CA and end-entity certificates for the demo
// organizations, plus the bad ones the tests need. Used by scripts/make-test-certs.ts and the
// tests. Node only (RSA keys come from node:crypto: forge's pure-JS keygen is slow).
import { generateKeyPairSync } from "node:crypto";
import forge from "node-forge";
import { OID_INN, OID_INNLE } from "./certificate-info";

export const DEMO_RU_INN = "7707083893";
export const DEMO_KZ_BIN = "000740001307";
export const TEST_P12_PASSWORD = "demo12345";

export interface TestCert {
  certPem: string;
  keyPem: string;
  cert: forge.pki.Certificate;
  key: forge.pki.rsa.PrivateKey;
}

function rsaKeys() {
  const { privateKey } = generateKeyPairSync("rsa", {
    modulusLength: 2048,
    privateKeyEncoding: { type: "pkcs1", format: "pem" },
    publicKeyEncoding: { type: "spki", format: "pem" },
  });
  const key = forge.pki.privateKeyFromPem(privateKey) as forge.pki.rsa.PrivateKey;
  const pub = forge.pki.setRsaPublicKey(key.n, key.e);
  return { key, pub };
}

let serial = 0x1000;
/** ASN.1 NumericString (forge's typings lack it) */
const NUMERIC_STRING = 18 as unknown as forge.asn1.Class;
const utf8 = (type: string, value: string) => ({
  type,
  value,
  valueTagClass: forge.asn1.Type.UTF8 as unknown as forge.asn1.Class,
});

export function makeCa(): TestCert {
  const { key, pub } = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = pub;
  cert.serialNumber = (++serial).toString(16).padStart(4, "0");
  cert.validity.notBefore = new Date(Date.UTC(2020, 0, 1));
  cert.validity.notAfter = new Date(Date.UTC(2040, 0, 1));
  const name = [
    { shortName: "CN", value: "Kassa Test CA" },
    { shortName: "O", value: "Kassa Cabinet (test)" },
    { shortName: "C", value: "RU" },
  ];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: "basicConstraints", cA: true },
    { name: "keyUsage", keyCertSign: true, cRLSign: true },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { cert, key, certPem: forge.pki.certificateToPem(cert), keyPem: forge.pki.privateKeyToPem(key) };
}

export interface LeafOptions {
  country: "RU" | "KZ";
  /** ИНН (RU) or БИН/ИИН (KZ) put into the subject; null = none */
  taxId: string | null;
  commonName: string;
  notBefore: Date;
  notAfter: Date;
}

export function makeLeaf(ca: TestCert, o: LeafOptions): TestCert {
  const { key, pub } = rsaKeys();
  const cert = forge.pki.createCertificate();
  cert.publicKey = pub;
  cert.serialNumber = (++serial).toString(16).padStart(4, "0");
  cert.validity.notBefore = o.notBefore;
  cert.validity.notAfter = o.notAfter;
  const subject: forge.pki.CertificateField[] = [
    utf8("2.5.4.3", o.commonName),
    { shortName: "C", value: o.country },
  ];
  if (o.taxId) {
    if (o.country === "RU") {
      // both OIDs, as Russian qualified certificates of a legal entity carry them
      subject.push({ type: OID_INNLE, value: o.taxId, valueTagClass: NUMERIC_STRING });
      subject.push({ type: OID_INN, value: o.taxId.padStart(12, "0"), valueTagClass: NUMERIC_STRING });
    } else {
      subject.push({ type: "2.5.4.5", value: `BIN${o.taxId}` });
      subject.push({ shortName: "OU", value: `BIN${o.taxId}` });
    }
  }
  cert.setSubject(subject);
  cert.setIssuer(ca.cert.subject.attributes);
  cert.setExtensions([
    { name: "basicConstraints", cA: false },
    { name: "keyUsage", digitalSignature: true, nonRepudiation: true },
  ]);
  cert.sign(ca.key, forge.md.sha256.create());
  return { cert, key, certPem: forge.pki.certificateToPem(cert), keyPem: forge.pki.privateKeyToPem(key) };
}

/** A .p12 (DER) with the key, the certificate and the CA, 3DES + SHA-1 MAC (what forge and OpenSSL both read). */
export function toP12(leaf: TestCert, ca: TestCert, password: string, friendlyName: string): Buffer {
  const p12 = forge.pkcs12.toPkcs12Asn1(leaf.key, [leaf.cert, ca.cert], password, {
    algorithm: "3des",
    friendlyName,
  });
  return Buffer.from(forge.asn1.toDer(p12).getBytes(), "binary");
}

const YEAR = 365 * 24 * 3600_000;

/** The whole set, relative to `now`. */
export function makeTestCertSet(now = new Date()) {
  const ca = makeCa();
  const t = now.getTime();
  const leaf = (name: string, country: "RU" | "KZ", taxId: string | null, from: number, to: number) =>
    makeLeaf(ca, {
      country,
      taxId,
      commonName: name,
      notBefore: new Date(t + from),
      notAfter: new Date(t + to),
    });
  return {
    ca,
    ruValid: leaf("ООО «Ромашка» (тест)", "RU", DEMO_RU_INN, -YEAR, 3 * YEAR),
    kzValid: leaf("ТОО «Алма Трейд» (тест)", "KZ", DEMO_KZ_BIN, -YEAR, 3 * YEAR),
    ruExpired: leaf("ООО «Ромашка» (просрочен)", "RU", DEMO_RU_INN, -2 * YEAR, -YEAR / 12),
    ruNotYetValid: leaf("ООО «Ромашка» (ещё не действует)", "RU", DEMO_RU_INN, YEAR / 12, 2 * YEAR),
    ruWrongTaxId: leaf("ООО «Другая» (тест)", "RU", "7728168971", -YEAR, 3 * YEAR),
    ruNoTaxId: leaf("Без ИНН (тест)", "RU", null, -YEAR, 3 * YEAR),
  };
}
