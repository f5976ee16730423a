"use client";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { FilterBar, FilterInput, FilterSelect } from "@/components/filter-bar";
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
  // every control here works through React only: the bar disables them until hydrated
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
    <FilterBar search onSubmit={() => submit(q)}>
      <FilterInput
        id="nomenclature-q"
        label={t("searchLabel")}
        hideLabel
        size="grow"
        live
        icon
        type="search"
        value={q}
        placeholder={t("searchPlaceholder")}
        autoComplete="off"
        clear={{
          label: t("clearSearch"),
          onClick: () => {
            setQ("");
            submit("");
          },
        }}
        onChange={(e) => {
          const v = e.target.value;
          setQ(v);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => submit(v), 400);
        }}
      />
      <FilterSelect
        id="nomenclature-status"
        label={t("statusLabel")}
        size="half"
        fieldClassName="sm:w-36"
        options={ITEM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={params.status}
        onChange={(v) => navigate({ status: v as ItemListParams["status"] })}
      />
      {sections.length > 0 ? (
        <FilterSelect
          id="nomenclature-section"
          label={t("sectionLabel")}
          size="half"
          fieldClassName="sm:w-52"
          any={t("allSections")}
          options={sections.map((s) => ({ value: s, label: s }))}
          value={params.section ?? ""}
          onChange={(v) => navigate({ section: v || undefined })}
        />
      ) : null}
    </FilterBar>
  );
}
