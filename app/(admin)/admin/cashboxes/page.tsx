import { getLocale, getTranslations } from "next-intl/server";
import { OperationalStateBadge } from "@/components/cashboxes/status-badges";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { adminFindCashboxes } from "@/lib/cashboxes/admin-find-cashboxes";
import { operationalBadge } from "@/lib/cashboxes/status";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { AdminCashboxActions } from "./_components/admin-cashbox-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("cashbox"))("admin.title") };
}

// /admin/cashboxes?q=<serial or registration number>: find any cashbox and block/clear it.
export default async function AdminCashboxesPage({
  searchParams,
}: {
  searchParams: Promise<{ q?: string }>;
}) {
  const ctx = await requireTenant("platform.admin");
  const q = ((await searchParams).q ?? "").slice(0, 40);
  const rows = q.trim() ? await adminFindCashboxes(ctx, q) : null;
  const t = await getTranslations("cashbox");
  const tb = await getTranslations("cashboxes");
  const locale = toLocale(await getLocale());
  return (
    <div className="max-w-4xl space-y-4">
      <PageHeader title={t("admin.title")} />
      <form method="get" role="search" className="flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1 space-y-1">
          <label htmlFor="admin-q" className="block text-sm font-medium text-slate-700">
            {t("admin.searchLabel")}
          </label>
          <Input
            id="admin-q"
            name="q"
            defaultValue={q}
            maxLength={40}
            autoComplete="off"
            className="font-mono"
          />
        </div>
        <Button type="submit">{t("admin.search")}</Button>
      </form>
      <p className="text-sm text-slate-500">{t("admin.hint")}</p>
      {rows === null ? null : rows.length === 0 ? (
        <EmptyState title={t("admin.notFound", { q: q.trim() })} />
      ) : (
        <>
          <p role="status" className="text-sm text-slate-700">
            {t("admin.found", { count: rows.length })}
          </p>
          <ul className="space-y-4">
            {rows.map((r) => {
              const op = operationalBadge(r.operationalState, r.operationalReason);
              return (
                <li key={r.id} data-testid="admin-cashbox">
                  <Card>
                    <div className="flex flex-wrap items-start justify-between gap-2">
                      <div className="min-w-0">
                        <h2 className="font-semibold text-slate-900">{r.name}</h2>
                        <p className="text-sm text-slate-600">
                          {r.organization.name} · {r.organization.taxId} · {r.organization.country}
                        </p>
                      </div>
                      <span className="flex flex-wrap gap-1">
                        <Badge tone="gray">{t(`regStatus.${r.registrationStatus}`)}</Badge>
                        {op ? (
                          <OperationalStateBadge badge={op} />
                        ) : (
                          <Badge tone="green">{t("req.stateActive")}</Badge>
                        )}
                      </span>
                    </div>
                    <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-2">
                      <div>
                        <dt className="inline text-slate-500">{t("req.model")}: </dt>
                        <dd className="inline">{r.model}</dd>
                      </div>
                      <div>
                        <dt className="inline text-slate-500">{t("req.serialNumber")}: </dt>
                        <dd className="inline font-mono">{r.serialNumber}</dd>
                      </div>
                      <div>
                        <dt className="inline text-slate-500">{t("admin.registrationNumber")}: </dt>
                        <dd className="inline font-mono">{r.registrationNumber ?? "—"}</dd>
                      </div>
                      <div>
                        <dt className="inline text-slate-500">{t("req.tradePoint")}: </dt>
                        <dd className="inline">
                          {r.tradePoint.name}, {r.tradePoint.address}
                        </dd>
                      </div>
                      <div>
                        <dt className="inline text-slate-500">{t("req.lastSeen")}: </dt>
                        <dd className="inline">
                          {r.lastSeenAt
                            ? formatDateTime(r.lastSeenAt, locale, r.organization.timezone)
                            : t("req.never")}
                        </dd>
                      </div>
                    </dl>
                    {op?.reason ? (
                      <p className="mt-2 text-sm text-slate-700">
                        {tb(op.messageKey)}. {t("admin.reason", { reason: op.reason })}
                      </p>
                    ) : null}
                    <div className="mt-4 border-t border-slate-100 pt-4">
                      <AdminCashboxActions cashboxId={r.id} state={r.operationalState} />
                    </div>
                  </Card>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
