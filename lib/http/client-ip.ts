// The client's address, from the socket unless the socket is a configured proxy (TRUSTED_PROXIES).
// Next.js gives route code only headers, and it keeps a client-sent X-Forwarded-For as it is, so the
// socket address reaches us through a header stamped in this process (lib/http/peer-stamp.ts) and
// authenticated by a per-process token that no client can know.
import { isIP } from "node:net";

export const PEER_HEADER = "x-kassa-peer";
const TOKEN_KEY = "__kassaPeerToken";

type Global = typeof globalThis & { [TOKEN_KEY]?: string };

export function peerToken(): string | undefined {
  return (globalThis as Global)[TOKEN_KEY];
}
export function setPeerToken(token: string) {
  (globalThis as Global)[TOKEN_KEY] = token;
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an IP address → null. */
export function normalizeIp(value: string | null | undefined): string | null {
  if (!value) return null;
  let v = value.trim();
  if (v.startsWith("[") && v.includes("]")) v = v.slice(1, v.indexOf("]"));
  if (v.toLowerCase().startsWith("::ffff:") && isIP(v.slice(7)) === 4) v = v.slice(7);
  return isIP(v) ? v.toLowerCase() : null;
}

export function isLoopback(ip: string | null): boolean {
  if (!ip) return false;
  return ip === "::1" || (isIP(ip) === 4 && ip.startsWith("127."));
}

function ipv4ToInt(ip: string): number {
  return ip.split(".").reduce((n, p) => n * 256 + Number(p), 0);
}

function expandV6(ip: string): bigint {
  const [head, tail = ""] = ip.includes("::") ? ip.split("::") : [ip, ""];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const parts = ip.includes("::") ? [...h, ...Array(8 - h.length - t.length).fill("0"), ...t] : h;
  return parts.reduce((n, p) => (n << 16n) + BigInt(parseInt(p || "0", 16)), 0n);
}

/** Does `ip` fall in `entry` (an address or a CIDR range, IPv4 or IPv6)? */
export function ipInRange(ip: string, entry: string): boolean {
  const [base, bitsText] = entry.trim().split("/");
  const b = normalizeIp(base);
  if (!b || isIP(b) !== isIP(ip)) return false;
  const max = isIP(ip) === 4 ? 32 : 128;
  const bits = bitsText === undefined ? max : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > max) return false;
  if (max === 32) {
    if (bits === 0) return true;
    const mask = (~0 << (32 - bits)) >>> 0;
    return (ipv4ToInt(ip) & mask) >>> 0 === (ipv4ToInt(b) & mask) >>> 0;
  }
  const shift = BigInt(128 - bits);
  return expandV6(ip) >> shift === expandV6(b) >> shift;
}

/** TRUSTED_PROXIES: comma/space separated addresses or CIDR ranges; empty (the default) trusts none. */
export function trustedProxies(env: string | undefined = process.env.TRUSTED_PROXIES): string[] {
  return (env ?? "").split(/[\s,]+/).filter(Boolean);
}

/** The socket address stamped on this request, or null when the stamp is missing or forged. */
export function peerAddress(stamp: string | null | undefined, token = peerToken()): string | null {
  if (!stamp || !token) return null;
  const i = stamp.indexOf(" ");
  if (i < 0 || stamp.slice(0, i) !== token) return null;
  return normalizeIp(stamp.slice(i + 1));
}

/**
 * The client address: the socket's, unless the socket is a trusted proxy; then X-Forwarded-For is
 * read from the right, skipping trusted proxies, and the first untrusted address is the client
 * (entries left of it were written by the client and prove nothing).
 */
export function resolveClientIp(
  get: (name: string) => string | null | undefined,
  trusted: string[] = trustedProxies(),
  token = peerToken(),
): string | null {
  const peer = peerAddress(get(PEER_HEADER), token);
  if (!peer) return null;
  const isTrusted = (ip: string) => trusted.some((t) => ipInRange(ip, t));
  if (!isTrusted(peer)) return peer;
  const chain = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  let client = peer;
  for (let i = chain.length - 1; i >= 0; i--) {
    const ip = normalizeIp(chain[i]);
    if (!ip) break;
    client = ip;
    if (!isTrusted(ip)) break;
  }
  return client;
}
