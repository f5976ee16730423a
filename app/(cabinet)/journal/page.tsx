import { getTranslations } from "next-intl/server";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { findAuditEntries } from "@/lib/audit/find-audit-entries";
import { findAuditUsers } from "@/lib/audit/find-audit-users";
import { formatUtcOffset } from "@/lib/audit/zoned-time";
import { requireTenant } from "@/lib/http/require-tenant";
import { TIMEZONES } from "@/lib/settings/schemas";
import { AuditEntryItem } from "./_components/audit-entry";
import { JournalFilters } from "./_components/journal-filters";

export async function generateMetadata() {
  return { title: (await getTranslations("journal"))("title") };
}

export default async function JournalPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireTenant("audit.read");
  const sp = await searchParams;
  const [{ items, total, page, pages, filters }, users] = await Promise.all([
    findAuditEntries(ctx, sp),
    findAuditUsers(ctx),
  ]);
  const t = await getTranslations("journal");
  const tz = await getTranslations("settings.tz");
  const zone = TIMEZONES[ctx.country].find((z) => z.id === ctx.timezone);
  const zoneLabel = `${zone ? tz(zone.key) : ctx.timezone}, ${formatUtcOffset(ctx.timezone, new Date())}`;
  const filtered = !!(filters.type || filters.action || filters.user || filters.from || filters.to);
  return (
    <div className="max-w-5xl space-y-4">
      <PageHeader title={t("title")} />
      <p className="-mt-4 text-sm text-slate-600">{t("intro", { tz: zoneLabel })}</p>
      <JournalFilters filters={filters} users={users} />
      {items.length === 0 ? (
        filtered || total > 0 ? (
          <EmptyState title={t("emptyFiltered")} text={t("emptyFilteredText")} />
        ) : (
          <EmptyState title={t("emptyTitle")} text={t("emptyText")} />
        )
      ) : (
        <ol
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          data-testid="journal-entries"
        >
          {items.map((entry) => (
            <AuditEntryItem key={entry.id} entry={entry} timezone={ctx.timezone} country={ctx.country} />
          ))}
        </ol>
      )}
      <Pagination path="/journal" params={sp} page={page} pages={pages} total={total} />
    </div>
  );
}
