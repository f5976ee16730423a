import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/locale/dates";
import { getPartnerLink } from "@/lib/partners/partner-link";
import { can } from "@/lib/tenant/context";
import { PartnerLinkForm } from "./partner-link-form";

export async function generateMetadata() {
  return { title: (await getTranslations("partner"))("link.title") };
}

/** «Настройки → Партнёр»: the client links or unlinks its partner (reseller). */
export default async function SettingsPartnerPage() {
  const ctx = await requireTenant("org.read");
  const [link, t, td, locale] = await Promise.all([
    getPartnerLink(ctx),
    getTranslations("partner.link"),
    getTranslations("partner.directory"),
    getLocale().then(toLocale),
  ]);
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm text-slate-600">
        {t("intro")}{" "}
        <Link href="/partners" className="text-brand-700 underline">
          {td("openDirectory")}
        </Link>
      </p>
      <Card>
        {link ? (
          <div className="space-y-1 text-sm" data-testid="partner-current">
            <p className="text-xs text-slate-500">{t("current")}</p>
            <p className="text-lg font-medium text-slate-900">{link.name}</p>
            <p className="text-slate-600">{link.taxId}</p>
            {link.phone ? <p>{t("phone", { phone: link.phone })}</p> : null}
            {link.email ? <p>{t("email", { email: link.email })}</p> : null}
            <p className="text-slate-500">
              {t("since", {
                date: formatDate(link.linkedAt, locale, ctx.timezone),
              })}
            </p>
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t("none")}</p>
        )}
      </Card>
      {can(ctx, "partner.link") ? (
        <PartnerLinkForm linkedName={link?.name ?? null} />
      ) : (
        <p className="text-sm text-slate-500">{t("readOnly")}</p>
      )}
    </div>
  );
}
