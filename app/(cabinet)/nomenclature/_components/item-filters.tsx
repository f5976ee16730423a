"use client";
import { useRef, useState } from "react";
import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Input, Select } from "@/components/ui/input";
import { useHydrated } from "@/components/ui/use-hydrated";
import { ITEM_STATUSES } from "@/lib/nomenclature/schemas";
import type { ItemListParams } from "@/lib/nomenclature/list-params";

/** Search (debounced, in the URL), status and section. */
export function ItemFilters({
  params,
  sections,
  navigate,
}: {
  params: ItemListParams;
  sections: string[];
  navigate: (changes: Partial<ItemListParams>, opts?: { replace?: boolean }) => void;
}) {
  const t = useTranslations("nomenclature");
  // every control here works through React only: not usable until hydrated
  const hydrated = useHydrated();
  const urlQ = params.q ?? "";
  const [q, setQ] = useState(urlQ);
  // Follow the URL when it changes from outside (back button, a link), but not when it is just
  // catching up with what was typed here (that would undo the keystrokes typed since).
  const [seen, setSeen] = useState({ urlQ, submitted: urlQ });
  if (urlQ !== seen.urlQ) {
    setSeen({ urlQ, submitted: seen.submitted });
    if (urlQ !== seen.submitted) setQ(urlQ);
  }
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const submit = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    const next = value.trim();
    if (next === urlQ) return;
    setSeen((s) => ({ ...s, submitted: next }));
    navigate({ q: next || undefined }, { replace: true });
  };
  return (
    <div className="mb-4 flex flex-wrap items-end gap-3">
      <form
        role="search"
        className="relative min-w-0 flex-1 basis-64"
        onSubmit={(e) => {
          e.preventDefault();
          submit(q);
        }}
      >
        <label htmlFor="nomenclature-q" className="sr-only">
          {t("searchLabel")}
        </label>
        <Search
          className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-slate-500"
          aria-hidden
        />
        <Input
          id="nomenclature-q"
          type="search"
          disabled={!hydrated}
          value={q}
          placeholder={t("searchPlaceholder")}
          className="pl-9 pr-9"
          autoComplete="off"
          onChange={(e) => {
            const v = e.target.value;
            setQ(v);
            if (timer.current) clearTimeout(timer.current);
            timer.current = setTimeout(() => submit(v), 400);
          }}
        />
        {q ? (
          <button
            type="button"
            className="absolute right-2 top-1/2 -translate-y-1/2 rounded p-1 text-slate-500 hover:text-slate-700"
            aria-label={t("clearSearch")}
            onClick={() => {
              setQ("");
              submit("");
            }}
          >
            <X className="h-4 w-4" aria-hidden />
          </button>
        ) : null}
      </form>
      <div className="w-36 shrink-0">
        <label htmlFor="nomenclature-status" className="mb-1 block text-xs font-medium text-slate-600">
          {t("statusLabel")}
        </label>
        <Select
          id="nomenclature-status"
          disabled={!hydrated}
          value={params.status}
          onChange={(e) => navigate({ status: e.target.value as ItemListParams["status"] })}
        >
          {ITEM_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </Select>
      </div>
      {sections.length > 0 ? (
        <div className="min-w-0 flex-1 sm:w-52 sm:flex-none">
          <label htmlFor="nomenclature-section" className="mb-1 block text-xs font-medium text-slate-600">
            {t("sectionLabel")}
          </label>
          <Select
            id="nomenclature-section"
            disabled={!hydrated}
            value={params.section ?? ""}
            onChange={(e) => navigate({ section: e.target.value || undefined })}
          >
            <option value="">{t("allSections")}</option>
            {sections.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </Select>
        </div>
      ) : null}
    </div>
  );
}
