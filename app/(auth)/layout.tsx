import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";
import { DemoBanner } from "@/components/demo-banner";
import { demoMode } from "@/lib/mail/dev-outbox";

export default async function AuthLayout({ children }: { children: React.ReactNode }) {
  const t = await getTranslations("common");
  return (
    <div className="flex min-h-screen flex-col items-center justify-center px-4 py-10">
      {demoMode() ? (
        <div className="mb-6 w-full max-w-sm">
          <DemoBanner show />
        </div>
      ) : null}
      <header className="mb-6 flex items-center gap-2 text-xl font-semibold text-brand-700">
        <span aria-hidden className="grid h-9 w-9 place-items-center rounded-lg bg-brand-600 text-white">
          ₸₽
        </span>
        {t("appName")}
      </header>
      <main
        id="content"
        className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm"
      >
        {children}
      </main>
      <footer className="mt-6">
        <LanguageSwitcher />
      </footer>
    </div>
  );
}
