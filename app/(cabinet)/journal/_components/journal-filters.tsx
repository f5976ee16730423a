import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/input";
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
  const types =
    KNOWN_OBJECT_TYPES.includes(filters.type ?? "") || !filters.type
      ? KNOWN_OBJECT_TYPES
      : [filters.type, ...KNOWN_OBJECT_TYPES];
  const actions =
    KNOWN_ACTIONS.includes(filters.action ?? "") || !filters.action
      ? KNOWN_ACTIONS
      : [filters.action, ...KNOWN_ACTIONS];
  const label = "mb-1 block text-sm font-medium text-slate-700";
  return (
    <form
      method="get"
      action="/journal"
      className="rounded-lg border border-slate-200 bg-white p-4"
      aria-label={t("filters.legend")}
    >
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor="f-type" className={label}>
            {t("filters.type")}
          </label>
          <select id="f-type" name="type" defaultValue={filters.type ?? ""} className={inputClass}>
            <option value="">{t("filters.all")}</option>
            {types.map((type) => (
              <option key={type} value={type}>
                {KNOWN_OBJECT_TYPES.includes(type) ? t(`object.${type}` as "object.organization") : type}
              </option>
            ))}
          </select>
        </div>
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor="f-action" className={label}>
            {t("filters.action")}
          </label>
          <select id="f-action" name="action" defaultValue={filters.action ?? ""} className={inputClass}>
            <option value="">{t("filters.all")}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {KNOWN_ACTIONS.includes(a) ? t(`action.${a}` as "action.organization.update") : a}
              </option>
            ))}
          </select>
        </div>
        <div className="col-span-2 sm:col-span-1">
          <label htmlFor="f-user" className={label}>
            {t("filters.user")}
          </label>
          <select id="f-user" name="user" defaultValue={filters.user ?? ""} className={inputClass}>
            <option value="">{t("filters.all")}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-from" className={label}>
            {t("filters.from")}
          </label>
          <input
            id="f-from"
            type="date"
            name="from"
            defaultValue={filters.from ?? ""}
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="f-to" className={label}>
            {t("filters.to")}
          </label>
          <input id="f-to" type="date" name="to" defaultValue={filters.to ?? ""} className={inputClass} />
        </div>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button type="submit">{t("filters.apply")}</Button>
        <Link
          href="/journal"
          className="inline-flex h-10 items-center rounded-md px-4 text-sm font-medium text-slate-700 hover:bg-slate-100"
        >
          {t("filters.reset")}
        </Link>
      </div>
    </form>
  );
}
