"use server";
import { tenantAction } from "@/lib/http/tenant-action";
import { ZOrganizationProfileInput } from "@/lib/settings/schemas";
import { updateOrganizationProfile } from "@/lib/settings/update-organization-profile";

export const updateProfileAction = tenantAction(
  ZOrganizationProfileInput,
  "org.update",
  async (ctx, input) => {
    const { changed } = await updateOrganizationProfile(ctx, input);
    return changed ? undefined : { message: "settings.nothingChanged" };
  },
  // The organization's name also shows in the shell's switcher.
  { revalidate: "/" },
);
