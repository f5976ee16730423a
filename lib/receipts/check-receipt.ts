// The public receipt check (no sign-in): a check link or QR content → the receipt's printed form,
// only when every field of the link (time, total, fiscal sign, and the ФН and document number or
// the РНМ) equals the QR printed on the receipt. Any mismatch — a wrong sign, a wrong amount, an
// unknown drive — gives the same «not found», so the page reveals nothing about other receipts or
// tenants. Counted per IP like the sign-in limits (lib/auth/rate-limit.ts).
//
// Cross-tenant by nature (the link carries no organization): `unsafe` per house style. The lookup
// keys are indexed: FiscalDrive(number) or Cashbox(registrationNumber), then the document by
// (organizationId, cashboxId, number) or by (organizationId, createdAt) within one second.
import { hitRateLimit } from "@/lib/auth/rate-limit";
import { fiscalDriveKey, registrationNumberKey } from "@/lib/db/lookups";
import { db } from "@/lib/db/client";
import { parseCheckQuery, type ParsedCheckLink } from "@/lib/fiscal/check-link";
import type { PrintLine } from "@/lib/fiscal/print";
import { signsEqual } from "@/lib/fiscal/sign";
import { zonedInstant } from "@/lib/locale/zone";
import { qrSvg, storedDocument } from "./get-receipt";

export const CHECK_LIMIT = { max: 30, windowSeconds: 10 * 60 };

const RECEIPT_TYPES = ["SALE", "SALE_RETURN", "PURCHASE", "PURCHASE_RETURN"] as const;

export type CheckResult =
  | { status: "found"; lines: PrintLine[]; qrSvg: string | null }
  | { status: "not_found" }
  | { status: "invalid" }
  | { status: "rate_limited"; retryAfterSeconds: number };

/** The query of a pasted link («https://…/check?t=…», «…/consumer?i=…») or of bare QR content («t=…&s=…»). */
export function checkQueryOf(input: string): URLSearchParams {
  const s = input.trim();
  const q = s.includes("?") ? s.slice(s.indexOf("?") + 1) : s;
  return new URLSearchParams(q.split("#")[0]);
}

function sameLink(a: ParsedCheckLink, b: ParsedCheckLink): boolean {
  if (a.country !== b.country || a.total !== b.total || a.localTime !== b.localTime) return false;
  if (!signsEqual(a.fiscalSign, b.fiscalSign)) return false;
  if (a.country === "RU" && b.country === "RU")
    return (
      a.fiscalDriveNumber === b.fiscalDriveNumber && a.number === b.number && a.operation === b.operation
    );
  if (a.country === "KZ" && b.country === "KZ") return a.registrationNumber === b.registrationNumber;
  return false;
}

interface Candidate {
  organizationId: string;
  cashboxId: string;
}

async function lookupCashboxes(key: string): Promise<Candidate[]> {
  const rows = await db.cashboxLookup.findMany({
    where: { key },
    select: { tenantId: true, cashboxId: true },
    take: 5,
  });
  return rows.map((r) => ({ organizationId: r.tenantId, cashboxId: r.cashboxId }));
}

async function findDocuments(link: ParsedCheckLink) {
  const select = { response: true } as const;
  if (link.country === "RU") {
    if (!/^\d{1,20}$/.test(link.fiscalDriveNumber) || link.number < 1 || link.number > 2_147_483_647)
      return [];
    // the lookup table names the tenants (one shard on Citus); each is then checked in its own tenant
    const drives: Candidate[] = [];
    for (const c of await lookupCashboxes(fiscalDriveKey(link.fiscalDriveNumber))) {
      const drive = await db.fiscalDrive.findFirst({
        where: { organizationId: c.organizationId, cashboxId: c.cashboxId, number: link.fiscalDriveNumber },
        select: { organizationId: true, cashboxId: true },
      });
      if (drive) drives.push(drive);
    }
    const out = [];
    for (const c of drives) {
      const d = await db.fiscalDocument.findFirst({
        where: {
          organizationId: c.organizationId,
          cashboxId: c.cashboxId,
          number: link.number,
          type: { in: [...RECEIPT_TYPES] },
        },
        select,
      });
      if (d) out.push(d);
    }
    return out;
  }
  if (!/^\d{1,20}$/.test(link.registrationNumber)) return [];
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})$/.exec(link.localTime);
  if (!m) return [];
  const cashboxes = [];
  for (const c of await lookupCashboxes(registrationNumberKey(link.registrationNumber))) {
    const cb = await db.cashbox.findFirst({
      where: {
        organizationId: c.organizationId,
        id: c.cashboxId,
        registrationNumber: link.registrationNumber,
      },
      select: { organizationId: true, id: true, organization: { select: { timezone: true } } },
    });
    if (cb) cashboxes.push(cb);
  }
  const out = [];
  for (const c of cashboxes) {
    const start = zonedInstant(
      { year: +m[1], month: +m[2], day: +m[3] },
      +m[4],
      +m[5],
      c.organization.timezone,
    );
    const from = new Date(start.getTime() + Number(m[6]) * 1000);
    const docs = await db.fiscalDocument.findMany({
      where: {
        organizationId: c.organizationId,
        createdAt: { gte: from, lt: new Date(from.getTime() + 1000) },
        cashboxId: c.id,
        fiscalSign: link.fiscalSign,
        type: { in: [...RECEIPT_TYPES] },
      },
      select,
      take: 5,
    });
    out.push(...docs);
  }
  return out;
}

export async function unsafeCheckReceipt(
  input: URLSearchParams,
  ip: string | null,
  now = new Date(),
): Promise<CheckResult> {
  const link = parseCheckQuery(input);
  if (!link) return { status: "invalid" };
  const hits = await hitRateLimit(`receipt-check:${ip ?? "unknown"}`, CHECK_LIMIT.windowSeconds, now);
  if (hits.count > CHECK_LIMIT.max)
    return { status: "rate_limited", retryAfterSeconds: hits.retryAfterSeconds };
  for (const d of await findDocuments(link)) {
    const doc = storedDocument(d.response);
    if (!doc.qr) continue;
    const printed = parseCheckQuery(
      new URLSearchParams(doc.qr.includes("?") ? doc.qr.split("?")[1] : doc.qr),
    );
    if (printed && sameLink(printed, link)) {
      return { status: "found", lines: doc.print.lines, qrSvg: await qrSvg(doc.qr) };
    }
  }
  return { status: "not_found" };
}
