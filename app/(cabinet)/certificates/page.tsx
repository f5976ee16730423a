import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/locale/dates";
import { certificateExpiry, listCertificates } from "@/lib/registration/list-certificates";

export async function generateMetadata() {
  return { title: (await getTranslations("registration"))("certificates.title") };
}

// «Сертификаты» (docs/product.md §5): certificates the organization has signed applications with.
export default async function CertificatesPage() {
  const ctx = await requireTenant("registration.sign");
  const t = await getTranslations("registration");
  const tc = await getTranslations("cashbox");
  const rows = await listCertificates(ctx);
  const locale = toLocale(await getLocale());
  const fmtDate = (d: Date, timeZone: string) => formatDate(d, locale, timeZone);
  const now = new Date();
  return (
    <div className="space-y-4">
      <PageHeader title={t("certificates.title")} />
      <p className="text-sm text-slate-600">{t("certificates.intro")}</p>
      {rows.length === 0 ? (
        <EmptyState title={t("certificates.empty")} />
      ) : (
        <ul className="space-y-3" aria-label={t("certificates.title")}>
          {rows.map((c) => {
            const exp = certificateExpiry(c.notAfter, now);
            return (
              <li key={c.id}>
                <Card className="space-y-2">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <p className="min-w-0 break-words font-medium">{c.subject}</p>
                    <Badge tone={exp.state === "expired" ? "red" : exp.state === "soon" ? "yellow" : "green"}>
                      {exp.state === "expired"
                        ? t("certificates.expired")
                        : exp.state === "soon"
                          ? t("certificates.expiresSoon", { days: exp.days })
                          : t("certificates.valid")}
                    </Badge>
                  </div>
                  <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
                    <dt className="text-slate-500">{t("certificates.taxId")}</dt>
                    <dd className="font-mono">{c.taxId}</dd>
                    <dt className="text-slate-500">{t("certificates.issuer")}</dt>
                    <dd className="break-words">{c.issuer}</dd>
                    <dt className="text-slate-500">{t("certificates.validity")}</dt>
                    <dd>
                      {fmtDate(c.notBefore, ctx.timezone)} — {fmtDate(c.notAfter, ctx.timezone)}
                    </dd>
                    <dt className="text-slate-500">{t("certificates.cases")}</dt>
                    <dd>
                      {c._count.cases}
                      {c.cases.length > 0 ? (
                        <ul className="mt-1 space-y-0.5">
                          {c.cases.map((rc) => (
                            <li key={rc.id}>
                              <Link
                                href={`/cashboxes/${rc.cashbox.id}?tab=documents`}
                                className="text-brand-700 underline hover:no-underline"
                              >
                                {rc.cashbox.name}
                              </Link>{" "}
                              — {tc(`cases.kind.${rc.kind}`)}, {tc(`cases.status.${rc.status}`)}
                              {rc.submittedAt ? `, ${fmtDate(rc.submittedAt, ctx.timezone)}` : ""}
                            </li>
                          ))}
                        </ul>
                      ) : null}
                    </dd>
                  </dl>
                </Card>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
