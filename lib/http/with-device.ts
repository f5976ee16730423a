// The one wrapper of the device API routes (house style: withDevice): bearer token → cashbox →
// organization (+ the cashier of X-Cashier-Session), lastSeenAt, a requestId on every answer, and
// the error body {"error":{code,message,details?,requestId}} for every failure — never a bare 500.
import { randomUUID } from "node:crypto";
import { resolveClientIp } from "./client-ip";
import { NextResponse } from "next/server";
import { acceptDocument, isPlainObject, type Op } from "@/lib/device/accept-document";
import {
  authenticateDevice,
  touchLastSeen,
  type Cashier,
  type DeviceCashbox,
  type StoredDocument,
} from "@/lib/device/context";
import { DeviceError, isDeviceError } from "@/lib/device/errors";
import { RETRY_AFTER_SECONDS } from "@/lib/db/timeouts";
import { isDbUnavailable, unavailableSummary } from "@/lib/db/unavailable";
import { translateFields } from "@/lib/device/fields";
import type { Snapshot } from "@/lib/device/pipeline/lookups";
import { ZClientDocId } from "@/lib/device/schemas";

export interface DeviceContext {
  cashbox: DeviceCashbox;
  cashier: Cashier | null;
  requestId: string;
  now: Date;
  /** the terminal's network address as far as we can tell (recorded when a cashbox goes INTEGRITY) */
  sourceAddress: string | null;
  /** document routes: the parsed JSON body, and the document already stored under its clientDocId */
  body?: unknown;
  stored?: StoredDocument | null;
  /** document routes: the pipeline's first read, made by the authentication query */
  snapshot?: Snapshot;
}

type Handler<P> = (req: Request, dev: DeviceContext, params: P) => Promise<Response>;

export interface WithDeviceOptions {
  /** "required": operations; "optional": the batch (entries may name their cashier); "none": token only */
  session?: "required" | "optional" | "none";
  /** document POSTs: read the body first, so that authentication also fetches the stored document (replay) */
  documentBody?: boolean;
  /** the offline batch: its call is a contact but not yet "online with nothing to upload" (the 72-hour limit) */
  offlineUpload?: boolean;
}

const MAX_BODY_BYTES = 1 << 20;
export const MAX_BATCH_BODY_BYTES = 8 << 20;

function requestIdOf(req: Request): string {
  const given = req.headers.get("x-request-id");
  return given && /^[A-Za-z0-9._:-]{1,64}$/.test(given) ? given : randomUUID();
}

/**
 * JSON answer of the device API. `no-transform` keeps Next's gzip off these small answers: at a
 * thousand receipts a second, compressing them costs more CPU than it saves bytes on a LAN (a
 * reverse proxy can still compress for terminals on slow links).
 */
export function deviceJson(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return NextResponse.json(body, {
    status,
    headers: { "Cache-Control": "no-store, no-transform", ...headers },
  });
}

function errorResponse(e: DeviceError, requestId: string) {
  const headers: Record<string, string> = { "X-Request-Id": requestId };
  if (e.details?.retryAfterSeconds) headers["Retry-After"] = String(e.details.retryAfterSeconds);
  return deviceJson(e.toBody(requestId), e.status, headers);
}

/** The answer while the database is unreachable or a time limit fired: 503 with Retry-After. */
export const serviceUnavailable = () =>
  new DeviceError("SERVICE_UNAVAILABLE", { details: { retryAfterSeconds: RETRY_AFTER_SECONDS } });

/** Maps any failure to the device error body; unexpected ones are logged with the requestId. */
export async function deviceErrors(requestId: string, fn: () => Promise<Response>): Promise<Response> {
  try {
    const res = await fn();
    res.headers.set("X-Request-Id", requestId);
    return res;
  } catch (e) {
    if (isDeviceError(e)) return errorResponse(e, requestId);
    if (isDbUnavailable(e)) {
      // not a bug of ours: one line, no stack (an outage would otherwise write thousands of stacks)
      console.error(`[device-api] ${requestId} SERVICE_UNAVAILABLE: ${unavailableSummary(e)}`);
      return errorResponse(serviceUnavailable(), requestId);
    }
    console.error(`[device-api] ${requestId}`, e);
    return errorResponse(new DeviceError("INTERNAL_ERROR"), requestId);
  }
}

export function withDevice<P = Record<string, never>>(handler: Handler<P>, opts: WithDeviceOptions = {}) {
  const session = opts.session ?? "none";
  return async (req: Request, route: { params: Promise<P> }) => {
    const requestId = requestIdOf(req);
    return deviceErrors(requestId, async () => {
      // test servers only (KASSA_TEST_FAULTS=1): proves the INTERNAL_ERROR mapping over HTTP
      if (process.env.KASSA_TEST_FAULTS === "1" && req.headers.get("x-kassa-test-fault") === "internal") {
        throw new Error("fault injected by X-Kassa-Test-Fault");
      }
      const now = new Date();
      const bearer = /^Bearer\s+(\S+)$/i.exec(req.headers.get("authorization") ?? "")?.[1] ?? "";
      const sessionToken = req.headers.get("x-cashier-session") || null;
      // a body that does not parse is reported after authentication (the contract's order of checks)
      let body: unknown;
      let bodyError: unknown = null;
      if (opts.documentBody) {
        body = await readJson(req).catch((e: unknown) => {
          bodyError = e;
          return undefined;
        });
      }
      const clientDocId =
        // only a well-formed id goes into the look-up (a NUL byte, say, is refused by PostgreSQL's text type)
        isPlainObject(body) &&
        typeof body.clientDocId === "string" &&
        ZClientDocId.safeParse(body.clientDocId).success
          ? body.clientDocId
          : null;
      const auth = bearer ? await authenticateDevice(bearer, sessionToken, now, clientDocId) : null;
      if (!auth) throw new DeviceError("CASHBOX_TOKEN_NOT_FOUND");
      await touchLastSeen(auth.cashbox, now, { online: !opts.offlineUpload });
      if (session === "required" && auth.session !== "valid")
        throw new DeviceError("CASHIER_SESSION_INVALID");
      if (session === "optional" && auth.session === "invalid")
        throw new DeviceError("CASHIER_SESSION_INVALID");
      if (bodyError) throw bodyError;
      const dev: DeviceContext = {
        cashbox: auth.cashbox,
        cashier: auth.cashier,
        requestId,
        now,
        sourceAddress: deviceSourceAddress(req),
        body,
        stored: auth.stored,
        snapshot: auth.snapshot,
      };
      return handler(req, dev, await route.params);
    });
  };
}

/**
 * The address a device request came from: the socket's, or X-Forwarded-For only behind a configured
 * proxy (TRUSTED_PROXIES, lib/http/client-ip.ts). Recorded with an INTEGRITY switch (issue 14.15).
 */
export function deviceSourceAddress(req: Request): string | null {
  return resolveClientIp((name) => req.headers.get(name));
}

/** The JSON body (≤ 1 MiB; the batch ≤ 8 MiB); anything else is VALIDATION_FAILED. */
export async function readJson(req: Request, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const invalid = (key: string) =>
    new DeviceError("VALIDATION_FAILED", {
      details: { fields: translateFields([{ field: "body", message: key }]) },
    });
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > maxBytes) throw invalid("device.v.bodyTooLarge");
  const text = await req.text();
  if (Buffer.byteLength(text) > maxBytes) throw invalid("device.v.bodyTooLarge");
  if (nestingDepth(text) > MAX_JSON_DEPTH) throw invalid("device.v.json");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw invalid("device.v.json");
  }
  // PostgreSQL's text and jsonb refuse NUL and lone UTF-16 surrogates: such a body is invalid JSON
  // for us, answered as such instead of failing at the INSERT (JSON.stringify escapes exactly those)
  if (/\\u0000|\\ud[89a-f][0-9a-f]{2}/i.test(JSON.stringify(parsed) ?? "")) throw invalid("device.v.json");
  return parsed;
}

/** Deeper JSON than any request of the contract needs (a batch is 6 levels) is refused up front:
 * thousands of levels would overflow the stack of the recursive walks (hashing, JSON.stringify). */
const MAX_JSON_DEPTH = 32;

function nestingDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > max) max = depth;
    } else if (c === 93 || c === 125) depth--;
  }
  return max;
}

/** POST of a fiscal document: 201 with the document, or the first answer again on a retry. */
export function documentRoute(op: Op) {
  return withDevice(
    async (req, dev) => {
      const out = await acceptDocument(
        dev.cashbox,
        {
          op,
          body: dev.body,
          idempotencyKey: req.headers.get("idempotency-key"),
          cashier: dev.cashier,
          snapshot: dev.snapshot,
        },
        { now: dev.now, source: { address: dev.sourceAddress } },
      );
      return deviceJson(out.body, out.status, out.replayed ? { "Idempotent-Replayed": "true" } : {});
    },
    { session: op === "registration_report" ? "none" : "required", documentBody: true },
  );
}
