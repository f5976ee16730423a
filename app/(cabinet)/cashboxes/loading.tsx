import { getTranslations } from "next-intl/server";

// Shown while the «Кассы» page loads on first navigation (filter changes keep the old page
// visible with an «Обновление списка…» note instead).
export default async function CashboxesLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{t("loading")}</span>
      <div className="mb-6 h-8 w-40 animate-pulse rounded bg-slate-200" />
      <div className="mb-4 flex flex-wrap gap-3">
        <div className="h-10 w-full animate-pulse rounded bg-slate-200 lg:w-96" />
        <div className="h-10 w-52 animate-pulse rounded bg-slate-200" />
        <div className="h-10 w-52 animate-pulse rounded bg-slate-200" />
      </div>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <div className="h-9 border-b border-slate-200 bg-slate-50" />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-4 border-b border-slate-100 px-3 py-3 last:border-0">
            <div className="h-4 w-1/5 animate-pulse rounded bg-slate-200" />
            <div className="h-4 w-1/6 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-1/6 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-24 animate-pulse rounded-full bg-slate-200" />
          </div>
        ))}
      </div>
    </div>
  );
}
