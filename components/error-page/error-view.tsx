"use client";
// The body of the cabinet's error pages (app/error.tsx, app/(cabinet)/error.tsx and, with its own
// <html>, app/global-error.tsx): what happened, what to do, a retry that re-runs the server render.
import { AlertTriangle } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { Locale } from "@/lib/i18n/locales";
import messages from "@/lib/i18n/messages/error-page";

export type ErrorPageTexts = (typeof messages)["ru"];

export function errorPageTexts(locale: Locale): ErrorPageTexts {
  return messages[locale] ?? messages.ru;
}

export function ErrorView({
  texts,
  digest,
  reset,
}: {
  texts: ErrorPageTexts;
  digest?: string;
  reset: () => void;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  // a server error is cured only by rendering on the server again: refresh, then reset the boundary
  const retry = () =>
    start(() => {
      router.refresh();
      reset();
    });
  return (
    <main
      className="mx-auto my-12 max-w-lg rounded-xl border border-slate-200 bg-white p-8 shadow-sm"
      role="alert"
    >
      <div className="flex items-center gap-3">
        <AlertTriangle aria-hidden className="size-6 shrink-0 text-amber-600" />
        <h1 className="text-xl font-semibold text-slate-900">{texts.title}</h1>
      </div>
      <p className="mt-3 text-slate-700">{texts.text}</p>
      <h2 className="mt-5 font-medium text-slate-900">{texts.whatToDo}</h2>
      <ol className="mt-2 list-decimal space-y-1 pl-5 text-slate-700">
        <li>{texts.step1}</li>
        <li>{texts.step2}</li>
      </ol>
      {digest ? (
        <p className="mt-3 font-mono text-sm text-slate-600">{texts.code.replace("{digest}", digest)}</p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <button
          type="button"
          onClick={retry}
          disabled={pending}
          className="rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {texts.retry}
        </button>
        <Link
          href="/"
          className="rounded-md border border-slate-300 px-4 py-2 font-medium text-slate-800 hover:bg-slate-50"
        >
          {texts.toHome}
        </Link>
      </div>
    </main>
  );
}
