// Search over the help articles: a small in-memory inverted index per language, built once from
// the Markdown files. Russian words are reduced with the Snowball Russian stemmer (the algorithm
// PostgreSQL's 'russian' text-search configuration uses), so «чек», «чеки», «чеков» meet at «чек»;
// English uses the Snowball English stemmer. Kazakh has no Snowball stemmer: its words match by
// prefix (a query word of 3+ letters finds the words it begins), which covers suffix-heavy forms
// like «чек» → «чекті», «чектер».
import { stemmer as stemRu } from "@orama/stemmers/russian";
import { stemmer as stemEn } from "@orama/stemmers/english";
import type { Locale } from "@/lib/i18n/locales";

export interface SearchDoc {
  path: string;
  title: string;
  text: string;
}

export interface Segment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  path: string;
  title: Segment[];
  snippet: Segment[];
  score: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

const normalize = (w: string) => w.toLowerCase().replace(/ё/g, "е");

export function stem(word: string, locale: Locale): string {
  const w = normalize(word);
  if (locale === "en") return /^[a-z]+$/.test(w) ? stemEn(w) : /[а-я]/.test(w) ? stemRu(w) : w;
  if (locale === "ru") return /[а-я]/.test(w) ? stemRu(w) : /^[a-z]+$/.test(w) ? stemEn(w) : w;
  return w;
}

export function tokenize(text: string): string[] {
  return text.match(WORD) ?? [];
}

export interface SearchIndex {
  locale: Locale;
  docs: (SearchDoc & { titleStems: Set<string>; stems: Map<string, number> })[];
}

export function buildIndex(docs: SearchDoc[], locale: Locale): SearchIndex {
  return {
    locale,
    docs: docs.map((d) => {
      const stems = new Map<string, number>();
      for (const w of tokenize(d.text)) {
        const s = stem(w, locale);
        stems.set(s, (stems.get(s) ?? 0) + 1);
      }
      return { ...d, titleStems: new Set(tokenize(d.title).map((w) => stem(w, locale))), stems };
    }),
  };
}

/** One predicate per query word, over already stemmed words. */
function matcher(query: string, locale: Locale): ((stemmed: string) => boolean)[] {
  return [...new Set(tokenize(query).map((w) => stem(w, locale)))]
    .filter((s) => s.length > 0)
    .map((q) => (s: string) => {
      if (s === q) return true;
      // Kazakh (no stemmer) and long compound forms: a query word of 3+ letters as a prefix
      return q.length >= 3 && (locale === "kk" ? s.startsWith(q) : false);
    });
}

function highlight(text: string, match: (word: string) => boolean): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    if (!match(m[0])) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), hit: false });
    out.push({ text: m[0], hit: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), hit: false });
  return out;
}

function snippet(text: string, match: (word: string) => boolean, size = 180): Segment[] {
  const flat = text.replace(/\s+/g, " ");
  let at = -1;
  for (const m of flat.matchAll(WORD)) {
    if (match(m[0])) {
      at = m.index;
      break;
    }
  }
  let start = Math.max(0, at - size / 3);
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + size);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    end = space > start ? space : end;
  }
  const segs = highlight(flat.slice(start, end), match);
  if (start > 0) segs.unshift({ text: "…", hit: false });
  if (end < flat.length) segs.push({ text: "…", hit: false });
  return segs;
}

/** Articles containing every word of the query (any form), best first; snippets highlighted. */
export function search(index: SearchIndex, query: string, limit = 20): SearchHit[] {
  const terms = matcher(query, index.locale);
  if (terms.length === 0) return [];
  const any = (word: string) => {
    const s = stem(word, index.locale);
    return terms.some((t) => t(s));
  };
  const hits: SearchHit[] = [];
  for (const d of index.docs) {
    let score = 0;
    let all = true;
    for (const t of terms) {
      let s = 0;
      for (const ts of d.titleStems) if (t(ts)) s += 10;
      for (const [st, n] of d.stems) if (t(st)) s += Math.min(n, 5);
      if (s === 0) all = false;
      score += s;
    }
    if (!all) continue;
    hits.push({ path: d.path, title: highlight(d.title, any), snippet: snippet(d.text, any), score });
  }
  return hits.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path)).slice(0, limit);
}
