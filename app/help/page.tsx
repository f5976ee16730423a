// GET /help – the help centre's start page and search (?q=), public.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { HELP_TOC } from "@/lib/help/toc";
import { listArticles, searchArticles } from "@/lib/help/content";
import type { Segment } from "@/lib/help/search";
import { HelpFrame } from "./_components/help-frame";
import { helpLocale, withLang } from "./_components/locale";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { locale } = await helpLocale((await searchParams).lang);
  const t = await getTranslations({ locale, namespace: "help" });
  return { title: t("title") };
}

function Marked({ segments }: { segments: Segment[] }) {
  return segments.map((s, i) =>
    s.hit ? (
      <mark key={i} className="rounded bg-amber-200 px-0.5 text-inherit">
        {s.text}
      </mark>
    ) : (
      <span key={i}>{s.text}</span>
    ),
  );
}

export default async function HelpHome({ searchParams }: Props) {
  const sp = await searchParams;
  const { locale, explicit } = await helpLocale(sp.lang);
  const t = await getTranslations({ locale, namespace: "help" });
  const q = typeof sp.q === "string" ? sp.q.trim().slice(0, 200) : "";
  const hits = q ? searchArticles(locale, q) : [];
  const titles = new Map(listArticles(locale).map((a) => [a.path, a]));
  const href = (p: string) => withLang(p, locale, explicit);
  const langHref = (l: string) => `/help?lang=${l}${q ? `&q=${encodeURIComponent(q)}` : ""}`;
  return (
    <HelpFrame locale={locale} explicit={explicit} query={q} langHref={langHref}>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-slate-600">{t("subtitle")}</p>
      {q ? (
        <section aria-labelledby="help-results" className="mt-6">
          <h2 id="help-results" className="text-lg font-semibold">
            {t("results", { count: hits.length })}
          </h2>
          {hits.length === 0 ? <p className="mt-2 text-slate-600">{t("nothing")}</p> : null}
          <ol className="mt-3 space-y-3" data-testid="help-results">
            {hits.map((h) => (
              <li key={h.path} className="rounded-lg border border-slate-200 bg-white p-3">
                <Link href={href(`/help/${h.path}`)} className="font-medium text-brand-700 underline">
                  <Marked segments={h.title} />
                </Link>
                <p className="mt-1 text-sm text-slate-700">
                  <Marked segments={h.snippet} />
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <section aria-label={t("sections")} className="mt-8 grid gap-4 md:grid-cols-2">
        {HELP_TOC.map((s) => (
          <div key={s.id} className="rounded-lg border border-slate-200 bg-white p-4">
            <h2 className="text-lg font-semibold">
              <Link href={href(`/help/${s.id}`)} className="hover:underline">
                {s.title[locale]}
              </Link>
            </h2>
            <ul className="mt-2 space-y-1 text-sm">
              {s.groups
                .flatMap((g) => g.articles)
                .slice(0, 8)
                .map((a) => (
                  <li key={a}>
                    <Link href={href(`/help/${s.id}/${a}`)} className="text-brand-700 underline">
                      {titles.get(`${s.id}/${a}`)?.title ?? a}
                    </Link>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </section>
    </HelpFrame>
  );
}
