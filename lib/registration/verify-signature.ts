// Server-side check of a CMS/PKCS#7 detached signature (RFC 5652 SignedData) over the exact
// application bytes, done with node-forge (which can build but not verify SignedData, so the
// SignerInfo is read and checked here): one signer, SHA-256, signed attributes contentType=data,
// messageDigest = SHA-256(content), signingTime; RSA PKCS#1 v1.5 over the DER of the signed
// attributes; the signer's certificate (carried in the message) valid at signingTime.
// Pure: no database. Throws AppError(VALIDATION_FAILED, registration.errors.*).
import forge from "node-forge";
import { AppError } from "@/lib/errors/app-error";
import { certificateInfo, type CertificateInfo } from "./certificate-info";

const asn1 = forge.asn1;
const OID = {
  data: forge.pki.oids.data,
  signedData: forge.pki.oids.signedData,
  contentType: forge.pki.oids.contentType,
  messageDigest: forge.pki.oids.messageDigest,
  signingTime: forge.pki.oids.signingTime,
  sha256: forge.pki.oids.sha256,
  rsaEncryption: forge.pki.oids.rsaEncryption,
  sha256WithRSAEncryption: forge.pki.oids.sha256WithRSAEncryption,
};

/** How far signingTime may be from the server clock: 10 minutes ahead, 24 hours behind. */
export const SIGNING_TIME_FUTURE_MS = 10 * 60_000;
export const SIGNING_TIME_PAST_MS = 24 * 3600_000;

export interface VerifiedSignature {
  certificate: CertificateInfo;
  certificatePem: string;
  signingTime: Date;
}

const bad = (key: string, params?: Record<string, string | number>) =>
  new AppError("VALIDATION_FAILED", { field: "signature", messageKey: `registration.errors.${key}`, params });

function fmtDate(d: Date) {
  return d.toISOString().slice(0, 10).split("-").reverse().join(".");
}

/** Compare DER-encoded asn1 values byte for byte. */
function sameDer(a: forge.asn1.Asn1, b: forge.asn1.Asn1) {
  return asn1.toDer(a).getBytes() === asn1.toDer(b).getBytes();
}

export function verifyDetachedSignature(
  content: Uint8Array,
  signatureDer: Uint8Array,
  now: Date,
): VerifiedSignature {
  // 1. parse ContentInfo → SignedData
  let msg: forge.pkcs7.PkcsSignedData;
  try {
    const obj = asn1.fromDer(forge.util.createBuffer(Buffer.from(signatureDer).toString("binary")), true);
    const m = forge.pkcs7.messageFromAsn1(obj);
    if ((m as { type?: string }).type !== OID.signedData) throw new Error("not SignedData");
    msg = m as forge.pkcs7.PkcsSignedData;
  } catch (e) {
    if (e instanceof Error && /public key/i.test(e.message)) throw bad("notRsa");
    throw bad("signatureFormat");
  }
  const raw = (msg as unknown as { rawCapture: { signerInfos?: forge.asn1.Asn1[]; content?: unknown } })
    .rawCapture;
  if (raw.content) throw bad("notDetached");
  const signerInfos = raw.signerInfos ?? [];
  if (signerInfos.length !== 1) throw bad("signatureFormat");
  const certs = msg.certificates;
  if (certs.length === 0) throw bad("noCertificate");

  // 2. SignerInfo ::= SEQUENCE { version, sid, digestAlgorithm, [0] signedAttrs, signatureAlgorithm, signature, ... }
  const si = signerInfos[0].value as forge.asn1.Asn1[];
  if (!Array.isArray(si) || si.length < 5) throw bad("signatureFormat");
  const sid = si[1];
  const digestAlg = si[2];
  const signedAttrs = si[3];
  const sigAlg = si[4];
  const sigValue = si[5];
  if (
    !signedAttrs ||
    signedAttrs.tagClass !== asn1.Class.CONTEXT_SPECIFIC ||
    signedAttrs.type !== 0 ||
    !sigValue
  ) {
    throw bad("noSignedAttributes");
  }
  const oidOf = (algId: forge.asn1.Asn1) =>
    asn1.derToOid((algId.value as forge.asn1.Asn1[])[0].value as string);
  if (oidOf(digestAlg) !== OID.sha256) throw bad("digestAlgorithm");
  const sigOid = oidOf(sigAlg);
  if (sigOid !== OID.rsaEncryption && sigOid !== OID.sha256WithRSAEncryption) throw bad("notRsa");

  // the signer's certificate: issuer + serial of the sid
  const sidParts = sid.value as forge.asn1.Asn1[];
  if (!Array.isArray(sidParts) || sidParts.length !== 2) throw bad("signatureFormat");
  const sidSerial = forge.util.createBuffer(sidParts[1].value as string).toHex();
  const cert = certs.find(
    (c) =>
      c.serialNumber.replace(/^0+/, "") === sidSerial.replace(/^0+/, "") &&
      sameDer(forge.pki.distinguishedNameToAsn1(c.issuer), sidParts[0]),
  );
  if (!cert) throw bad("noCertificate");

  // 3. signed attributes
  let contentType: string | null = null;
  let messageDigest: string | null = null;
  let signingTime: Date | null = null;
  for (const attr of signedAttrs.value as forge.asn1.Asn1[]) {
    const [typeNode, valuesNode] = attr.value as forge.asn1.Asn1[];
    const type = asn1.derToOid(typeNode.value as string);
    const first = (valuesNode.value as forge.asn1.Asn1[])[0];
    if (!first) continue;
    if (type === OID.contentType) contentType = asn1.derToOid(first.value as string);
    else if (type === OID.messageDigest) messageDigest = first.value as string;
    else if (type === OID.signingTime) {
      signingTime =
        first.type === asn1.Type.UTCTIME
          ? asn1.utcTimeToDate(first.value as string)
          : asn1.generalizedTimeToDate(first.value as string);
    }
  }
  if (contentType !== OID.data || messageDigest === null) throw bad("noSignedAttributes");
  if (!signingTime || Number.isNaN(signingTime.getTime())) throw bad("noSigningTime");

  // 4. the content digest: the exact bytes of the application
  const md = forge.md.sha256.create();
  md.update(Buffer.from(content).toString("binary"));
  if (md.digest().getBytes() !== messageDigest) throw bad("contentMismatch");

  // 5. the RSA signature over DER(SET OF signedAttrs)
  const setOfAttrs = asn1.create(
    asn1.Class.UNIVERSAL,
    asn1.Type.SET,
    true,
    signedAttrs.value as forge.asn1.Asn1[],
  );
  const attrsMd = forge.md.sha256.create();
  attrsMd.update(asn1.toDer(setOfAttrs).getBytes());
  let ok = false;
  try {
    ok = (cert.publicKey as forge.pki.rsa.PublicKey).verify(
      attrsMd.digest().getBytes(),
      sigValue.value as string,
    );
  } catch {
    ok = false;
  }
  if (!ok) throw bad("signatureMismatch");

  // 6. time: the signing time must be current, and the certificate valid at it
  if (
    signingTime.getTime() > now.getTime() + SIGNING_TIME_FUTURE_MS ||
    signingTime.getTime() < now.getTime() - SIGNING_TIME_PAST_MS
  ) {
    throw bad("signingTimeOff");
  }
  if (signingTime < cert.validity.notBefore) {
    throw bad("certificateNotYetValid", { date: fmtDate(cert.validity.notBefore) });
  }
  if (signingTime > cert.validity.notAfter) {
    throw bad("certificateExpired", { date: fmtDate(cert.validity.notAfter) });
  }
  return {
    certificate: certificateInfo(cert),
    certificatePem: forge.pki.certificateToPem(cert),
    signingTime,
  };
}

/** Whether one of the certificate's tax ids is the organization's; throws the Russian message if not. */
export function assertCertificateTaxId(info: CertificateInfo, orgTaxId: string) {
  if (info.taxIds.length === 0) throw bad("noTaxId");
  if (!info.taxIds.includes(orgTaxId)) {
    throw bad("taxIdMismatch", { certTaxId: info.taxIds.join(", "), orgTaxId });
  }
}
