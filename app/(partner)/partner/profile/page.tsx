import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/http/require-tenant";
import { getDirectoryCard } from "@/lib/partners/directory";
import { DirectoryCardForm } from "./card-form";

export async function generateMetadata() {
  return { title: (await getTranslations("partner.directory"))("tab") };
}

/** /partner/profile: the partner's card in «Каталог партнёров». */
export default async function PartnerProfilePage() {
  const ctx = await requireTenant("partner.cabinet");
  const [card, t] = await Promise.all([getDirectoryCard(ctx), getTranslations("partner.directory")]);
  return (
    <div className="max-w-2xl space-y-4">
      <p className="text-sm text-slate-600">{t("cardIntro")}</p>
      <DirectoryCardForm
        values={{
          listed: card.directoryListed,
          city: card.city,
          phone: card.phone,
          email: card.email,
          website: card.website,
          about: card.about,
        }}
      />
    </div>
  );
}
