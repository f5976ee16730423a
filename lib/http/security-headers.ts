// The security headers of every page (proxy.ts) and their policies, in one place (docs/security.md).

/** Headers every response carries (next.config.ts `headers()`), pages and API alike. */
export const STATIC_SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=()",
  },
];

export const HSTS = "max-age=31536000; includeSubDomains";

/**
 * The page CSP. Scripts run only with this response's nonce ('strict-dynamic' lets Next's own
 * chunks load), never eval in production; styles allow inline attributes (React and recharts set
 * `style=`, which carries no script). /pos, which keeps the cashbox's device token and signing key
 * in IndexedDB, gets the strictest set: no blob: or data: fonts, workers only from this origin (its
 * offline service worker), no media, no nested browsing contexts.
 */
export function contentSecurityPolicy(opts: { nonce: string; dev: boolean; pos: boolean }): string {
  const script = [
    `'self'`,
    `'nonce-${opts.nonce}'`,
    `'strict-dynamic'`,
    ...(opts.dev ? [`'unsafe-eval'`] : []),
  ];
  const directives: Record<string, string[]> = {
    "default-src": [`'self'`],
    "script-src": script,
    "style-src": [`'self'`, `'unsafe-inline'`],
    "img-src": opts.pos ? [`'self'`, "data:"] : [`'self'`, "data:", "blob:"],
    "font-src": opts.pos ? [`'self'`] : [`'self'`, "data:"],
    "connect-src": opts.dev ? [`'self'`, "ws:", "wss:"] : [`'self'`],
    "object-src": [`'none'`],
    "base-uri": [`'none'`],
    "form-action": [`'self'`],
    "frame-ancestors": [`'none'`],
    "frame-src": [`'none'`],
    "manifest-src": [`'self'`],
    // /pos: its own offline service worker only (public/pos-sw.js), no media, no nested contexts
    ...(opts.pos ? { "worker-src": [`'self'`], "media-src": [`'none'`], "child-src": [`'none'`] } : {}),
  };
  return Object.entries(directives)
    .map(([k, v]) => `${k} ${v.join(" ")}`)
    .join("; ");
}
