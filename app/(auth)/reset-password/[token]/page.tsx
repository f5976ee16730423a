import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { isPasswordTokenUsable } from "@/lib/auth/password-tokens";
import { ResetForm } from "./reset-form";

export async function generateMetadata() {
  return { title: (await getTranslations("auth"))("resetTitle") };
}

export default async function ResetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("auth");
  if (!(await isPasswordTokenUsable(token))) {
    return (
      <div className="space-y-4">
        <h1 className="text-xl font-semibold">{t("resetTitle")}</h1>
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {t("errors.tokenInvalid")}
        </p>
        <Link href="/forgot-password" className="text-sm text-brand-600 underline">
          {t("sendLink")}
        </Link>
      </div>
    );
  }
  return <ResetForm token={token} />;
}
