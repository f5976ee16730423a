import Link from "next/link";
import { CheckCircle2, SearchX } from "lucide-react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/app-shell/language-switcher";
import { ReceiptSlip } from "@/components/receipts/receipt-slip";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { requestIp } from "@/lib/http/require-tenant";
import { checkQueryOf, unsafeCheckReceipt, type CheckResult } from "@/lib/receipts/check-receipt";
import { ZCheckLinkInput } from "@/lib/receipts/schemas";

export async function generateMetadata() {
  return { title: (await getTranslations("receipts"))("check.title"), robots: { index: false } };
}

type Search = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The query to check: a pasted link (?link=…) or the check link's own parameters (both shapes). */
function queryOf(sp: Search): { query: URLSearchParams; pasted: string } | null {
  const pasted = ZCheckLinkInput.safeParse(one(sp.link));
  if (pasted.success) return { query: checkQueryOf(pasted.data), pasted: pasted.data };
  if (!sp.s || !sp.t) return null;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) if (typeof v === "string") q.set(k, v.slice(0, 100));
  return { query: q, pasted: "" };
}

// GET /check?t=&s=&fn=&i=&fp=&n= (RU), /check?i=&f=&s=&t= (KZ), /check?link=<pasted link or QR text>
// – the public receipt check: no sign-in, outside the cabinet.
export default async function CheckPage({ searchParams }: { searchParams: Promise<Search> }) {
  const sp = await searchParams;
  const t = await getTranslations("receipts.check");
  const input = queryOf(sp);
  const result: CheckResult | null = input ? await unsafeCheckReceipt(input.query, await requestIp()) : null;
  return (
    <div className="min-h-screen px-4 py-8">
      <div className="mx-auto max-w-xl">
        <header className="mb-6 flex items-center justify-between gap-3">
          <Link href="/check" className="flex items-center gap-2 text-lg font-semibold text-brand-700">
            <span
              aria-hidden
              className="grid h-8 w-8 place-items-center rounded-lg bg-brand-600 text-xs text-white"
            >
              ₸₽
            </span>
            {t("title")}
          </Link>
          <LanguageSwitcher />
        </header>
        <main id="content" className="space-y-6">
          <form
            action="/check"
            method="get"
            className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 shadow-sm"
          >
            <h1 className="text-xl font-semibold text-slate-900">{t("title")}</h1>
            <p className="text-sm text-slate-600">{t("intro")}</p>
            <label htmlFor="check-link" className="block text-sm font-medium text-slate-700">
              {t("link")}
            </label>
            <Input
              id="check-link"
              name="link"
              required
              maxLength={2000}
              defaultValue={input?.pasted ?? ""}
              placeholder={t("placeholder")}
              className="font-mono"
            />
            <Button type="submit">{t("submit")}</Button>
          </form>

          {result?.status === "found" ? (
            <section aria-labelledby="check-result" className="space-y-3">
              <p
                id="check-result"
                role="status"
                className="flex items-center gap-2 rounded-md bg-emerald-50 px-3 py-2 text-sm font-medium text-emerald-800"
              >
                <CheckCircle2 className="h-4 w-4" aria-hidden />
                {t("found")}
              </p>
              <ReceiptSlip lines={result.lines} qrSvg={result.qrSvg} qrLabel={t("title")} />
            </section>
          ) : result?.status === "rate_limited" ? (
            <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
              {t("rateLimited", { minutes: Math.ceil(result.retryAfterSeconds / 60) })}
            </p>
          ) : result ? (
            <div role="alert" className="rounded-xl border border-red-200 bg-red-50 p-5 text-center">
              <SearchX className="mx-auto mb-2 h-8 w-8 text-red-600" aria-hidden />
              <p className="text-lg font-semibold text-red-800">{t("notFound")}</p>
              <p className="mt-1 text-sm text-red-700">{t("notFoundText")}</p>
            </div>
          ) : null}
          <p className="text-center text-sm">
            <Link href="/login" className="text-brand-700 hover:underline">
              {t("signIn")}
            </Link>
          </p>
        </main>
      </div>
    </div>
  );
}
