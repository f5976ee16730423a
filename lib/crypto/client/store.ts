// Certificates installed in this browser: IndexedDB "kassa-certificates", store "certs", keyed by
// the certificate's SHA-256 fingerprint. Holds the certificate and its private key (PEM); nothing
// here is ever sent to the server except the public certificate inside a signature.
import type { ImportedCertificate } from "./p12";

const DB_NAME = "kassa-certificates";
const STORE = "certs";

export interface StoredCertificate {
  fingerprint: string;
  commonName: string;
  subject: string;
  issuer: string;
  taxIds: string[];
  notBefore: string;
  notAfter: string;
  certPem: string;
  keyPem: string;
  installedAt: string;
}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(STORE))
        req.result.createObjectStore(STORE, { keyPath: "fingerprint" });
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

async function run<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const req = fn(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

export function toStored(c: ImportedCertificate, now = new Date()): StoredCertificate {
  return {
    fingerprint: c.info.fingerprint,
    commonName: c.info.commonName,
    subject: c.info.subject,
    issuer: c.info.issuer,
    taxIds: c.info.taxIds,
    notBefore: c.info.notBefore.toISOString(),
    notAfter: c.info.notAfter.toISOString(),
    certPem: c.certPem,
    keyPem: c.keyPem,
    installedAt: now.toISOString(),
  };
}

export async function listCertificates(): Promise<StoredCertificate[]> {
  const all = await run<StoredCertificate[]>(
    "readonly",
    (s) => s.getAll() as IDBRequest<StoredCertificate[]>,
  );
  return all.sort((a, b) => b.notAfter.localeCompare(a.notAfter));
}

export async function saveCertificate(c: StoredCertificate): Promise<void> {
  await run("readwrite", (s) => s.put(c));
}

export async function removeCertificate(fingerprint: string): Promise<void> {
  await run("readwrite", (s) => s.delete(fingerprint));
}
