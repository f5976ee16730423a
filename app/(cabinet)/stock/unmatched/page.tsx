import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { EmptyState, PageHeader } from "@/components/ui/card";
import { DataTable } from "@/components/data-table/data-table";
import { requireTenant } from "@/lib/http/require-tenant";
import { findUnmatchedLines, UNMATCHED_DAYS } from "@/lib/stock/find-unmatched-lines";

export async function generateMetadata() {
  return { title: (await getTranslations("stock"))("unmatched.title") };
}

// GET /stock/unmatched?page= – receipt lines that moved no stock (no nomenclature item).
export default async function UnmatchedPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const ctx = await requireTenant("stock.read");
  const page = Math.min(10_000, Math.max(1, Number((await searchParams).page) || 1));
  const [list, t, f] = await Promise.all([
    findUnmatchedLines(ctx, { page }),
    getTranslations("stock"),
    getFormatter(),
  ]);
  const pageLocale = (await getLocale()) as Locale;
  return (
    <div>
      <Link href="/stock" className="text-sm text-brand-700 hover:underline">
        ← {t("unmatched.back")}
      </Link>
      <PageHeader title={t("unmatched.title")} />
      <p className="mb-4 text-sm text-slate-600">{t("unmatched.intro", { days: UNMATCHED_DAYS })}</p>
      <DataTable
        label={t("unmatched.title")}
        empty={<EmptyState title={t("unmatched.empty")} />}
        columns={[
          { id: "name", header: t("unmatched.col.name"), card: "title", wrap: true },
          { id: "lines", header: t("unmatched.col.lines"), align: "right" },
          { id: "quantity", header: t("unmatched.col.quantity"), align: "right" },
          { id: "last", header: t("unmatched.col.last") },
        ]}
        rows={list.rows.map((r) => ({
          id: `${r.name}\u0000${r.unitCode}`,
          cells: {
            name: r.name,
            lines: r.lines,
            quantity: f.number(Number(r.quantity), { maximumFractionDigits: 3 }),
            last: formatDateTime(new Date(r.lastAt), pageLocale, ctx.timezone),
          },
        }))}
        pagination={{
          path: "/stock/unmatched",
          params: {},
          page: list.page,
          pages: list.pages,
          total: list.total,
        }}
      />
    </div>
  );
}
