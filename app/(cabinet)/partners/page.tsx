import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input, Select } from "@/components/ui/input";
import { requireTenant } from "@/lib/http/require-tenant";
import { DIRECTORY_LIMIT, findDirectory } from "@/lib/partners/directory";
import { ZDirectoryQuery } from "@/lib/partners/schemas";
import { can } from "@/lib/tenant/context";
import { LinkPartnerButton } from "./link-button";

export async function generateMetadata() {
  return { title: (await getTranslations("partner.directory"))("title") };
}

/** «Каталог партнёров»: partners that list themselves, by country, name or city; link one from its card. */
export default async function PartnersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireTenant("org.read");
  const query = ZDirectoryQuery.parse(await searchParams);
  const [{ country, cards, linkedId }, t] = await Promise.all([
    findDirectory(ctx, query),
    getTranslations("partner.directory"),
  ]);
  const mayLink = can(ctx, "partner.link");
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title={t("title")} />
      <p className="text-sm text-slate-600">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3" role="search">
        <label className="space-y-1 text-sm">
          <span className="block font-medium text-slate-700">{t("country")}</span>
          <Select name="country" defaultValue={country}>
            <option value="RU">{t("countryName.RU")}</option>
            <option value="KZ">{t("countryName.KZ")}</option>
          </Select>
        </label>
        <label className="min-w-0 flex-1 space-y-1 text-sm">
          <span className="block font-medium text-slate-700">{t("search")}</span>
          <Input name="q" type="search" defaultValue={query.q ?? ""} maxLength={100} />
        </label>
        <Button type="submit" variant="secondary">
          {t("find")}
        </Button>
      </form>
      {cards.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2" aria-label={t("title")}>
          {cards.map((p) => (
            <li key={p.id}>
              <Card className="flex h-full flex-col gap-2 text-sm" data-testid="partner-card">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <div>
                    <p className="font-semibold text-slate-900">{p.name}</p>
                    <p className="text-slate-600">{p.city}</p>
                  </div>
                  {p.id === linkedId ? <Badge tone="green">{t("yours")}</Badge> : null}
                </div>
                {p.about ? <p className="text-slate-700">{p.about}</p> : null}
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-slate-700">
                  {p.phone ? (
                    <>
                      <dt className="text-slate-500">{t("phone")}</dt>
                      <dd>
                        <a
                          className="text-brand-700 underline"
                          href={`tel:${p.phone.replace(/[^\d+]/g, "")}`}
                        >
                          {p.phone}
                        </a>
                      </dd>
                    </>
                  ) : null}
                  {p.email ? (
                    <>
                      <dt className="text-slate-500">{t("email")}</dt>
                      <dd className="break-all">
                        <a className="text-brand-700 underline" href={`mailto:${p.email}`}>
                          {p.email}
                        </a>
                      </dd>
                    </>
                  ) : null}
                  {p.website ? (
                    <>
                      <dt className="text-slate-500">{t("website")}</dt>
                      <dd className="break-all">
                        <a
                          className="text-brand-700 underline"
                          href={p.website}
                          rel="noopener noreferrer nofollow"
                          target="_blank"
                        >
                          {p.website.replace(/^https?:\/\//i, "")}
                        </a>
                      </dd>
                    </>
                  ) : null}
                </dl>
                {mayLink && p.id !== linkedId && p.id !== ctx.organizationId ? (
                  <div className="mt-auto pt-2">
                    <LinkPartnerButton taxId={p.taxId} name={p.name} />
                  </div>
                ) : null}
              </Card>
            </li>
          ))}
        </ul>
      )}
      {cards.length === DIRECTORY_LIMIT ? (
        <p className="text-sm text-slate-500">{t("more", { count: DIRECTORY_LIMIT })}</p>
      ) : null}
    </div>
  );
}
