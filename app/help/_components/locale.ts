import { getLocale } from "next-intl/server";
import { LOCALES, toLocale, type Locale } from "@/lib/i18n/locales";

/** The article language: `?lang=` (stable per-language URLs, and /pos passes its own) or the UI cookie. */
export async function helpLocale(
  lang: string | string[] | undefined,
): Promise<{ locale: Locale; explicit: boolean }> {
  const l = typeof lang === "string" && (LOCALES as readonly string[]).includes(lang) ? lang : null;
  return l
    ? { locale: toLocale(l), explicit: true }
    : { locale: toLocale(await getLocale()), explicit: false };
}

/** A safe in-app "return to" path: /pos, /cashboxes/…; never another host. */
export function returnPath(from: string | string[] | undefined): string | null {
  return typeof from === "string" && /^\/[a-z]/.test(from) && !from.startsWith("//") && !from.includes("\\")
    ? from.slice(0, 300)
    : null;
}

/** Keeps ?lang on links between articles when the page was opened with one. */
export function withLang(href: string, locale: Locale, explicit: boolean): string {
  if (!explicit) return href;
  const [base, hash] = href.split("#");
  return `${base}${base.includes("?") ? "&" : "?"}lang=${locale}${hash !== undefined ? `#${hash}` : ""}`;
}

export function articleHtml(html: string, locale: Locale, explicit: boolean): string {
  if (!explicit) return html;
  return html.replace(/href="(\/help[^"]*)"/g, (_, href: string) => `href="${withLang(href, locale, true)}"`);
}
