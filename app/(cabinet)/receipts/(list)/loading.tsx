import { getTranslations } from "next-intl/server";

// First load of «Чеки»; later filter changes keep the old page with an «Обновление…» note.
export default async function ReceiptsLoading() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" aria-busy="true">
      <span className="sr-only">{t("loading")}</span>
      <div className="mb-6 h-8 w-32 animate-pulse rounded bg-slate-200" />
      <div className="mb-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="h-10 animate-pulse rounded bg-slate-200" />
        ))}
      </div>
      <div className="overflow-hidden rounded-lg border border-slate-200 bg-white">
        <div className="h-9 border-b border-slate-200 bg-slate-50" />
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="flex gap-4 border-b border-slate-100 px-3 py-3 last:border-0">
            <div className="h-4 w-16 animate-pulse rounded bg-slate-200" />
            <div className="h-4 w-1/5 animate-pulse rounded bg-slate-100" />
            <div className="h-4 w-1/6 animate-pulse rounded bg-slate-100" />
            <div className="ml-auto h-4 w-24 animate-pulse rounded bg-slate-200" />
          </div>
        ))}
      </div>
    </div>
  );
}
