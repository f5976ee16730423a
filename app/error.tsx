"use client";
// Errors below the root layout (a cabinet layout that cannot reach the database, say): the cabinet's
// own page in the reader's language instead of Next's built-in English one (issue 16.5).
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
