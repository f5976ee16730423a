import { getTranslations } from "next-intl/server";

export default async function ReportsLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{t("loading")}</span>
      <div className="mb-6 h-8 w-32 animate-pulse rounded bg-slate-200" />
      <div className="mb-4 flex flex-wrap gap-2">
        {Array.from({ length: 5 }, (_, i) => (
          <div key={i} className="h-9 w-32 animate-pulse rounded bg-slate-200" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
    </div>
  );
}
