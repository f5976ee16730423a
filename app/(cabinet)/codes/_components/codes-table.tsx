"use client";
import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Copy } from "lucide-react";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { formatCode } from "@/lib/codes/format";
import { productName, type ProductNames } from "@/lib/market/product-name";
import { ApplyCodeDialog } from "./apply-code-dialog";

export interface CodeRowView {
  id: string;
  code: string;
  months: number;
  status: "AVAILABLE" | "HANDED_TO_CLIENT" | "REDEEMED" | "REVOKED";
  usable: boolean;
  product: ProductNames;
  /** formatted on the server */
  createdAt: string;
  redeemedAt: string | null;
  paidUntil: string | null;
  cashboxId: string | null;
  cashboxName: string | null;
  order: { id: string; number: number } | null;
  fromPartner: string | null;
}

const tone: Record<CodeRowView["status"], BadgeTone> = {
  AVAILABLE: "green",
  HANDED_TO_CLIENT: "green",
  REDEEMED: "gray",
  REVOKED: "red",
};

export function CodesTable({
  rows,
  locale,
  canApply,
}: {
  rows: CodeRowView[];
  locale: string;
  canApply: boolean;
}) {
  const t = useTranslations("codes");
  const [applying, setApplying] = useState<CodeRowView | null>(null);
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <>
      <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
        {rows.map((r) => {
          // A code a partner handed to us is ours to use: shown as «Доступен».
          const status = r.status === "HANDED_TO_CLIENT" && r.usable ? "AVAILABLE" : r.status;
          const name = productName(r.product, locale);
          return (
            <li
              key={r.id}
              className="grid gap-2 p-4 sm:grid-cols-[minmax(0,16rem)_minmax(0,1fr)_auto] sm:items-center"
              data-code={r.code}
            >
              <div className="flex items-center gap-2">
                <code className="font-mono text-sm tracking-wider text-slate-900">{formatCode(r.code)}</code>
                <Button
                  variant="ghost"
                  size="sm"
                  aria-label={t("copy")}
                  title={copied === r.id ? t("copied") : t("copy")}
                  onClick={() => {
                    void navigator.clipboard?.writeText(formatCode(r.code)).then(() => setCopied(r.id));
                  }}
                >
                  <Copy className="h-4 w-4" aria-hidden />
                </Button>
              </div>
              <div className="min-w-0 text-sm">
                <p className="font-medium text-slate-900">{name}</p>
                <p className="text-slate-600">
                  {r.order ? (
                    <Link href={`/market/orders/${r.order.id}`} className="underline">
                      {t("source.order", { number: r.order.number })}
                    </Link>
                  ) : r.fromPartner ? (
                    t("source.partner", { name: r.fromPartner })
                  ) : (
                    t("source.operator")
                  )}{" "}
                  · {r.createdAt}
                </p>
                {r.status === "REDEEMED" ? (
                  <p className="text-slate-600">
                    {r.cashboxName && r.paidUntil
                      ? t("usedFor", { name: r.cashboxName, date: r.paidUntil })
                      : r.redeemedAt
                        ? t("usedElsewhere", { date: r.redeemedAt })
                        : null}
                  </p>
                ) : null}
              </div>
              <div className="flex flex-wrap items-center gap-2 sm:justify-end">
                <Badge tone={tone[status]}>{t(`status.${status}`)}</Badge>
                {r.usable && canApply ? (
                  <Button size="sm" onClick={() => setApplying(r)}>
                    {t("apply")}
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      {applying ? (
        <ApplyCodeDialog
          code={applying.code}
          productLabel={productName(applying.product, locale)}
          onClose={() => setApplying(null)}
        />
      ) : null}
      <p aria-live="polite" className="sr-only">
        {copied ? t("copied") : ""}
      </p>
    </>
  );
}
