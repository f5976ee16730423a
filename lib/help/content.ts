// The help articles: Markdown files under content/help/<locale>/<section>/<slug>.md, read once
// per process (they ship with the code) and rendered by ./markdown. Server-only (node:fs).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { parseFrontMatter, renderMarkdown, type RenderedMarkdown } from "./markdown";
import { buildIndex, search, type SearchHit, type SearchIndex } from "./search";

export const HELP_ROOT = path.join(process.cwd(), "content/help");

export interface HelpArticle extends RenderedMarkdown {
  locale: Locale;
  /** "section/slug", the stable URL is /help/<path> */
  path: string;
  section: string;
  slug: string;
  title: string;
  /** one-line summary shown in lists */
  summary: string;
  /** error codes this article explains (front matter `codes: A, B`) */
  codes: string[];
}

const SLUG = /^[a-z0-9-]+$/;

export function readArticles(locale: Locale, root = HELP_ROOT): HelpArticle[] {
  const dir = path.join(root, locale);
  if (!existsSync(dir)) return [];
  const out: HelpArticle[] = [];
  for (const section of readdirSync(dir).sort()) {
    if (!SLUG.test(section)) continue;
    for (const file of readdirSync(path.join(dir, section)).sort()) {
      if (!file.endsWith(".md")) continue;
      const slug = file.slice(0, -3);
      const { fields, body } = parseFrontMatter(readFileSync(path.join(dir, section, file), "utf8"));
      out.push({
        locale,
        path: `${section}/${slug}`,
        section,
        slug,
        title: fields.title ?? slug,
        summary: fields.summary ?? "",
        codes: (fields.codes ?? "")
          .split(",")
          .map((c) => c.trim())
          .filter(Boolean),
        ...renderMarkdown(body),
      });
    }
  }
  return out;
}

interface LocaleContent {
  articles: Map<string, HelpArticle>;
  index: SearchIndex;
}

const cache = new Map<Locale, LocaleContent>();

function load(locale: Locale): LocaleContent {
  const hit = process.env.NODE_ENV === "production" ? cache.get(locale) : undefined;
  if (hit) return hit;
  const list = readArticles(locale);
  const content = {
    articles: new Map(list.map((a) => [a.path, a])),
    index: buildIndex(
      list.map((a) => ({ path: a.path, title: a.title, text: `${a.summary}\n${a.text}` })),
      locale,
    ),
  };
  cache.set(locale, content);
  return content;
}

export function getArticle(locale: Locale, articlePath: string): HelpArticle | undefined {
  return load(locale).articles.get(articlePath);
}

export function listArticles(locale: Locale): HelpArticle[] {
  return [...load(locale).articles.values()];
}

export function searchArticles(locale: Locale, query: string): SearchHit[] {
  return search(load(locale).index, query);
}

export const HELP_LOCALES = LOCALES;
