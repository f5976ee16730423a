"use server";
import { tenantAction } from "@/lib/http/tenant-action";
import { ZOrganizationProfileInput } from "@/lib/settings/schemas";
import { updateOrganizationProfile } from "@/lib/settings/update-organization-profile";

export const updateProfileAction = tenantAction(
  ZOrganizationProfileInput,
  "org.update",
  async (ctx, input) => {
    const { changed, reregistered } = await updateOrganizationProfile(ctx, input);
    // a new name of an organization with registered cashboxes waits for their re-registration
    if (reregistered)
      return { message: "reregistration.saved.organizationName", params: { n: reregistered } };
    return changed ? undefined : { message: "settings.nothingChanged" };
  },
  // The organization's name also shows in the shell's switcher.
  { revalidate: "/" },
);
