import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
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
  const th = "px-4 py-2";
  return (
    <div>
      <Link href="/stock" className="text-sm text-brand-700 hover:underline">
        ← {t("unmatched.back")}
      </Link>
      <PageHeader title={t("unmatched.title")} />
      <p className="mb-4 text-sm text-slate-600">{t("unmatched.intro", { days: UNMATCHED_DAYS })}</p>
      {list.rows.length === 0 ? (
        <EmptyState title={t("unmatched.empty")} />
      ) : (
        <Card className="overflow-x-auto p-0 sm:p-0">
          <table className="w-full text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium uppercase text-slate-600">
              <tr>
                <th scope="col" className={th}>
                  {t("unmatched.col.name")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("unmatched.col.lines")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("unmatched.col.quantity")}
                </th>
                <th scope="col" className={th}>
                  {t("unmatched.col.last")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((r) => (
                <tr key={`${r.name}\u0000${r.unitCode}`} className="border-b border-slate-100">
                  <td className={th}>{r.name}</td>
                  <td className={`${th} text-right tabular-nums`}>{r.lines}</td>
                  <td className={`${th} text-right tabular-nums`}>
                    {f.number(Number(r.quantity), { maximumFractionDigits: 3 })}
                  </td>
                  <td className={th}>{formatDateTime(new Date(r.lastAt), pageLocale, ctx.timezone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination
        path="/stock/unmatched"
        params={{}}
        page={list.page}
        pages={list.pages}
        total={list.total}
      />
    </div>
  );
}
