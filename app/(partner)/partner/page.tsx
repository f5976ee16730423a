import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { DataTable } from "@/components/data-table/data-table";
import { EmptyState } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { cn } from "@/lib/cn";
import { formatCode } from "@/lib/codes/format";
import { CODE_STATUSES, ZCodeListQuery } from "@/lib/codes/schemas";
import { requireTenant } from "@/lib/http/require-tenant";
import { toLocale } from "@/lib/i18n/locales";
import { formatDate } from "@/lib/locale/dates";
import { productName } from "@/lib/market/product-name";
import { findPartnerClientOptions } from "@/lib/partners/find-partner-clients";
import { findPartnerCodes } from "@/lib/partners/find-partner-codes";
import { HandCodeButton } from "./_components/hand-code-button";

const tone: Record<(typeof CODE_STATUSES)[number], BadgeTone> = {
  AVAILABLE: "green",
  HANDED_TO_CLIENT: "blue",
  REDEEMED: "gray",
  REVOKED: "red",
};

/** «Партнёрам → Коды»: the inventory by batch and product, and the codes with their statuses. */
export default async function PartnerCodesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const ctx = await requireTenant("partner.cabinet");
  const q = ZCodeListQuery.parse(await searchParams);
  const [inv, clients, t, tc, locale] = await Promise.all([
    findPartnerCodes(ctx, q),
    findPartnerClientOptions(ctx),
    getTranslations("partner"),
    getTranslations("codes"),
    getLocale().then(toLocale),
  ]);
  const day = (d: Date) => formatDate(d, locale, ctx.timezone);
  const href = (patch: Record<string, string | undefined>) => {
    const p = new URLSearchParams();
    const merged = { status: q.status, batchId: q.batchId, ...patch };
    for (const [k, v] of Object.entries(merged)) if (v) p.set(k, v);
    const s = p.toString();
    return s ? `/partner?${s}` : "/partner";
  };
  const chip = (active: boolean) =>
    cn(
      "rounded-full border px-3 py-1 text-sm",
      active
        ? "border-brand-600 bg-brand-50 text-brand-700"
        : "border-slate-300 bg-white text-slate-700 hover:bg-slate-50",
    );
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      <section aria-labelledby="totals">
        <h2 id="totals" className="text-sm font-medium text-slate-700">
          {t("codes.totals")}
        </h2>
        <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-4">
          {CODE_STATUSES.map((s) => (
            <li key={s} className="rounded-lg border border-slate-200 bg-white p-3">
              <p className="text-xs text-slate-500">{tc(`status.${s}`)}</p>
              <p className="text-2xl font-semibold tabular-nums" data-testid={`total-${s}`}>
                {inv.totals[s] ?? 0}
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="batches">
        <h2 id="batches" className="text-lg font-semibold">
          {t("codes.batches")}
        </h2>
        {inv.batches.length === 0 ? (
          <p className="mt-2 text-sm text-slate-500">{t("codes.batchesEmpty")}</p>
        ) : (
          <div className="mt-2">
            <DataTable
              label={t("codes.batches")}
              columns={[
                { id: "batch", header: t("codes.filterBatch"), card: "title" },
                { id: "product", header: tc("col.product"), wrap: true },
                ...CODE_STATUSES.map((s) => ({ id: s, header: tc(`status.${s}`), align: "right" as const })),
              ]}
              rows={inv.batches.map((b) => ({
                id: b.id,
                tone: q.batchId === b.id ? ("selected" as const) : undefined,
                cells: {
                  batch: (
                    <span>
                      <Link
                        href={href({ batchId: b.id, page: undefined })}
                        className="text-brand-700 underline"
                      >
                        {t("codes.batch", { date: day(b.createdAt) })}
                      </Link>
                      {b.note ? (
                        <span className="block text-xs font-normal text-slate-500">{b.note}</span>
                      ) : null}
                    </span>
                  ),
                  product: productName(b.product, locale),
                  ...Object.fromEntries(CODE_STATUSES.map((s) => [s, b.byStatus[s] ?? 0])),
                },
              }))}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="codes" className="space-y-3">
        <h2 id="codes" className="text-lg font-semibold">
          {t("codes.list")}
        </h2>
        <nav aria-label={t("codes.filterStatus")} className="flex flex-wrap gap-2">
          <Link
            href={href({ status: undefined })}
            className={chip(!q.status)}
            aria-current={!q.status ? "page" : undefined}
          >
            {tc("filter.all")}
          </Link>
          {CODE_STATUSES.map((s) => (
            <Link
              key={s}
              href={href({ status: s })}
              className={chip(q.status === s)}
              aria-current={q.status === s ? "page" : undefined}
            >
              {tc(`status.${s}`)}
            </Link>
          ))}
          {q.batchId ? (
            <Link href={href({ batchId: undefined })} className={chip(false)}>
              {t("codes.allBatches")} ✕
            </Link>
          ) : null}
        </nav>
        {inv.rows.length === 0 ? (
          <EmptyState title={q.status || q.batchId ? t("codes.emptyFiltered") : t("codes.empty")} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {inv.rows.map((r) => (
              <li
                key={r.id}
                className="grid gap-2 p-3 sm:grid-cols-[16rem_minmax(0,1fr)_auto] sm:items-center"
                data-code={r.code}
              >
                <code className="font-mono text-sm tracking-wider">{formatCode(r.code)}</code>
                <div className="min-w-0 text-sm">
                  <p>{productName(r.product, locale)}</p>
                  {r.clientName ? (
                    <p className="text-slate-600">
                      {r.clientName} · {day((r.redeemedAt ?? r.handedAt)!)}
                    </p>
                  ) : null}
                </div>
                <div className="flex flex-wrap items-center gap-2 sm:justify-end">
                  <Badge tone={tone[r.status]}>{tc(`status.${r.status}`)}</Badge>
                  {r.status === "AVAILABLE" ? (
                    <HandCodeButton
                      codeId={r.id}
                      code={formatCode(r.code)}
                      product={productName(r.product, locale)}
                      clients={clients}
                    />
                  ) : null}
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pagination
          path="/partner"
          params={{ status: q.status, batchId: q.batchId }}
          page={q.page}
          pages={inv.pages}
          total={inv.total}
        />
      </section>
    </div>
  );
}
