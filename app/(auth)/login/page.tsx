import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/http/require-tenant";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("signInTitle") };
}

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  if (await getSessionUser()) redirect("/");
  const { callbackUrl } = await searchParams;
  // Only same-site paths are followed after sign-in (checked again by the action).
  return <LoginForm next={safeCallbackPath(callbackUrl)} />;
}
