import { getTranslations } from "next-intl/server";
import { formatUtcOffset } from "@/lib/audit/zoned-time";
import { requireTenant } from "@/lib/http/require-tenant";
import { getOrganizationProfile } from "@/lib/settings/get-organization-profile";
import { TIMEZONES } from "@/lib/settings/schemas";
import { can } from "@/lib/tenant/context";
import { ProfileForm } from "./_components/profile-form";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("tabs.profile") };
}

export default async function SettingsProfilePage() {
  const ctx = await requireTenant("org.read");
  const profile = await getOrganizationProfile(ctx);
  const t = await getTranslations("settings.tz");
  const now = new Date();
  const zones: { id: string; label: string }[] = TIMEZONES[profile.country].map((z) => ({
    id: z.id,
    label: `${t(z.key)} (${formatUtcOffset(z.id, now)})`,
  }));
  if (!zones.some((z) => z.id === profile.timezone))
    zones.unshift({ id: profile.timezone, label: profile.timezone });
  return <ProfileForm profile={profile} timezones={zones} readOnly={!can(ctx, "org.update")} />;
}
