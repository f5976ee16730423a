import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { DataTable } from "@/components/data-table/data-table";
import { PageHeader } from "@/components/ui/card";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { getStockDocument } from "@/lib/stock/find-stock-documents";
import { can } from "@/lib/tenant/context";
import { isUuid } from "@/lib/validation/uuid";
import { cn } from "@/lib/cn";
import { LineEditor } from "../../_components/line-editor";
import { DocumentActions } from "../../_components/document-actions";

export async function generateMetadata() {
  return { title: (await getTranslations("stock"))("docs.title") };
}

// GET /stock/documents/:documentId – a stock document: the line editor while a draft, read-only once posted.
export default async function StockDocumentPage({ params }: { params: Promise<{ documentId: string }> }) {
  const ctx = await requireTenant("stock.read");
  const { documentId } = await params;
  if (!isUuid(documentId)) notFound();
  const doc = await orNotFound(getStockDocument(ctx, documentId));
  const [t, tn, f] = await Promise.all([
    getTranslations("stock"),
    getTranslations("nomenclature"),
    getFormatter(),
  ]);
  const pageLocale = (await getLocale()) as Locale;
  const qty = (q: string) => f.number(Number(q), { maximumFractionDigits: 3 });
  const money = (minor: number) =>
    f.number(minor / 100, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const manage = can(ctx, "stock.manage");
  const facts = [
    doc.toTradePointName ? `${doc.tradePointName} → ${doc.toTradePointName}` : doc.tradePointName,
    doc.supplier && `${t("docs.supplier")}: ${doc.supplier}`,
    doc.reason && `${t("docs.reason")}: ${doc.reason}`,
    doc.comment,
    doc.reversesNumber ? t("docs.reverses", { number: doc.reversesNumber }) : null,
    doc.reversedByNumber ? t("docs.reversedBy", { number: doc.reversedByNumber }) : null,
    doc.postedAt
      ? t("doc.postedAt", {
          at: formatDateTime(new Date(doc.postedAt), pageLocale, ctx.timezone),
        })
      : t("docStatus.DRAFT"),
  ].filter(Boolean);
  return (
    <div>
      <Link href="/stock/documents" className="text-sm text-brand-700 hover:underline">
        ← {t("docs.title")}
      </Link>
      <PageHeader title={t("doc.title", { type: t(`docType.${doc.type}`), number: doc.number })}>
        {manage ? (
          <DocumentActions
            id={doc.id}
            status={doc.status}
            reversible={doc.status === "POSTED" && !doc.reversesNumber && !doc.reversedByNumber}
          />
        ) : null}
      </PageHeader>
      <p className="mb-4 text-sm text-slate-600" data-testid="document-facts">
        {facts.join(" · ")}
      </p>
      {doc.status === "DRAFT" && manage ? (
        <LineEditor
          documentId={doc.id}
          type={doc.type}
          initial={doc.lineItems.map((l) => ({
            itemId: l.itemId,
            name: l.name,
            unit: l.unit,
            barcodes: l.barcodes,
            quantity: l.quantity.replace(/\.?0+$/, ""),
            costPrice: l.costPrice === null ? "" : (l.costPrice / 100).toFixed(2),
          }))}
        />
      ) : (
        <DataTable
          label={t("doc.lines")}
          testId="document-lines"
          hiddenColumns={[
            ...(doc.type === "COUNT" ? [] : ["book", "difference"]),
            ...(doc.type === "RECEIPT" ? [] : ["cost", "amount"]),
          ]}
          columns={[
            { id: "name", header: t("doc.col.name"), card: "title", wrap: true },
            {
              id: "quantity",
              header: doc.type === "COUNT" ? t("doc.col.counted") : t("doc.col.quantity"),
              align: "right",
            },
            { id: "book", header: t("doc.col.book"), align: "right" },
            { id: "difference", header: t("doc.col.difference"), align: "right" },
            { id: "cost", header: t("doc.col.cost"), align: "right" },
            { id: "amount", header: t("doc.col.amount"), align: "right" },
          ]}
          rows={doc.lineItems.map((l) => {
            const diff = l.bookQuantity === null ? null : Number(l.quantity) - Number(l.bookQuantity);
            return {
              id: String(l.lineNo),
              cells: {
                name: (
                  <Link href={`/stock/items/${l.itemId}`} className="text-brand-700 hover:underline">
                    {l.name}
                  </Link>
                ),
                quantity: `${qty(l.quantity)} ${tn(`unit.${l.unit}`)}`,
                book: l.bookQuantity === null ? "" : qty(l.bookQuantity),
                difference: (
                  <span
                    className={cn(diff !== null && diff < 0 && "text-red-700")}
                    data-testid="count-difference"
                  >
                    {diff === null
                      ? ""
                      : `${diff > 0 ? "+" : ""}${f.number(diff, { maximumFractionDigits: 3 })}`}
                  </span>
                ),
                cost: l.costPrice === null ? "" : money(l.costPrice),
                amount: l.costPrice === null ? "" : money(Math.round(l.costPrice * Number(l.quantity))),
              },
            };
          })}
        />
      )}
    </div>
  );
}
