"use server";
import { tenantAction } from "@/lib/http/tenant-action";
import {
  updateNotificationPreferences,
  ZNotificationPreferencesInput,
} from "@/lib/notifications/preferences";

/** «Настройки» → «Уведомления»: the signed-in member's own choice (the bell reads it). */
export const updateNotificationPreferencesAction = tenantAction(
  ZNotificationPreferencesInput,
  "org.read",
  async (ctx, input) => {
    const { changed } = await updateNotificationPreferences(ctx, input);
    return changed ? undefined : { message: "settings.nothingChanged" };
  },
  // the bell in the shell's header follows the choice
  { revalidate: "/" },
);
