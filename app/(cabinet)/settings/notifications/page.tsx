import { getTranslations } from "next-intl/server";
import { requireTenant } from "@/lib/http/require-tenant";
import { getNotificationPreferences } from "@/lib/notifications/preferences";
import { NotificationPreferencesForm } from "../_components/notification-preferences-form";

export async function generateMetadata() {
  return { title: (await getTranslations("settings"))("tabs.notifications") };
}

// «Настройки» → «Уведомления» (issue 20.2): which notifications the member gets in the bell and by mail.
export default async function NotificationSettingsPage() {
  const ctx = await requireTenant("org.read");
  const prefs = await getNotificationPreferences(ctx);
  return <NotificationPreferencesForm prefs={prefs} email={ctx.userEmail} />;
}
