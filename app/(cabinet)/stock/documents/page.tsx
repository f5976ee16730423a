import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { requireTenant } from "@/lib/http/require-tenant";
import { findStockDocuments } from "@/lib/stock/find-stock-documents";
import { listTradePoints } from "@/lib/stock/list-trade-points";
import { STOCK_DOCUMENT_TYPES, type StockDocumentType } from "@/lib/stock/schemas";
import { can } from "@/lib/tenant/context";
import { NewStockDocumentForm } from "../_components/new-stock-document-form";

export async function generateMetadata() {
  return { title: (await getTranslations("stock"))("docs.title") };
}

// GET /stock/documents?type=&page= – the stock documents, newest first, and «Новый документ».
export default async function StockDocumentsPage({
  searchParams,
}: {
  searchParams: Promise<{ type?: string; page?: string }>;
}) {
  const ctx = await requireTenant("stock.read");
  const sp = await searchParams;
  const type = STOCK_DOCUMENT_TYPES.includes(sp.type as StockDocumentType)
    ? (sp.type as StockDocumentType)
    : undefined;
  const page = Math.min(10_000, Math.max(1, Number(sp.page) || 1));
  const [list, tradePoints, t] = await Promise.all([
    findStockDocuments(ctx, { type, page }),
    listTradePoints(ctx),
    getTranslations("stock"),
  ]);
  const pageLocale = (await getLocale()) as Locale;
  const th = "px-4 py-2";
  return (
    <div>
      <Link href="/stock" className="text-sm text-brand-700 hover:underline">
        ← {t("docs.back")}
      </Link>
      <PageHeader title={t("docs.title")} />
      {can(ctx, "stock.manage") ? <NewStockDocumentForm tradePoints={tradePoints} /> : null}
      <nav className="mb-3 flex flex-wrap gap-2 text-sm" aria-label={t("filterLabel")}>
        <Link
          href="/stock/documents"
          aria-current={!type ? "page" : undefined}
          className={!type ? "font-semibold" : "text-brand-700"}
        >
          {t("docs.allTypes")}
        </Link>
        {STOCK_DOCUMENT_TYPES.map((x) => (
          <Link
            key={x}
            href={`/stock/documents?type=${x}`}
            aria-current={type === x ? "page" : undefined}
            className={type === x ? "font-semibold" : "text-brand-700"}
          >
            {t(`docType.${x}`)}
          </Link>
        ))}
      </nav>
      {list.documents.length === 0 ? (
        <EmptyState title={t("docs.empty")} />
      ) : (
        <Card className="overflow-x-auto p-0 sm:p-0">
          <table className="w-full text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-left text-xs font-medium uppercase text-slate-600">
              <tr>
                <th scope="col" className={th}>
                  {t("docs.col.number")}
                </th>
                <th scope="col" className={th}>
                  {t("docs.col.type")}
                </th>
                <th scope="col" className={th}>
                  {t("docs.col.tradePoint")}
                </th>
                <th scope="col" className={`${th} text-right`}>
                  {t("docs.col.lines")}
                </th>
                <th scope="col" className={th}>
                  {t("docs.col.status")}
                </th>
                <th scope="col" className={th}>
                  {t("docs.col.date")}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.documents.map((d) => (
                <tr key={d.id} className="border-b border-slate-100">
                  <td className={th}>
                    <Link href={`/stock/documents/${d.id}`} className="text-brand-700 hover:underline">
                      {d.number}
                    </Link>
                  </td>
                  <td className={th}>
                    {t(`docType.${d.type}`)}
                    {d.reversesNumber ? (
                      <span className="ml-1 text-xs text-slate-500">
                        ({t("docs.reverses", { number: d.reversesNumber })})
                      </span>
                    ) : null}
                  </td>
                  <td className={th}>
                    {d.toTradePointName ? `${d.tradePointName} → ${d.toTradePointName}` : d.tradePointName}
                  </td>
                  <td className={`${th} text-right tabular-nums`}>{d.lines}</td>
                  <td className={th}>{t(`docStatus.${d.status}`)}</td>
                  <td className={th}>
                    {formatDateTime(new Date(d.postedAt ?? d.createdAt), pageLocale, ctx.timezone)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      )}
      <Pagination
        path="/stock/documents"
        params={{ type }}
        page={list.page}
        pages={list.pages}
        total={list.total}
      />
    </div>
  );
}
