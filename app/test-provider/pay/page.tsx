import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { formatMoney } from "@/lib/locale/money";
import { TEST_PROVIDER_ID, testProviderAllowed, verifySession } from "@/lib/payments/test-provider";
import { PayForm } from "./pay-form";

export const dynamic = "force-dynamic";

export async function generateMetadata() {
  return { title: (await getTranslations("market"))("testPay.title") };
}

/**
 * The built-in test provider's hosted payment page (lib/payments/test-provider.ts). It stands for
 * an acquirer's site: no cabinet session is needed, the signed session in the link is the whole
 * state, and the result reaches the cabinet only through the signed callback.
 */
export default async function TestPayPage({ searchParams }: { searchParams: Promise<{ session?: string }> }) {
  const configured = process.env.KASSA_PAYMENT_PROVIDER ?? TEST_PROVIDER_ID;
  if (configured !== TEST_PROVIDER_ID || !testProviderAllowed()) notFound();
  const { session: token } = await searchParams;
  const session = verifySession(token);
  const [t, locale] = await Promise.all([getTranslations("market.testPay"), getLocale()]);
  return (
    <main id="content" className="min-h-screen bg-slate-100 px-4 py-8">
      <div className="mx-auto max-w-md rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
        <p className="text-xs font-semibold tracking-wide text-violet-700 uppercase">{t("title")}</p>
        <p className="mt-1 rounded bg-violet-50 px-2 py-1 text-xs text-violet-800">{t("notice")}</p>
        {session ? (
          <>
            <p className="mt-4 text-sm text-slate-600">
              {t("purpose", { description: session.description })}
            </p>
            <p className="mt-3 text-sm text-slate-600">{t("amount")}</p>
            <p className="text-3xl font-semibold" data-testid="pay-amount">
              {formatMoney(BigInt(session.amount), session.currency, locale)}
            </p>
            <PayForm token={token!} />
          </>
        ) : (
          <p role="alert" className="mt-4 text-sm text-red-700">
            {t("invalid")}
          </p>
        )}
      </div>
    </main>
  );
}
