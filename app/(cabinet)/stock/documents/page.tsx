import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState, PageHeader } from "@/components/ui/card";
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
      <DataTable
        label={t("docs.title")}
        empty={<EmptyState title={t("docs.empty")} />}
        columns={[
          { id: "number", header: t("docs.col.number"), card: "title" },
          { id: "type", header: t("docs.col.type") },
          { id: "tradePoint", header: t("docs.col.tradePoint") },
          { id: "lines", header: t("docs.col.lines"), align: "right" },
          { id: "status", header: t("docs.col.status") },
          { id: "date", header: t("docs.col.date") },
        ]}
        rows={list.documents.map((d) => ({
          id: d.id,
          cells: {
            number: (
              <Link href={`/stock/documents/${d.id}`} className="text-brand-700 hover:underline">
                {d.number}
              </Link>
            ),
            type: (
              <span>
                {t(`docType.${d.type}`)}
                {d.reversesNumber ? (
                  <span className="ml-1 text-xs text-slate-500">
                    ({t("docs.reverses", { number: d.reversesNumber })})
                  </span>
                ) : null}
              </span>
            ),
            tradePoint: d.toTradePointName ? `${d.tradePointName} → ${d.toTradePointName}` : d.tradePointName,
            lines: d.lines,
            status: t(`docStatus.${d.status}`),
            date: formatDateTime(new Date(d.postedAt ?? d.createdAt), pageLocale, ctx.timezone),
          },
        }))}
        pagination={{
          path: "/stock/documents",
          params: { type },
          page: list.page,
          pages: list.pages,
          total: list.total,
        }}
      />
    </div>
  );
}
