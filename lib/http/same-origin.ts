// CSRF defence for cookie-authenticated route handlers (server actions get Next's own check):
// a state-changing request must come from this site.

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

function hostOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * True when the request may change state: a safe method, or a browser saying it is same-origin
 * (`Sec-Fetch-Site: same-origin`), or an `Origin` whose host is this site's (the Host header, or
 * APP_URL/NEXTAUTH_URL behind a proxy). Requests with neither header come from non-browser clients,
 * which cannot carry a victim's cookies, and pass.
 */
export function isSameOriginRequest(
  method: string,
  get: (name: string) => string | null,
  env: Record<string, string | undefined> = process.env,
): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return true;
  const site = get("sec-fetch-site");
  if (site && site !== "same-origin") return false;
  const origin = get("origin");
  if (!origin) return true;
  const from = hostOf(origin);
  if (!from) return false;
  const own = [get("host")?.toLowerCase(), hostOf(env.APP_URL), hostOf(env.NEXTAUTH_URL)];
  return own.includes(from);
}
