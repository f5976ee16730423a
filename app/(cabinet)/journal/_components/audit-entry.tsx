import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { AuditEntry } from "@/lib/audit/find-audit-entries";
import { formatMoney } from "@/lib/locale/money";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { isKnownAction, isKnownField, isKnownObjectType } from "./catalog";

type T = Awaited<ReturnType<typeof getTranslations>>;

/** One journal line: when, who, what, on which object, from where, and the details diff. */
export async function AuditEntryItem({
  entry,
  timezone,
  country,
}: {
  entry: AuditEntry;
  timezone: string;
  country: "RU" | "KZ";
}) {
  const t = await getTranslations();
  const locale = await getLocale();
  const details =
    entry.details && typeof entry.details === "object" && !Array.isArray(entry.details)
      ? (entry.details as Record<string, unknown>)
      : {};
  const fallback = (details.name ?? details.email ?? entry.objectId?.slice(0, 8) ?? null) as string | null;
  const objectLabel = entry.object.label ?? fallback;
  const value = (field: string, v: unknown) => formatValue(t, field, v, { country, locale });
  return (
    <li className="grid gap-2 p-4 md:grid-cols-[11rem_1fr] md:gap-6" data-testid="journal-entry">
      <div className="text-sm text-slate-600">
        <time dateTime={entry.createdAt.toISOString()} className="font-medium text-slate-800">
          {formatDateTime(entry.createdAt, toLocale(locale), timezone)}
        </time>
        <p className="text-xs">{t("journal.ip", { ip: entry.ip ?? "—" })}</p>
      </div>
      <div className="min-w-0 space-y-1">
        <p className="font-medium">
          {isKnownAction(entry.action) ? t(`journal.action.${entry.action}`) : entry.action}
        </p>
        <p className="text-sm text-slate-700">
          <span className="text-slate-500">
            {isKnownObjectType(entry.objectType) ? t(`journal.object.${entry.objectType}`) : entry.objectType}
          </span>
          {objectLabel ? (
            <>
              {": "}
              {entry.object.href ? (
                <Link href={entry.object.href} className="text-brand-700 hover:underline">
                  {objectLabel}
                </Link>
              ) : (
                objectLabel
              )}
            </>
          ) : null}
        </p>
        <p className="text-sm text-slate-600">
          {entry.userName ?? t("journal.unknownUser")}
          {entry.userEmail ? <span className="text-slate-500"> · {entry.userEmail}</span> : null}
        </p>
        {Object.keys(details).length > 0 ? (
          <dl
            className="mt-2 grid gap-x-3 gap-y-1 rounded-md bg-slate-50 p-2 text-sm sm:grid-cols-[auto_1fr]"
            aria-label={t("journal.col.details")}
          >
            {Object.entries(details).map(([field, v]) => (
              <div key={field} className="contents">
                <dt className="text-slate-500">
                  {isKnownField(field) ? t(`journal.field.${field}`) : field}
                </dt>
                <dd className="min-w-0 break-words">
                  {Array.isArray(v) && v.length === 2 ? (
                    <>
                      <span className="text-slate-500 line-through decoration-slate-400">
                        {value(field, v[0])}
                      </span>
                      {" → "}
                      <span className="font-medium">{value(field, v[1])}</span>
                    </>
                  ) : (
                    value(field, v)
                  )}
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
      </div>
    </li>
  );
}

function formatValue(t: T, field: string, v: unknown, o: { country: "RU" | "KZ"; locale: string }): string {
  if (field === "operationLimit") {
    if (v === null || v === undefined || v === "") return t("journal.value.noLimit");
    return /^\d+$/.test(String(v)) ? formatMoney(BigInt(String(v)), o.country, o.locale) : String(v);
  }
  if (v === null || v === undefined || v === "") return t("journal.value.empty");
  if (typeof v === "boolean") return v ? t("journal.value.yes") : t("journal.value.no");
  if (field === "role" && typeof v === "string" && t.has(`common.role.${v}`)) return t(`common.role.${v}`);
  if (field === "pin" && (v === "set" || v === "changed" || v === "cleared"))
    return t(`journal.value.pin.${v}`);
  if (typeof v === "object") return JSON.stringify(v);
  return String(v);
}
