import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LOCALES, localeNames, type Locale } from "@/lib/i18n/locales";
import { HELP_TOC } from "@/lib/help/toc";
import { listArticles } from "@/lib/help/content";
import { cn } from "@/lib/cn";
import { withLang } from "./locale";

/** The help centre's page: header with search and languages, the table of contents, the content. */
export async function HelpFrame({
  locale,
  explicit,
  current,
  query = "",
  langHref,
  children,
}: {
  locale: Locale;
  explicit: boolean;
  /** "section" or "section/slug" of the open page */
  current?: string;
  query?: string;
  /** this page in another language */
  langHref: (l: Locale) => string;
  children: React.ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "help" });
  const titles = new Map(listArticles(locale).map((a) => [a.path, a.title]));
  const href = (p: string) => withLang(p, locale, explicit);
  return (
    <div lang={locale} className="help-page min-h-screen">
      <header className="border-b border-slate-200 bg-white print:hidden">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-3">
          <Link href={href("/help")} className="flex items-center gap-2 font-semibold text-brand-700">
            <span
              aria-hidden
              className="grid h-8 w-8 place-items-center rounded-md bg-brand-600 text-sm text-white"
            >
              ?
            </span>
            {t("title")}
          </Link>
          <form action="/help" method="get" role="search" className="flex min-w-0 flex-1 gap-2 sm:max-w-md">
            {explicit ? <input type="hidden" name="lang" value={locale} /> : null}
            <label htmlFor="help-q" className="sr-only">
              {t("searchLabel")}
            </label>
            <input
              id="help-q"
              name="q"
              type="search"
              defaultValue={query}
              placeholder={t("searchPlaceholder")}
              className="h-9 min-w-0 flex-1 rounded-md border border-slate-300 px-3 text-sm"
            />
            <button type="submit" className="h-9 rounded-md bg-brand-600 px-3 text-sm font-medium text-white">
              {t("searchSubmit")}
            </button>
          </form>
          <nav aria-label={t("language")} className="ml-auto flex gap-1 text-sm">
            {LOCALES.map((l) => (
              <Link
                key={l}
                href={langHref(l)}
                hrefLang={l}
                aria-current={l === locale ? "true" : undefined}
                className={cn(
                  "rounded px-2 py-1",
                  l === locale
                    ? "bg-brand-50 font-semibold text-brand-700"
                    : "text-slate-600 hover:bg-slate-100",
                )}
              >
                {localeNames[l]}
              </Link>
            ))}
          </nav>
          <Link href="/" className="text-sm text-slate-600 underline">
            {t("toCabinet")}
          </Link>
        </div>
      </header>
      <div className="mx-auto flex max-w-6xl gap-6 px-4 py-6">
        <nav aria-label={t("contents")} className="hidden w-64 shrink-0 text-sm lg:block print:hidden">
          {HELP_TOC.map((s) => (
            <div key={s.id} className="mb-4">
              <Link
                href={href(`/help/${s.id}`)}
                className={cn("font-semibold text-slate-900", current === s.id && "text-brand-700")}
              >
                {s.title[locale]}
              </Link>
              {s.groups.map((g) => (
                <div key={g.title.ru} className="mt-2">
                  <p className="text-xs uppercase tracking-wide text-slate-500">{g.title[locale]}</p>
                  <ul className="mt-1 space-y-0.5">
                    {g.articles.map((a) => {
                      const p = `${s.id}/${a}`;
                      return (
                        <li key={a}>
                          <Link
                            href={href(`/help/${p}`)}
                            aria-current={current === p ? "page" : undefined}
                            className={cn(
                              "block rounded px-2 py-0.5 text-slate-700 hover:bg-slate-100",
                              current === p && "bg-brand-50 font-medium text-brand-700",
                            )}
                          >
                            {titles.get(p) ?? a}
                          </Link>
                        </li>
                      );
                    })}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </nav>
        <main id="content" className="min-w-0 flex-1">
          {children}
        </main>
      </div>
    </div>
  );
}
