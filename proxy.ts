// Next 16's request proxy (formerly middleware): per-request CSP nonce and HSTS for pages, and a
// NUL byte anywhere in the query string is refused before any list, search or export sees it.
import { NextResponse, type NextRequest } from "next/server";
import { HSTS, contentSecurityPolicy } from "@/lib/http/security-headers";

function hasNul(request: NextRequest): boolean {
  for (const [k, v] of request.nextUrl.searchParams) if (k.includes("\0") || v.includes("\0")) return true;
  return false;
}

export function proxy(request: NextRequest) {
  if (hasNul(request))
    return NextResponse.json(
      { error: { code: "VALIDATION_FAILED", message: "errors.VALIDATION_FAILED" } },
      { status: 400 },
    );
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const pos = request.nextUrl.pathname === "/pos" || request.nextUrl.pathname.startsWith("/pos/");
  const csp = contentSecurityPolicy({ nonce, dev: process.env.NODE_ENV !== "production", pos });
  // Next reads the nonce from the request's CSP header and puts it on its own scripts.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  if (request.nextUrl.protocol === "https:") response.headers.set("Strict-Transport-Security", HSTS);
  return response;
}

export const config = {
  // Not the build's static files; not the terminal API (its own rules, lib/http/with-device.ts).
  matcher: ["/((?!_next/static|_next/image|api/device/).*)"],
};
