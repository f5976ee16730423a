"use server";
import { revalidatePath } from "next/cache";
import { getTenant } from "@/lib/http/require-tenant";
import { markNotificationsRead } from "@/lib/notifications/mark-notifications-read";

/** The bell's «Отметить все прочитанными»: the current organization's unread notifications. */
export async function markAllNotificationsRead(): Promise<void> {
  const t = await getTenant();
  if (!t?.ctx) return;
  await markNotificationsRead(t.ctx);
  revalidatePath("/", "layout");
}
