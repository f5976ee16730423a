"use client";
// Errors of the root layout itself: this page replaces it, so it brings its own <html> and reads
// the language from the locale cookie (no next-intl provider above it). Issue 16.5.
import { ErrorView, errorPageTexts } from "@/components/error-page/error-view";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/locales";
import "./globals.css";

function cookieLocale() {
  if (typeof document === "undefined") return toLocale(undefined);
  const m = new RegExp(`(?:^|; )${LOCALE_COOKIE}=([^;]*)`).exec(document.cookie);
  return toLocale(m ? decodeURIComponent(m[1]) : undefined);
}

export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const locale = cookieLocale();
  return (
    <html lang={locale}>
      <body className="bg-slate-50">
        <ErrorView texts={errorPageTexts(locale)} digest={error.digest} reset={reset} />
      </body>
    </html>
  );
}
