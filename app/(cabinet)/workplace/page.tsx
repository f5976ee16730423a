import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MonitorSmartphone } from "lucide-react";
import { Card, PageHeader } from "@/components/ui/card";
import { getTenant } from "@/lib/http/require-tenant";

export async function generateMetadata() {
  return { title: (await getTranslations("nav"))("workplaceTitle") };
}

/** The cashier's start page in the cabinet: the way to «Касса 2.0» (/pos). */
export default async function WorkplacePage() {
  const tenant = await getTenant();
  if (!tenant) redirect("/login");
  const t = await getTranslations("nav");
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={t("workplaceTitle")} />
      <Card>
        <div className="flex gap-4">
          <MonitorSmartphone className="mt-1 h-8 w-8 shrink-0 text-brand-700" aria-hidden />
          <div className="space-y-4">
            <p className="text-sm text-slate-700">{t("workplaceText")}</p>
            <Link
              href="/pos"
              className="inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-100"
            >
              {t("openPos")}
            </Link>
            <p className="text-sm text-slate-600">
              <Link href="/profile" className="font-medium text-brand-700 underline">
                {t("workplaceProfile")}
              </Link>
            </p>
          </div>
        </div>
      </Card>
    </div>
  );
}
