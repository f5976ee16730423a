// The web cashier's client of the public device API (/api/device/v1): every call the cashier makes
// goes through here, with the cashbox token, the cashier session and the Idempotency-Key of
// documents. A refusal becomes a PosApiError (code + the server's Russian message); no answer at
// all (offline, DNS, reset) becomes a NetworkError, which the cashier treats as «offline».

export const DEVICE_API = "/api/device/v1";

export class PosApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: {
      reason?: string;
      expectedSeq?: number;
      fields?: { field: string; message: string }[];
    },
  ) {
    super(message);
    this.name = "PosApiError";
  }
}

export class NetworkError extends Error {
  constructor() {
    super("network");
    this.name = "NetworkError";
  }
}

export interface Credentials {
  token: string;
  session?: string | null;
}

export async function deviceCall<T>(
  creds: Credentials,
  method: "GET" | "POST" | "DELETE",
  path: string,
  body?: unknown,
  idempotencyKey?: string,
  timeoutMs = 15_000,
): Promise<T> {
  const headers: Record<string, string> = { Authorization: `Bearer ${creds.token}` };
  if (creds.session) headers["X-Cashier-Session"] = creds.session;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (idempotencyKey) headers["Idempotency-Key"] = idempotencyKey;
  let res: Response;
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(), timeoutMs);
  try {
    res = await fetch(`${DEVICE_API}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      cache: "no-store",
      signal: ctl.signal,
    });
  } catch {
    throw new NetworkError();
  } finally {
    clearTimeout(timer);
  }
  let json: unknown = null;
  try {
    json = await res.json();
  } catch {
    json = null;
  }
  if (!res.ok) {
    const err = (json as { error?: { code?: string; message?: string; details?: PosApiError["details"] } })
      ?.error;
    if (!err?.code) {
      // a proxy's or the network's answer, not the API's: behave as offline for gateway errors
      if (res.status >= 502 && res.status <= 504) throw new NetworkError();
      throw new PosApiError("INTERNAL_ERROR", "Непредвиденная ошибка на сервере", res.status);
    }
    throw new PosApiError(err.code, err.message ?? err.code, res.status, err.details);
  }
  return json as T;
}

/** A UUIDv7 (time-ordered), the clientDocId the contract recommends. */
export function uuidv7(now = Date.now()): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  const ts = BigInt(now);
  for (let i = 0; i < 6; i++) bytes[i] = Number((ts >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = (bytes[6] & 0x0f) | 0x70;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** RFC 3339 with the local offset, as terminals send createdAt. */
export function localIso(d = new Date()): string {
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  const abs = Math.abs(off);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** An error as the cashier shows it: the API's code and Russian message (lib/pos/advice.ts adds advice). */
export interface PosError {
  code: string;
  message: string;
  fields?: { field: string; message: string }[];
  reason?: string;
}

export const NETWORK_ERROR: PosError = { code: "NETWORK", message: "Нет связи с сервером" };

export function toPosError(e: unknown): PosError {
  if (e instanceof PosApiError)
    return { code: e.code, message: e.message, fields: e.details?.fields, reason: e.details?.reason };
  if (e instanceof NetworkError) return { ...NETWORK_ERROR };
  return { code: "INTERNAL_ERROR", message: "Непредвиденная ошибка на сервере" };
}
