import { db } from "@/lib/db/client";
import { assertCan, type TenantContext } from "@/lib/tenant/context";

/** «Сертификаты»: the certificates the organization has signed with, newest expiry first, with the cases each signed. */
export async function listCertificates(ctx: TenantContext) {
  assertCan(ctx, "registration.sign");
  return db.certificate.findMany({
    where: { organizationId: ctx.organizationId },
    orderBy: [{ notAfter: "desc" }, { id: "asc" }],
    take: 200,
    select: {
      id: true,
      subject: true,
      taxId: true,
      issuer: true,
      serialNumber: true,
      notBefore: true,
      notAfter: true,
      lastUsedAt: true,
      cases: {
        orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
        take: 20,
        select: {
          id: true,
          kind: true,
          status: true,
          submittedAt: true,
          cashbox: { select: { id: true, name: true } },
        },
      },
      _count: { select: { cases: true } },
    },
  });
}
export type CertificateRow = Awaited<ReturnType<typeof listCertificates>>[number];

/** Expiry warning: expired, or 30 days or less left. */
export function certificateExpiry(
  notAfter: Date,
  now: Date,
): { state: "expired" | "soon" | "valid"; days: number } {
  const days = Math.ceil((notAfter.getTime() - now.getTime()) / 86400_000);
  return { state: days <= 0 ? "expired" : days <= 30 ? "soon" : "valid", days };
}
