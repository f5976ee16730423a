// Markdown of the help articles → HTML. markdown-it with `html: false`: raw HTML in an article is
// escaped as text, never passed through, and its link validator drops javascript:/vbscript:/data:
// URLs, so the output is safe to insert without a separate sanitizer. Headings may carry a stable
// anchor, `## Загрузка из Excel {#import}`, so links like /help/cabinet/nomenclature#import work
// in every language.
import MarkdownIt from "markdown-it";

export interface RenderedMarkdown {
  html: string;
  /** plain text of the body (for search and snippets) */
  text: string;
  /** every href of a link, as written */
  links: string[];
  /** every image src, as written */
  images: string[];
  /** explicit heading anchors ({#id}) */
  anchors: string[];
}

const ANCHOR = /\s*\{#([a-z0-9-]+)\}\s*$/;

function makeRenderer() {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.core.ruler.push("heading_anchor", (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i].type !== "heading_open") continue;
      const inline = tokens[i + 1];
      const m = inline?.content.match(ANCHOR);
      if (!inline || !m) continue;
      tokens[i].attrSet("id", m[1]);
      inline.content = inline.content.replace(ANCHOR, "");
      const last = inline.children?.at(-1);
      if (last?.type === "text") last.content = last.content.replace(ANCHOR, "");
    }
  });
  const defaultLink =
    md.renderer.rules.link_open ??
    ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
    const href = String(tokens[idx].attrGet("href") ?? "");
    if (/^https?:\/\//.test(href)) {
      tokens[idx].attrSet("rel", "noopener noreferrer");
      tokens[idx].attrSet("target", "_blank");
    }
    return defaultLink(tokens, idx, options, env, self);
  };
  const defaultImage = md.renderer.rules.image!;
  md.renderer.rules.image = (tokens, idx, options, env, self) => {
    tokens[idx].attrSet("loading", "lazy");
    return defaultImage(tokens, idx, options, env, self);
  };
  return md;
}

const md = makeRenderer();

export function renderMarkdown(source: string): RenderedMarkdown {
  const env = {};
  const tokens = md.parse(source, env);
  const links: string[] = [];
  const images: string[] = [];
  const anchors: string[] = [];
  const text: string[] = [];
  const walk = (list: typeof tokens) => {
    for (const t of list) {
      if (t.type === "link_open") links.push(String(t.attrGet("href") ?? ""));
      if (t.type === "image") images.push(String(t.attrGet("src") ?? ""));
      if (t.type === "heading_open" && t.attrGet("id")) anchors.push(String(t.attrGet("id")));
      if (t.type === "text" || t.type === "code_inline") text.push(t.content);
      if (t.type === "softbreak" || t.type === "hardbreak") text.push(" ");
      if (t.type === "inline" && t.children) {
        walk(t.children);
        text.push("\n");
      }
    }
  };
  walk(tokens);
  return {
    html: md.renderer.render(tokens, md.options, env),
    text: text
      .join("")
      .replace(/[ \t]+/g, " ")
      .replace(/\n+/g, "\n")
      .trim(),
    links,
    images,
    anchors,
  };
}

/** `---\nkey: value\n---\nbody` → fields and body. Values are single-line strings. */
export function parseFrontMatter(source: string): { fields: Record<string, string>; body: string } {
  const m = source.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
  if (!m) return { fields: {}, body: source };
  const fields: Record<string, string> = {};
  for (const line of m[1].split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) fields[line.slice(0, i).trim()] = line.slice(i + 1).trim();
  }
  return { fields, body: source.slice(m[0].length) };
}
