// Browser-side import of a .p12/.pfx (node-forge only, universal code): returns the certificate
// and its private key as PEM, to be kept in IndexedDB (store.ts). The key never leaves the browser.
// Errors are i18n keys of the registration namespace.
import forge from "node-forge";
import { certificateInfo, type CertificateInfo } from "@/lib/registration/certificate-info";

export class P12ImportError extends Error {
  constructor(readonly messageKey: string) {
    super(messageKey);
    this.name = "P12ImportError";
  }
}

export interface ImportedCertificate {
  info: CertificateInfo;
  certPem: string;
  keyPem: string;
}

/** bytes: the file's content; password: as typed (may be empty). */
export function importP12(bytes: Uint8Array, password: string): ImportedCertificate {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  let asn: forge.asn1.Asn1;
  try {
    asn = forge.asn1.fromDer(binary, false);
  } catch {
    throw new P12ImportError("registration.errors.notCertificate");
  }
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    p12 = forge.pkcs12.pkcs12FromAsn1(asn, false, password);
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    if (/password|MAC could not be verified/i.test(text))
      throw new P12ImportError("registration.errors.wrongPassword");
    if (/public key|RSA/i.test(text)) throw new P12ImportError("registration.errors.notRsa");
    throw new P12ImportError("registration.errors.notCertificate");
  }
  const keyBags = [
    ...(p12.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag })[forge.pki.oids.pkcs8ShroudedKeyBag] ??
      []),
    ...(p12.getBags({ bagType: forge.pki.oids.keyBag })[forge.pki.oids.keyBag] ?? []),
  ];
  const certBags = p12.getBags({ bagType: forge.pki.oids.certBag })[forge.pki.oids.certBag] ?? [];
  const key = keyBags.find((b) => b.key)?.key as forge.pki.rsa.PrivateKey | undefined;
  if (certBags.length === 0) throw new P12ImportError("registration.errors.notCertificate");
  if (!key) throw new P12ImportError("registration.errors.noPrivateKey");
  // the certificate whose public key matches the private key (a .p12 may carry the CA too)
  const cert = certBags
    .map((b) => b.cert)
    .find(
      (c): c is forge.pki.Certificate => !!c && (c.publicKey as forge.pki.rsa.PublicKey).n?.equals(key.n),
    );
  if (!cert) throw new P12ImportError("registration.errors.noPrivateKey");
  return {
    info: certificateInfo(cert),
    certPem: forge.pki.certificateToPem(cert),
    keyPem: forge.pki.privateKeyToPem(key),
  };
}
