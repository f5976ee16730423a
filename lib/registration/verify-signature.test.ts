import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { importP12 } from "@/lib/crypto/client/p12";
import { signDetached } from "@/lib/crypto/client/sign";
import { isAppError } from "@/lib/errors/app-error";
import { makeTestCertSet, toP12, DEMO_RU_INN, DEMO_KZ_BIN } from "./test-certs";
import { assertCertificateTaxId, verifyDetachedSignature } from "./verify-signature";

const set = makeTestCertSet();
const dir = mkdtempSync(path.join(tmpdir(), "kassa-cms-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const xml = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?>\n<Заявление вид="REGISTRATION"><ИНН>7707083893</ИНН></Заявление>\n',
  "utf8",
);

function errKey(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (isAppError(e)) return e.messageKey;
    if (e && typeof e === "object" && "messageKey" in e)
      return String((e as { messageKey: string }).messageKey);
    throw e;
  }
  throw new Error("no error thrown");
}

function opensslVerify(content: Buffer, sig: Uint8Array, caPem: string) {
  const c = path.join(dir, `c${Math.random()}.xml`);
  const s = path.join(dir, `s${Math.random()}.p7s`);
  const ca = path.join(dir, "ca.pem");
  writeFileSync(c, content);
  writeFileSync(s, sig);
  writeFileSync(ca, caPem);
  try {
    const out = execFileSync(
      "openssl",
      [
        "cms",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-in",
        s,
        "-content",
        c,
        "-CAfile",
        ca,
        "-purpose",
        "any",
        "-out",
        "/dev/null",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    return { ok: true, out: out.toString() };
  } catch (e) {
    return { ok: false, out: String((e as { stderr?: Buffer }).stderr ?? e) };
  }
}

describe("CMS detached signatures", () => {
  it("imports a .p12 in 'the browser' code and signs; node-forge verification and OpenSSL both accept it", () => {
    const p12 = toP12(set.ruValid, set.ca, "secret", "test");
    const imported = importP12(new Uint8Array(p12), "secret");
    expect(imported.info.taxIds).toContain(DEMO_RU_INN);
    const sig = signDetached(new Uint8Array(xml), imported.certPem, imported.keyPem, new Date());
    const v = verifyDetachedSignature(xml, sig, new Date());
    expect(v.certificate.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(() => assertCertificateTaxId(v.certificate, DEMO_RU_INN)).not.toThrow();
    const r = opensslVerify(xml, sig, set.ca.certPem);
    expect(r.ok, r.out).toBe(true);
    // the certificate the server stores is enough for OpenSSL too (as its own trust anchor: -CAfile cert -partial_chain)
    const tampered = Buffer.from(xml);
    tampered[tampered.length - 3] ^= 1;
    const bad = opensslVerify(tampered, sig, set.ca.certPem);
    expect(bad.ok).toBe(false);
    expect(errKey(() => verifyDetachedSignature(tampered, sig, new Date()))).toBe(
      "registration.errors.contentMismatch",
    );
  });

  it("rejects a changed signature byte", () => {
    const sig = signDetached(new Uint8Array(xml), set.ruValid.certPem, set.ruValid.keyPem, new Date());
    const broken = Uint8Array.from(sig);
    broken[broken.length - 10] ^= 0xff; // inside the RSA signature value
    expect(errKey(() => verifyDetachedSignature(xml, broken, new Date()))).toBe(
      "registration.errors.signatureMismatch",
    );
    expect(errKey(() => verifyDetachedSignature(xml, Uint8Array.from([1, 2, 3]), new Date()))).toBe(
      "registration.errors.signatureFormat",
    );
  });

  it("checks the certificate at signingTime and the signing time against the clock", () => {
    const now = new Date();
    const exp = signDetached(new Uint8Array(xml), set.ruExpired.certPem, set.ruExpired.keyPem, now);
    expect(errKey(() => verifyDetachedSignature(xml, exp, now))).toBe(
      "registration.errors.certificateExpired",
    );
    const nyv = signDetached(new Uint8Array(xml), set.ruNotYetValid.certPem, set.ruNotYetValid.keyPem, now);
    expect(errKey(() => verifyDetachedSignature(xml, nyv, now))).toBe(
      "registration.errors.certificateNotYetValid",
    );
    const old = signDetached(
      new Uint8Array(xml),
      set.ruValid.certPem,
      set.ruValid.keyPem,
      new Date(now.getTime() - 3 * 24 * 3600_000),
    );
    expect(errKey(() => verifyDetachedSignature(xml, old, now))).toBe("registration.errors.signingTimeOff");
  });

  it("reads the tax id: RU ИНН ЮЛ / ИНН, KZ BIN; a mismatch or none is refused", () => {
    const now = new Date();
    const kz = verifyDetachedSignature(
      xml,
      signDetached(new Uint8Array(xml), set.kzValid.certPem, set.kzValid.keyPem, now),
      now,
    );
    expect(kz.certificate.taxIds).toEqual([DEMO_KZ_BIN]);
    const wrong = verifyDetachedSignature(
      xml,
      signDetached(new Uint8Array(xml), set.ruWrongTaxId.certPem, set.ruWrongTaxId.keyPem, now),
      now,
    );
    expect(errKey(() => assertCertificateTaxId(wrong.certificate, DEMO_RU_INN))).toBe(
      "registration.errors.taxIdMismatch",
    );
    const none = verifyDetachedSignature(
      xml,
      signDetached(new Uint8Array(xml), set.ruNoTaxId.certPem, set.ruNoTaxId.keyPem, now),
      now,
    );
    expect(errKey(() => assertCertificateTaxId(none.certificate, DEMO_RU_INN))).toBe(
      "registration.errors.noTaxId",
    );
  });

  it("client import: wrong password and a file that is not a certificate get their messages", () => {
    const p12 = toP12(set.ruValid, set.ca, "secret", "test");
    expect(errKey(() => importP12(new Uint8Array(p12), "wrong"))).toBe("registration.errors.wrongPassword");
    expect(errKey(() => importP12(new Uint8Array(Buffer.from("hello, not a p12")), "secret"))).toBe(
      "registration.errors.notCertificate",
    );
    expect(errKey(() => importP12(new Uint8Array(Buffer.from(set.ca.certPem)), "secret"))).toBe(
      "registration.errors.notCertificate",
    );
  });
});
