const BASE = "http://kassa.invalid";

/**
 * Where to go after sign-in: a path on this site, or "/". Parsed as the browser will parse it
 * (`new URL(value, origin)`), so "/\evil.example", "/<TAB>/evil.example", "//evil.example",
 * "https://evil.example", "javascript:…" and their encoded forms all fall back to "/".
 */
export function safeCallbackPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/")) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "/.//evil.example" normalizes to "//evil.example": a protocol-relative URL once followed.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return "/";
  // Refuse what would turn into one of those after one more decoding (a router or a proxy that
  // decodes again): encoded backslashes, slashes after the first and control characters.
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return "/";
  }
  if (/^\/[\/\\]/.test(decoded) || /[\u0000-\u001f\u007f\\]/.test(decoded)) return "/";
  return path;
}
