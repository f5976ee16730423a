// The device API behind a bare node:http server: the same route handlers (app/api/device/v1, whose
// table scripts/device-gateway.ts passes in), the same lib/, the same OpenAPI — without Next's router. Used by `npm run device-gateway` and by the
// bench's next_vs_bare comparison (docs/device-api-notes.md «Pipeline»).
import http from "node:http";
import { randomBytes } from "node:crypto";
import { getPool } from "@/lib/db/pool";
import { PEER_HEADER, peerToken, setPeerToken } from "@/lib/http/client-ip";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each route types its own params
type RouteHandler = (req: Request, ctx: { params: Promise<any> }) => Response | Promise<Response>;
export type RouteModule = Partial<Record<"GET" | "POST" | "DELETE", RouteHandler>>;
/** path pattern (":name" = a segment) → the route module, loaded on first use */
export type DeviceRoutes = readonly (readonly [string, () => Promise<RouteModule>])[];

export const BASE_PATH = "/api/device/v1";

function match(
  routes: DeviceRoutes,
  path: string,
): { load: () => Promise<RouteModule>; params: Record<string, string> } | null {
  const parts = path.split("/");
  for (const [pattern, load] of routes) {
    const want = pattern.split("/");
    if (want.length !== parts.length) continue;
    const params: Record<string, string> = {};
    if (
      want.every((w, i) =>
        w.startsWith(":") ? (params[w.slice(1)] = decodeURIComponent(parts[i])) !== "" : w === parts[i],
      )
    )
      return { load, params };
  }
  return null;
}

/** Query counts and connection-hold time of the device pool (bench only: KASSA_DEVICE_METRICS=1). */
export const poolMetrics = { queries: 0, connMs: 0 };

function instrumentPool() {
  const pool = getPool();
  const held = new WeakMap<object, number>();
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...a: unknown[]) => unknown;
    (client as unknown as { query: typeof query }).query = (...a: unknown[]) => {
      poolMetrics.queries++;
      return query(...a);
    };
  });
  pool.on("acquire", (client) => held.set(client, performance.now()));
  pool.on("release", (_err, client) => {
    const at = held.get(client);
    if (at !== undefined) poolMetrics.connMs += performance.now() - at;
  });
}

async function toRequest(req: http.IncomingMessage, origin: string): Promise<Request> {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers))
    if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  // The socket address, stamped with this process's token as Next's proxy does (lib/http/peer-stamp.ts):
  // a client-sent X-Forwarded-For is believed only from TRUSTED_PROXIES (lib/http/client-ip.ts).
  if (!peerToken()) setPeerToken(randomBytes(24).toString("hex"));
  headers.set(PEER_HEADER, `${peerToken()} ${req.socket.remoteAddress ?? ""}`);
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks);
  return new Request(new URL(req.url ?? "/", origin), { method: req.method, headers, body });
}

async function send(res: http.ServerResponse, answer: Response) {
  res.statusCode = answer.status;
  answer.headers.forEach((v, k) => res.setHeader(k, v));
  res.end(Buffer.from(await answer.arrayBuffer()));
}

/** `routes`: the device API's route modules (app/api/device/v1/routes.ts; lib never imports app/). */
export function createDeviceGateway(routes: DeviceRoutes): http.Server {
  if (process.env.KASSA_DEVICE_METRICS === "1") instrumentPool();
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://gateway");
    if (process.env.KASSA_DEVICE_METRICS === "1" && url.pathname === "/__metrics") {
      res.setHeader("content-type", "application/json");
      return res.end(JSON.stringify(poolMetrics));
    }
    const route = url.pathname.startsWith(BASE_PATH)
      ? match(routes, url.pathname.slice(BASE_PATH.length))
      : null;
    void (async () => {
      const mod = route ? await route.load() : null;
      const handler = mod?.[req.method as "GET" | "POST" | "DELETE"];
      if (!route || !handler) {
        res.statusCode = route ? 405 : 404;
        return res.end();
      }
      await send(
        res,
        await handler(await toRequest(req, `http://${req.headers.host ?? "gateway"}`), {
          params: Promise.resolve(route.params),
        }),
      );
    })().catch((e: unknown) => {
      console.error("[device-gateway]", e);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
}
