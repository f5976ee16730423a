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
  return (
    <FilterBar action="/journal" card label={t("filters.legend")} className="mb-0">
      {/* an unknown type or action from the URL is shown as it is (FilterSelect keeps it) */}
      <FilterSelect
        id="f-type"
        label={t("filters.type")}
        any={t("filters.all")}
        options={KNOWN_OBJECT_TYPES.map((type) => ({
          value: type,
          label: t(`object.${type}` as "object.organization"),
        }))}
        unknownLabel={filters.type}
        name="type"
        defaultValue={filters.type ?? ""}
      />
      <FilterSelect
        id="f-action"
        label={t("filters.action")}
        any={t("filters.all")}
        options={KNOWN_ACTIONS.map((a) => ({
          value: a,
          label: t(`action.${a}` as "action.organization.update"),
        }))}
        unknownLabel={filters.action}
        name="action"
        defaultValue={filters.action ?? ""}
      />
      <FilterSelect
        id="f-user"
        label={t("filters.user")}
        any={t("filters.all")}
        options={users.map((u) => ({ value: u.id, label: `${u.name} (${u.email})` }))}
        name="user"
        defaultValue={filters.user ?? ""}
      />
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
