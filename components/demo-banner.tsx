import { getTranslations } from "next-intl/server";

/** Shown on every page in demo mode (KASSA_DEMO=1): no mail leaves the machine. */
export async function DemoBanner({ show }: { show: boolean }) {
  if (!show) return null;
  const t = await getTranslations("auth");
  return (
    <p
      role="note"
      data-testid="demo-banner"
      className="w-full bg-amber-100 px-4 py-2 text-center text-sm text-amber-900"
    >
      {t("demoBanner")}
    </p>
  );
}
