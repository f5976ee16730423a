// Browser-side CMS/PKCS#7 detached signature (node-forge only, universal code): SHA-256 digest,
// RSA PKCS#1 v1.5, signed attributes contentType / messageDigest / signingTime, the signer's
// certificate included; DER output. `openssl cms -verify -binary` accepts it.
import forge from "node-forge";

/** content: the exact bytes to sign (UTF-8 of the application XML). Returns DER bytes. */
export function signDetached(
  content: Uint8Array,
  certPem: string,
  keyPem: string,
  signingTime: Date,
): Uint8Array {
  const cert = forge.pki.certificateFromPem(certPem);
  const key = forge.pki.privateKeyFromPem(keyPem);
  let binary = "";
  for (let i = 0; i < content.length; i += 0x8000)
    binary += String.fromCharCode(...content.subarray(i, i + 0x8000));
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(binary);
  p7.addCertificate(cert);
  p7.addSigner({
    key,
    certificate: cert,
    digestAlgorithm: forge.pki.oids.sha256,
    authenticatedAttributes: [
      { type: forge.pki.oids.contentType, value: forge.pki.oids.data },
      { type: forge.pki.oids.messageDigest },
      { type: forge.pki.oids.signingTime, value: signingTime.toISOString() },
    ],
  });
  p7.sign({ detached: true });
  const der = forge.asn1.toDer(p7.toAsn1()).getBytes();
  const out = new Uint8Array(der.length);
  for (let i = 0; i < der.length; i++) out[i] = der.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return forge.util.encode64(binary);
}
