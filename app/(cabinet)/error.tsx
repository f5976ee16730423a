"use client";
// Errors inside a cabinet page: shown in the cabinet shell (menu and header stay), in the
// reader's language, with what to do and a retry (issue 16.5).
import { useLocale } from "next-intl";
import { ErrorView, errorPageTexts } from "@/components/error-page/error-view";
import { toLocale } from "@/lib/i18n/locales";

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const locale = toLocale(useLocale());
  return <ErrorView texts={errorPageTexts(locale)} digest={error.digest} reset={reset} />;
}
