import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowLeft } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { Input } from "@/components/ui/input";
import { DataTable } from "@/components/data-table/data-table";
import { adminBatchCodes, adminFindBatches, adminFindOrganizations } from "@/lib/codes/admin-codes";
import { formatCode } from "@/lib/codes/format";
import { orNotFound } from "@/lib/http/or-not-found";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDateTime } from "@/lib/locale/dates";
import { adminListProducts } from "@/lib/market/admin-products";
import { MintForm } from "./mint-form";
import { RevokeForm } from "./revoke-form";

export async function generateMetadata() {
  return { title: (await getTranslations("codes"))("admin.title") };
}

/** /admin/codes: mint batches for a partner or a client, see batches and their codes, revoke codes. */
export default async function AdminCodesPage({
  searchParams,
}: {
  searchParams: Promise<{ owner?: string; batch?: string; page?: string; revoke?: string }>;
}) {
  const ctx = await requireTenant("platform.admin");
  const sp = await searchParams;
  const [t, common, locale] = await Promise.all([
    getTranslations("codes"),
    getTranslations("common"),
    getLocale().then(toLocale),
  ]);
  const day = (d: Date) => formatDateTime(d, locale, ctx.timezone);

  if (sp.batch) {
    const batch = await orNotFound(adminBatchCodes(ctx, sp.batch));
    return (
      <div className="max-w-4xl space-y-4">
        <Link
          href="/admin/codes"
          className="inline-flex items-center gap-1 text-sm text-brand-700 hover:underline"
        >
          <ArrowLeft className="h-4 w-4" aria-hidden />
          {t("admin.back")}
        </Link>
        <PageHeader
          title={t("admin.batchTitle", {
            date: day(batch.createdAt),
            product: batch.product.nameRu,
            owner: batch.organization.name,
          })}
        />
        <RevokeForm key={sp.revoke ?? ""} defaultCode={sp.revoke ?? ""} />
        <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
          {batch.codes.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-3 px-3 py-2 text-sm">
              <code className="w-48 font-mono tracking-wider">{formatCode(c.code)}</code>
              <Badge
                tone={
                  c.status === "AVAILABLE"
                    ? "green"
                    : c.status === "REVOKED"
                      ? "red"
                      : c.status === "REDEEMED"
                        ? "gray"
                        : "blue"
                }
              >
                {t(`status.${c.status}`)}
              </Badge>
              {c.status === "AVAILABLE" || c.status === "HANDED_TO_CLIENT" ? (
                <Link
                  href={`/admin/codes?batch=${batch.id}&revoke=${c.code}`}
                  className="ml-auto text-red-700 underline"
                  aria-label={`${t("admin.revoke")} ${formatCode(c.code)}`}
                >
                  {t("admin.revoke")}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      </div>
    );
  }

  const page = Math.max(1, Math.min(100_000, Number(sp.page) || 1));
  const ownerQuery = (sp.owner ?? "").slice(0, 100);
  const [products, owners, batches] = await Promise.all([
    adminListProducts(ctx),
    adminFindOrganizations(ctx, ownerQuery),
    adminFindBatches(ctx, page),
  ]);
  return (
    <div className="max-w-5xl space-y-6">
      <PageHeader title={t("admin.title")} />
      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("admin.mintTitle")}</h2>
        <form method="get" role="search" className="mb-4 flex flex-col gap-2 sm:flex-row sm:items-end">
          <div className="flex-1 space-y-1">
            <label htmlFor="owner-q" className="block text-sm font-medium text-slate-700">
              {t("admin.ownerSearch")}
            </label>
            <Input id="owner-q" name="owner" defaultValue={ownerQuery} autoComplete="off" />
          </div>
          <Button type="submit" variant="secondary">
            {common("search")}
          </Button>
        </form>
        <MintForm
          products={products
            .filter((p) => p.active && p.kind !== "FISCAL_DRIVE")
            .map((p) => ({ id: p.id, label: `${p.code} — ${p.nameRu}` }))}
          owners={owners.map((o) => ({
            id: o.id,
            label: `${o.name} · ${o.taxId} · ${t(`admin.ownerKind.${o.kind as "PARTNER" | "CLIENT"}`)}`,
          }))}
        />
      </Card>

      <Card>
        <h2 className="mb-4 text-lg font-semibold">{t("admin.revokeTitle")}</h2>
        <RevokeForm defaultCode="" />
      </Card>

      <section aria-labelledby="batches" className="space-y-2">
        <h2 id="batches" className="text-lg font-semibold">
          {t("admin.batches")}
        </h2>
        <DataTable
          label={t("admin.batches")}
          empty={<EmptyState title={t("admin.batchesEmpty")} />}
          columns={[
            { id: "created", header: t("admin.col.created"), card: "title" },
            { id: "owner", header: t("admin.col.owner"), wrap: true },
            { id: "product", header: t("admin.col.product") },
            { id: "quantity", header: t("admin.col.quantity"), align: "right" },
            { id: "statuses", header: t("admin.col.statuses"), align: "right" },
            { id: "note", header: t("admin.col.note"), wrap: true },
          ]}
          rows={batches.rows.map((b) => ({
            id: b.id,
            cells: {
              created: (
                <Link href={`/admin/codes?batch=${b.id}`} className="text-brand-700 underline">
                  {day(b.createdAt)}
                </Link>
              ),
              owner: b.organization.name,
              product: b.product.code,
              quantity: b.quantity,
              statuses: `${b.byStatus.AVAILABLE ?? 0} / ${b.byStatus.HANDED_TO_CLIENT ?? 0} / ${b.byStatus.REDEEMED ?? 0} / ${b.byStatus.REVOKED ?? 0}`,
              note: (
                <span className="text-slate-600">
                  {b.orderId ? t("admin.fromOrder") : ""} {b.note}
                </span>
              ),
            },
          }))}
          pagination={{ path: "/admin/codes", params: {}, page, pages: batches.pages, total: batches.total }}
        />
      </section>
    </div>
  );
}
