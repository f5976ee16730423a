// GET /help/<section> and /help/<section>/<article> – public; anything else answers 404.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { tocSection } from "@/lib/help/toc";
import { getArticle } from "@/lib/help/content";
import { HelpFrame } from "../_components/help-frame";
import { PrintButton } from "../_components/print-button";
import { articleHtml, helpLocale, returnPath, withLang } from "../_components/locale";

type Props = {
  params: Promise<{ slug: string[] }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug } = await params;
  const { locale } = await helpLocale((await searchParams).lang);
  const a = slug.length === 2 ? getArticle(locale, slug.join("/")) : undefined;
  const s = slug.length === 1 ? tocSection(slug[0]) : undefined;
  return { title: a?.title ?? s?.title[locale] };
}

export default async function HelpPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const sp = await searchParams;
  const { locale, explicit } = await helpLocale(sp.lang);
  const t = await getTranslations({ locale, namespace: "help" });
  const href = (p: string) => withLang(p, locale, explicit);
  const back = returnPath(sp.from);
  const keep = (l: string) => `?lang=${l}${back ? `&from=${encodeURIComponent(back)}` : ""}`;

  if (slug.length === 1) {
    const section = tocSection(slug[0]);
    if (!section) notFound();
    return (
      <HelpFrame
        locale={locale}
        explicit={explicit}
        current={section.id}
        langHref={(l) => `/help/${section.id}${keep(l)}`}
      >
        <h1 className="text-2xl font-bold">{section.title[locale]}</h1>
        {section.groups.map((g) => (
          <section key={g.title.ru} className="mt-6">
            <h2 className="text-lg font-semibold">{g.title[locale]}</h2>
            <ul className="mt-2 space-y-2">
              {g.articles.map((a) => {
                const art = getArticle(locale, `${section.id}/${a}`);
                return (
                  <li key={a}>
                    <Link
                      href={href(`/help/${section.id}/${a}`)}
                      className="font-medium text-brand-700 underline"
                    >
                      {art?.title ?? a}
                    </Link>
                    {art?.summary ? <p className="text-sm text-slate-600">{art.summary}</p> : null}
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </HelpFrame>
    );
  }

  const article = slug.length === 2 ? getArticle(locale, slug.join("/")) : undefined;
  const section = tocSection(slug[0]);
  if (!article || !section) notFound();
  return (
    <HelpFrame
      locale={locale}
      explicit={explicit}
      current={article.path}
      langHref={(l) => `/help/${article.path}${keep(l)}`}
    >
      <div className="mb-4 flex flex-wrap items-center gap-3 text-sm print:hidden">
        {back ? (
          <Link
            href={back}
            className="rounded-md bg-brand-600 px-3 py-2 font-medium text-white"
            data-testid="help-back"
          >
            ← {back.startsWith("/pos") ? t("backToPos") : t("back")}
          </Link>
        ) : null}
        <Link href={href(`/help/${section.id}`)} className="text-slate-600 underline">
          {section.title[locale]}
        </Link>
        <span className="ml-auto">
          <PrintButton label={t("print")} />
        </span>
      </div>
      <article className="help-article rounded-lg bg-white p-5 shadow-sm print:p-0 print:shadow-none">
        <h1>{article.title}</h1>
        {/* markdown-it with html:false: article HTML is escaped, links validated (lib/help/markdown.ts) */}
        <div dangerouslySetInnerHTML={{ __html: articleHtml(article.html, locale, explicit) }} />
      </article>
    </HelpFrame>
  );
}
