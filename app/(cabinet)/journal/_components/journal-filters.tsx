import { getTranslations } from "next-intl/server";
import {
  FilterActions,
  FilterBar,
  FilterDateRange,
  FilterReset,
  FilterSelect,
  FilterSubmit,
} from "@/components/filter-bar";
import type { TAuditFilters } from "@/lib/audit/schemas";
import { KNOWN_ACTIONS, KNOWN_OBJECT_TYPES } from "./catalog";

/** A GET form: the filters live in the URL (shareable, back button works, no JS needed). */
export async function JournalFilters({
  filters,
  users,
}: {
  filters: TAuditFilters;
  users: { id: string; name: string; email: string }[];
}) {
  const t = await getTranslations("journal");
  const userNames = new Map(users.map((u) => [u.id, `${u.name} (${u.email})`]));
  // an unknown type or action from the URL is shown as it is
  const select = (
    key: "type" | "action" | "user",
    known: readonly string[],
    label: (v: string) => string,
  ) => (
    <FilterSelect
      id={`f-${key}`}
      label={t(`filters.${key}`)}
      any={t("filters.all")}
      options={known.map((v) => ({ value: v, label: label(v) }))}
      unknownLabel={filters[key]}
      name={key}
      defaultValue={filters[key] ?? ""}
    />
  );
  return (
    <FilterBar action="/journal" card label={t("filters.legend")} className="mb-0">
      {select("type", KNOWN_OBJECT_TYPES, (type) => t(`object.${type}` as "object.organization"))}
      {select("action", KNOWN_ACTIONS, (a) => t(`action.${a}` as "action.organization.update"))}
      {select("user", [...userNames.keys()], (id) => userNames.get(id) ?? id)}
      <FilterDateRange
        idPrefix="f"
        labels={{ from: t("filters.from"), to: t("filters.to") }}
        from={filters.from ?? ""}
        to={filters.to ?? ""}
      />
      <FilterActions>
        <FilterSubmit label={t("filters.apply")} />
        <FilterReset href="/journal" label={t("filters.reset")} plain />
      </FilterActions>
    </FilterBar>
  );
}
