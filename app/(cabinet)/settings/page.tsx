import { getTranslations } from "next-intl/server";
import { formatUtcOffset } from "@/lib/audit/zoned-time";
import { requireTenant } from "@/lib/http/require-tenant";
import { getPendingOrganizationName } from "@/lib/registration/requisites";
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
  // a new name waits for the re-registration of the registered cashboxes (docs/registration.md)
  const pending = await getPendingOrganizationName(ctx);
  const r = await getTranslations("reregistration");
  return (
    <>
      {pending ? (
        <p
          role="status"
          className="mb-4 rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900"
          data-testid="pending-organization-name"
        >
          {r("pendingName", { name: pending.value, accepted: pending.accepted, total: pending.total })}
        </p>
      ) : null}
      <ProfileForm profile={profile} timezones={zones} readOnly={!can(ctx, "org.update")} />
    </>
  );
}
