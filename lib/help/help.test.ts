// The help centre is kept true by these checks: every error the device API or /pos can show has
// its article (with the exact message), every language has every Russian article, every link and
// screenshot in an article exists, and the search finds Russian words in any form.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEVICE_ERRORS } from "@/lib/device/errors";
import { ADVICE_CODES } from "@/lib/pos/advice";
import { LOCALES } from "@/lib/i18n/locales";
import { readArticles, type HelpArticle } from "./content";
import {
  HELP_DIALOGS,
  SCREEN_ARTICLES,
  errorSlug,
  helpHrefForCode,
  helpHrefForPath,
  helpHrefForState,
} from "./links";
import { renderMarkdown } from "./markdown";
import { buildIndex, search } from "./search";
import { HELP_TOC, tocArticlePaths } from "./toc";

const root = path.resolve(__dirname, "../..");
const byLocale = Object.fromEntries(LOCALES.map((l) => [l, readArticles(l)])) as Record<
  (typeof LOCALES)[number],
  HelpArticle[]
>;
const find = (locale: (typeof LOCALES)[number], p: string) => byLocale[locale].find((a) => a.path === p);

/** Codes a cashier can meet: the device API's registry, /pos's own (NETWORK) and the platform's 503. */
const SHOWN_CODES = [...new Set([...Object.keys(DEVICE_ERRORS), ...ADVICE_CODES, "SERVICE_UNAVAILABLE"])];

/** Pages of the app as patterns: app/(cabinet)/cashboxes/[cashboxId]/page.tsx → /cashboxes/[^/]+ */
function appRoutes(): RegExp[] {
  const out: RegExp[] = [];
  const walk = (dir: string, segs: string[]) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name.startsWith("_") || name === "api") continue;
        const seg = /^\(.*\)$/.test(name)
          ? null
          : name.startsWith("[...")
            ? ".+"
            : name.startsWith("[")
              ? "[^/]+"
              : name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        walk(full, seg === null ? segs : [...segs, seg]);
      } else if (name === "page.tsx") {
        out.push(new RegExp(`^/${segs.join("/")}$`.replace("^//", "^/")));
      }
    }
  };
  walk(path.join(root, "app"), []);
  return out;
}

describe("help articles", () => {
  it("there are articles, and every article of the table of contents exists in Russian", () => {
    expect(byLocale.ru.length).toBeGreaterThan(40);
    const ru = new Set(byLocale.ru.map((a) => a.path));
    expect(tocArticlePaths().filter((p) => !ru.has(p))).toEqual([]);
    // and no Russian article is missing from the navigation
    expect([...ru].filter((p) => !tocArticlePaths().includes(p))).toEqual([]);
  });

  it.each(["kk", "en"] as const)("%s has every article Russian has, and no other", (locale) => {
    const ru = byLocale.ru.map((a) => a.path).sort();
    expect(byLocale[locale].map((a) => a.path).sort()).toEqual(ru);
  });

  it.each(["kk", "en"] as const)("%s articles are translated, not copies of Russian", (locale) => {
    const copies = byLocale[locale].filter((a) => {
      const ru = find("ru", a.path)!;
      // titles may coincide («Маркет», «CashBox token not found»); the text and summary may not
      return a.text === ru.text || a.summary === ru.summary;
    });
    expect(copies.map((a) => a.path)).toEqual([]);
  });

  it("every article has a title and a summary in every language", () => {
    for (const l of LOCALES)
      for (const a of byLocale[l]) {
        expect(a.title, `${l}/${a.path}`).not.toBe(a.slug);
        expect(a.summary, `${l}/${a.path}`).not.toBe("");
      }
  });

  it.each(SHOWN_CODES)("error %s has its article in every language, with the exact message", (code) => {
    const p = `errors/${errorSlug(code)}`;
    expect(helpHrefForCode(code)).toBe(`/help/${p}`);
    for (const l of LOCALES) {
      const a = find(l, p);
      expect(a, `${l}/${p}`).toBeDefined();
      expect(a!.codes, `${l}/${p} front matter codes`).toContain(code);
    }
    const known = (DEVICE_ERRORS as Record<string, { message: string }>)[code];
    if (known) {
      // the text up to a placeholder ({name}, {fields}) appears as the terminal shows it
      const exact = known.message.split("{")[0].trim();
      expect(find("ru", p)!.text).toContain(exact);
    }
  });

  it("every link in every article leads to an existing article, anchor or page", () => {
    const routes = appRoutes();
    const bad: string[] = [];
    for (const l of LOCALES)
      for (const a of byLocale[l])
        for (const href of a.links) {
          const where = `${l}/${a.path} → ${href}`;
          if (/^https:\/\//.test(href)) continue;
          if (!href.startsWith("/")) {
            bad.push(where);
            continue;
          }
          const [pathname, anchor] = splitHref(href);
          const m = pathname.match(/^\/help(?:\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?)?\/?$/);
          if (pathname.startsWith("/help")) {
            if (!m) bad.push(where);
            else if (m[2]) {
              const target = find(l, `${m[1]}/${m[2]}`);
              if (!target || (anchor && !target.anchors.includes(anchor))) bad.push(where);
            } else if (m[1] && !HELP_TOC.some((s) => s.id === m[1])) bad.push(where);
          } else if (!routes.some((r) => r.test(pathname))) bad.push(where);
        }
    expect(bad).toEqual([]);
  });

  it("every screenshot an article shows exists under public/", () => {
    const missing: string[] = [];
    let count = 0;
    for (const l of LOCALES)
      for (const a of byLocale[l])
        for (const src of a.images) {
          count++;
          if (!src.startsWith("/help/") || !existsSync(path.join(root, "public", src)))
            missing.push(`${l}/${a.path}: ${src}`);
        }
    expect(missing).toEqual([]);
    expect(count).toBeGreaterThan(10);
  });

  it("screens and dialogs point to existing articles", () => {
    const targets = [
      ...SCREEN_ARTICLES.map((a) => `/help/${a}`),
      HELP_DIALOGS.renewal,
      HELP_DIALOGS.registration,
      ...Object.values(HELP_DIALOGS.registrationOfd),
      ...Object.values(HELP_DIALOGS.ofdPayment),
      HELP_DIALOGS.renewalErrors,
      HELP_DIALOGS.nomenclatureImport,
      helpHrefForPath("/nomenclature/import/abc"),
      ...["BLOCKED", "SERVER_BLOCKED", "OFFLINE_TOO_LONG", "INTEGRITY"].map((s) => helpHrefForState(s)!),
    ];
    for (const href of targets) {
      const [p, anchor] = splitHref(href);
      const a = find("ru", p.replace(/^\/help\//, ""));
      expect(a, href).toBeDefined();
      if (anchor)
        for (const l of LOCALES) expect(find(l, a!.path)!.anchors, `${l} ${href}`).toContain(anchor);
    }
    expect(helpHrefForPath("/cashboxes/123/registration")).toBe("/help/registration/wizard");
    expect(helpHrefForPath("/somewhere")).toBe("/help");
    expect(helpHrefForState("ACTIVE")).toBeNull();
  });
});

function splitHref(href: string): [string, string | undefined] {
  const [p, hash] = href.split("#");
  return [p.split("?")[0], hash];
}

describe("markdown rendering", () => {
  it("escapes raw HTML and drops script links", () => {
    const r = renderMarkdown(
      'Текст <script>alert(1)</script> <img src=x onerror="alert(1)">\n\n[x](javascript:alert(1))',
    );
    expect(r.html).not.toContain("<script>");
    expect(r.html).not.toContain("<img");
    expect(r.html).toContain("&lt;script&gt;");
    expect(r.html).not.toContain('href="javascript:');
  });

  it("gives headings their explicit anchors and opens outside links in a new tab", () => {
    const r = renderMarkdown("## Загрузка из Excel {#import}\n\n[ОФД](https://example.org)");
    expect(r.html).toContain('<h2 id="import">Загрузка из Excel</h2>');
    expect(r.anchors).toEqual(["import"]);
    expect(r.html).toContain('rel="noopener noreferrer"');
  });
});

describe("search", () => {
  const docs = byLocale.ru.map((a) => ({ path: a.path, title: a.title, text: `${a.summary}\n${a.text}` }));
  const index = buildIndex(docs, "ru");

  it("finds the same articles for «чек», «чеки» and «чеков»", () => {
    const paths = (q: string) =>
      search(index, q, 100)
        .map((h) => h.path)
        .sort();
    const one = paths("чек");
    expect(one.length).toBeGreaterThan(3);
    expect(paths("чеки")).toEqual(one);
    expect(paths("чеков")).toEqual(one);
  });

  it("«возврат» finds the return articles and highlights the word in the snippet", () => {
    const hits = search(index, "возврат");
    const paths = hits.map((h) => h.path);
    expect(paths).toContain("cashier/sale-return");
    expect(paths).toContain("cashier/purchase");
    const hit = hits.find((h) => h.path === "cashier/sale-return")!;
    expect(hit.title.some((s) => s.hit && /возврат/i.test(s.text))).toBe(true);
    expect(hit.snippet.some((s) => s.hit)).toBe(true);
  });

  it("needs every word of the query", () => {
    const both = search(index, "возврат покупки").map((h) => h.path);
    expect(both).toContain("cashier/purchase");
    expect(both.length).toBeLessThan(search(index, "возврат").length + 1);
    expect(search(index, "зюзябра")).toEqual([]);
  });

  it("Kazakh words match by prefix, English by stem", () => {
    const kk = buildIndex([{ path: "a/b", title: "Чекті қайтару", text: "Чектер тізімі" }], "kk");
    expect(search(kk, "чек").map((h) => h.path)).toEqual(["a/b"]);
    const en = buildIndex([{ path: "a/b", title: "Returns", text: "Returning a receipt" }], "en");
    expect(search(en, "return").map((h) => h.path)).toEqual(["a/b"]);
    expect(search(en, "receipts").map((h) => h.path)).toEqual(["a/b"]);
  });
});
