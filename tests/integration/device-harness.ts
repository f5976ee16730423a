// Test harness of the device API. By default the API runs as a real production server: `next start`
// of a build in KASSA_DEVICE_TEST_DIST (default .next-device-test; built here when missing or older
// than the device API's sources), on a free port, against this run's test database — so the tests
// go through real HTTP, Next's routing and the route handlers. KASSA_DEVICE_TEST_MODE=inprocess
// calls the same route handlers with real Request objects instead (a fast loop while developing).
// Every answer is validated against the served /openapi.json with ajv, so the document cannot drift.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { PEER_HEADER, peerToken, setPeerToken } from "../../lib/http/client-ip";

export const DEVICE_KEY_SECRET = "kassa-device-tests-secret";
process.env.KASSA_DEVICE_KEY_SECRET ??= DEVICE_KEY_SECRET;

/** Answers are checked against the OpenAPI document at run time; the tests then read them freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export interface ApiResponse<T = Json> {
  status: number;
  headers: Headers;
  body: T;
}

export interface CallOptions {
  token?: string;
  session?: string;
  body?: unknown;
  /** sent verbatim instead of JSON.stringify(body) */
  raw?: string;
  headers?: Record<string, string>;
  /** skip the OpenAPI check (for deliberately broken requests whose answers are still checked by hand) */
  unchecked?: boolean;
}

const root = path.resolve(__dirname, "../..");
const BASE_PATH = "/api/device/v1";

function newestMtime(p: string): number {
  const s = statSync(p);
  if (!s.isDirectory()) return s.mtimeMs;
  let m = 0;
  for (const e of readdirSync(p)) m = Math.max(m, newestMtime(path.join(p, e)));
  return m;
}

// the device routes reach far into lib/ (the pools in lib/db, the rollup and stock CTEs of the write
// statement, the locale module): any change there may change what the build runs
const SOURCES = ["lib", "app/api/device", "next.config.ts"];

export function ensureBuild(dist: string) {
  const buildId = path.join(root, dist, "BUILD_ID");
  const sourcesAt = Math.max(
    ...SOURCES.map((s) => path.join(root, s))
      .filter(existsSync)
      .map(newestMtime),
  );
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sourcesAt) return;
  console.log(`[device tests] building the app into ${dist} (sources changed since the last build)…`);
  // compile + generate: the build without its type-check step, which `npm run typecheck` does for
  // the whole repo (and which other workers' half-written build folders must not break here)
  for (const mode of ["compile", "generate"]) {
    const r = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/next/dist/bin/next"), "build", `--experimental-build-mode=${mode}`],
      {
        cwd: root,
        stdio: "inherit",
        env: { ...process.env, KASSA_DIST_DIR: dist, NODE_ENV: "production" },
      },
    );
    if (r.status !== 0) throw new Error(`next build (${mode}) failed`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });
}

type RouteModule = Record<
  string,
  (req: Request, ctx: { params: Promise<Record<string, string>> }) => Promise<Response> | Response
>;
const IN_PROCESS: [RegExp, () => Promise<unknown>, string[]][] = [
  [/^\/session$/, () => import("@/app/api/device/v1/session/route"), []],
  [/^\/cashbox$/, () => import("@/app/api/device/v1/cashbox/route"), []],
  [/^\/shifts$/, () => import("@/app/api/device/v1/shifts/route"), []],
  [/^\/shifts\/current\/x-report$/, () => import("@/app/api/device/v1/shifts/current/x-report/route"), []],
  [/^\/shifts\/current\/close$/, () => import("@/app/api/device/v1/shifts/current/close/route"), []],
  [/^\/receipts$/, () => import("@/app/api/device/v1/receipts/route"), []],
  [/^\/cash-operations$/, () => import("@/app/api/device/v1/cash-operations/route"), []],
  [/^\/documents:batch$/, () => import("@/app/api/device/v1/documents:batch/route"), []],
  [/^\/operations\/cancel-last$/, () => import("@/app/api/device/v1/operations/cancel-last/route"), []],
  [/^\/registration-report$/, () => import("@/app/api/device/v1/registration-report/route"), []],
  [/^\/nomenclature$/, () => import("@/app/api/device/v1/nomenclature/route"), []],
  [/^\/openapi\.json$/, () => import("@/app/api/device/v1/openapi.json/route"), []],
  [/^\/receipts\/([^/]+)$/, () => import("@/app/api/device/v1/receipts/[receiptId]/route"), ["receiptId"]],
  [
    /^\/receipts\/([^/]+)\/duplicate$/,
    () => import("@/app/api/device/v1/receipts/[receiptId]/duplicate/route"),
    ["receiptId"],
  ],
  [
    /^\/receipts\/([^/]+)\/send$/,
    () => import("@/app/api/device/v1/receipts/[receiptId]/send/route"),
    ["receiptId"],
  ],
];

export class DeviceApi {
  readonly mode: "http" | "inprocess";
  private base = "";
  private child: ChildProcess | null = null;
  private ajv: Ajv2020 | null = null;
  doc: Json = null;
  /** every (method template status) the tests received, for the coverage assertion */
  readonly seen = new Set<string>();

  constructor() {
    this.mode = process.env.KASSA_DEVICE_TEST_MODE === "inprocess" ? "inprocess" : "http";
  }

  async start() {
    if (this.mode === "http") {
      const dist = process.env.KASSA_DEVICE_TEST_DIST ?? ".next-device-test";
      ensureBuild(dist);
      const port = await freePort();
      this.base = `http://127.0.0.1:${port}`;
      this.child = spawn(
        process.execPath,
        [path.join(root, "node_modules/next/dist/bin/next"), "start", "-p", String(port), "-H", "127.0.0.1"],
        {
          cwd: root,
          stdio: ["ignore", "pipe", "pipe"],
          env: {
            ...process.env,
            NODE_ENV: "production",
            KASSA_DIST_DIR: dist,
            KASSA_JOBS: "0",
            KASSA_TEST_FAULTS: "1",
            KASSA_DEVICE_KEY_SECRET: process.env.KASSA_DEVICE_KEY_SECRET,
            NEXTAUTH_SECRET: "device-tests",
            NEXTAUTH_URL: this.base,
            APP_URL: this.base,
            DB_POOL_SIZE: "20",
          },
        },
      );
      let log = "";
      this.child.stdout!.on("data", (d) => (log += d));
      this.child.stderr!.on("data", (d) => (log += d));
      const until = Date.now() + 90_000;
      for (;;) {
        try {
          const r = await fetch(`${this.base}${BASE_PATH}/openapi.json`);
          if (r.ok) break;
        } catch {
          /* not up yet */
        }
        if (this.child.exitCode !== null || Date.now() > until)
          throw new Error(`next start did not come up:\n${log}`);
        await new Promise((r) => setTimeout(r, 250));
      }
      this.serverLog = () => log;
    } else {
      process.env.KASSA_TEST_FAULTS = "1";
      process.env.APP_URL ??= "http://localhost:3404";
      this.base = "http://in-process.test";
    }
    const doc = await this.call("GET", "/openapi.json", { unchecked: true });
    this.doc = doc.body;
    this.ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(this.ajv);
    this.ajv.addSchema(this.doc, "openapi");
  }

  serverLog: () => string = () => "";

  async stop() {
    if (this.child && this.child.exitCode === null) {
      this.child.kill("SIGTERM");
      await new Promise((r) => this.child!.once("exit", r));
    }
  }

  async call<T = Json>(method: string, p: string, opts: CallOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...opts.headers };
    if (opts.token !== undefined) headers.authorization = `Bearer ${opts.token}`;
    if (opts.session !== undefined) headers["x-cashier-session"] = opts.session;
    let payload: string | undefined;
    if (opts.raw !== undefined) payload = opts.raw;
    else if (opts.body !== undefined) payload = JSON.stringify(opts.body);
    if (payload !== undefined) headers["content-type"] ??= "application/json";
    const url = `${this.base}${BASE_PATH}${p}`;
    let res: Response;
    if (this.mode === "http") {
      res = await fetch(url, { method, headers, body: payload });
    } else {
      const pathname = p.split("?")[0];
      const route = IN_PROCESS.find(([re]) => re.test(pathname));
      if (!route) throw new Error(`no route for ${p}`);
      const m = route[0].exec(pathname)!;
      const params = Object.fromEntries(route[2].map((name, i) => [name, decodeURIComponent(m[i + 1])]));
      const mod = (await route[1]()) as RouteModule;
      const handler = mod[method];
      if (!handler) {
        res = new Response(null, { status: 405 });
      } else
        // what proxy.ts stamps over HTTP: the socket address (a loopback client here)
        if (!peerToken()) setPeerToken("in-process-test-token");
      const stamped = { ...headers, [PEER_HEADER]: `${peerToken()} 127.0.0.1` };
      res = await handler(new Request(url, { method, headers: stamped, body: payload }), {
        params: Promise.resolve(params),
      });
    }
    const text = await res.text();
    let body: Json = null;
    if (text) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    }
    if (res.status === 500 && opts.headers?.["x-kassa-test-fault"] === undefined) {
      // an unexpected failure: show what the server logged for it (the stack is in the server's log)
      const id = res.headers.get("x-request-id") ?? "";
      const log = this.serverLog();
      const at = id ? log.indexOf(id) : -1;
      console.error(
        `[device tests] ${method} ${p} answered 500 (request ${id}); server log:\n` +
          (at >= 0 ? log.slice(at, at + 4000) : log.slice(-4000)),
      );
    }
    if (!opts.unchecked && this.doc) this.check(method, p, res.status, body);
    return { status: res.status, headers: res.headers, body };
  }

  /** Validates an answer against the served OpenAPI document; throws when undocumented or invalid. */
  check(method: string, p: string, status: number, body: unknown) {
    const pathname = p.split("?")[0];
    const template = Object.keys(this.doc.paths).find((t) =>
      new RegExp(`^${t.replace(/[.]/g, "\\.").replace(/\{[^}]+\}/g, "[^/]+")}$`).test(pathname),
    );
    if (!template) throw new Error(`${method} ${pathname} is not in the OpenAPI document`);
    const op = this.doc.paths[template][method.toLowerCase()];
    if (!op) throw new Error(`${method} ${template} is not in the OpenAPI document`);
    const resp = op.responses[String(status)];
    if (!resp)
      throw new Error(
        `${method} ${template}: status ${status} is not documented (body ${JSON.stringify(body).slice(0, 300)})`,
      );
    this.seen.add(`${method} ${template} ${status}`);
    if (!resp.content) {
      if (body !== null && body !== "")
        throw new Error(`${method} ${template} ${status}: documented without a body, got one`);
      return;
    }
    const pointer = [
      "paths",
      template,
      method.toLowerCase(),
      "responses",
      String(status),
      "content",
      "application/json",
      "schema",
    ]
      .map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1")))
      .join("/");
    const validate = this.ajv!.getSchema(`openapi#/${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    if (!validate(body)) {
      throw new Error(
        `${method} ${template} ${status}: answer does not match the OpenAPI document: ${JSON.stringify(validate.errors).slice(0, 1500)}\nbody: ${JSON.stringify(body).slice(0, 1500)}`,
      );
    }
  }
}
