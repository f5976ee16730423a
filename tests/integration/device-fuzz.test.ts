// Fuzzing the device API through real HTTP (device-harness.ts: a production server): ≥ 10,000 random
// and mutated requests to every endpoint — wrong types, huge, negative and fractional amounts, unknown
// fields, missing fields, broken JSON, long strings, deep nesting, wrong tokens, wrong PINs and
// sessions — mixed with valid documents so the journals move. Every answer must be < 500; every error
// body must have the contract's shape {error:{code,message,details?,requestId}} with X-Request-Id
// equal to requestId; documented answers must match the served OpenAPI document; afterwards
// verifyJournal finds every journal intact. Deterministic: KASSA_FUZZ_SEED (default below) drives the
// whole run and is printed with every failure; KASSA_FUZZ_REQUESTS sets the count.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZErrorBody } from "@/lib/device/schemas";
import { verifyJournal } from "@/lib/device/verify-journal";
import { makeRng, type Rng } from "@/lib/simulator/generator";
import { DeviceApi, type Json } from "./device-harness";
import { deviceFixture, type DeviceFixture } from "./device-fixture";
import { unsafeOrganizationId } from "@/lib/tenant/context";

const SEED = process.env.KASSA_FUZZ_SEED ?? "fuzz-2026";
const REQUESTS = Number(process.env.KASSA_FUZZ_REQUESTS ?? 10_000);
const CONCURRENCY = 8;

const api = new DeviceApi();
let fx: DeviceFixture[] = [];
let pinBox: DeviceFixture;
/** batches go to a cashbox of their own: an entry older than 72 h sets OFFLINE_TOO_LONG, which would
 * refuse every online document of the main cashboxes for the rest of the run */
let batchBox: DeviceFixture;
const sessions = new Map<string, string>();

beforeAll(async () => {
  await api.start();
  fx = [await deviceFixture("RU"), await deviceFixture("KZ")];
  pinBox = await deviceFixture("RU");
  batchBox = await deviceFixture("KZ");
  for (const f of [...fx, batchBox]) {
    const r = await api.call("POST", "/session", { token: f.token, body: { pin: "1234" } });
    expect(r.status).toBe(201);
    sessions.set(f.cashboxId, r.body.sessionToken);
  }
}, 900_000);

afterAll(async () => {
  await api.stop();
});

// ---- request material --------------------------------------------------------------------------

const uuid = (rng: Rng) => rng.uuid();
const item = (f: DeviceFixture, rng: Rng) =>
  rng.chance(0.5)
    ? {
        name: "Молоко 3,2%",
        unit: { code: f.country === "RU" ? "0" : "796" },
        price: rng.int(1, 20000),
        quantity: String(rng.int(1, 3)),
        vatRate: f.country === "RU" ? "VAT10" : "VAT16",
      }
    : {
        name: "Сыр весовой",
        unit: { code: f.country === "RU" ? "11" : "166" },
        price: rng.int(1, 200000),
        quantity: `${rng.int(0, 2)}.${String(rng.int(1, 999)).padStart(3, "0")}`,
        vatRate: f.country === "RU" ? "VAT22" : "VAT16",
      };

function lineTotal(i: { price: number; quantity: string }) {
  const [a, b = ""] = i.quantity.split(".");
  const milli = Number(a) * 1000 + Number(b.padEnd(3, "0"));
  return Math.floor((i.price * milli + 500) / 1000);
}

function validSale(f: DeviceFixture, rng: Rng) {
  const items = Array.from({ length: rng.int(1, 4) }, () => item(f, rng));
  const total = items.reduce((s, i) => s + lineTotal(i), 0);
  const r = rng.next();
  const payments =
    r < 0.4
      ? [{ type: "card", amount: total }]
      : r < 0.8 || total < 2
        ? [{ type: "cash", amount: total }]
        : [
            { type: "card", amount: Math.floor(total / 3) },
            { type: "cash", amount: total - Math.floor(total / 3) },
          ];
  return {
    clientDocId: uuid(rng),
    type: "sale",
    createdAt: new Date().toISOString(),
    items,
    payments,
  };
}

const NASTY: ((rng: Rng) => unknown)[] = [
  () => null,
  () => true,
  () => "",
  () => "x".repeat(5000),
  () => "😀".repeat(300),
  () => "\u0000\u202e<script>",
  () => -1,
  () => 0,
  () => 0.5,
  () => -0.01,
  () => 1e308,
  () => -1e308,
  () => 2 ** 53 + 1,
  () => 9007199254740993e10,
  () => 4294967296,
  () => [],
  () => [1, "a", null],
  () => ({}),
  () => ({ $ne: null }),
  (rng) => rng.uuid(),
  () => "2026-13-45T99:99:99Z",
  () => "1.0000",
  () => "-1",
  () => "NaN",
  () => "1e3",
  () => " 5 ",
  () => '\'; DROP TABLE "FiscalDocument"; --',
];

/** Replace, delete or add a field somewhere in a JSON value (1–3 times). */
function mutate(value: unknown, rng: Rng): unknown {
  const copy = JSON.parse(JSON.stringify(value));
  const times = rng.int(1, 3);
  for (let t = 0; t < times; t++) {
    // collect paths to containers
    const containers: (Record<string, unknown> | unknown[])[] = [];
    const walk = (v: unknown) => {
      if (v && typeof v === "object") {
        containers.push(v as Record<string, unknown>);
        for (const x of Object.values(v as object)) walk(x);
      }
    };
    walk(copy);
    if (containers.length === 0) return rng.pick(NASTY)(rng);
    const c = rng.pick(containers);
    const keys = Object.keys(c);
    const op = rng.next();
    if (op < 0.6 && keys.length) {
      const k = rng.pick(keys);
      (c as Record<string, unknown>)[k] = rng.pick(NASTY)(rng);
    } else if (op < 0.8 && keys.length) {
      const k = rng.pick(keys);
      if (Array.isArray(c)) c.splice(Number(k), 1);
      else delete (c as Record<string, unknown>)[k];
    } else if (Array.isArray(c)) {
      c.push(rng.pick(NASTY)(rng));
    } else {
      (c as Record<string, unknown>)[rng.pick(["unknown", "__proto__", "constructor", "extra", "Type"])] =
        rng.pick(NASTY)(rng);
    }
  }
  return copy;
}

const BROKEN_JSON = [
  "",
  "{",
  '{"clientDocId":',
  "null",
  "[]",
  "42",
  '"text"',
  "{'single':'quotes'}",
  '{"a":1,}',
  "\u0000\u0001\u0002",
  "<xml/>",
  `${"[".repeat(5000)}${"]".repeat(5000)}`,
  `{"items":${"[".repeat(2000)}${"]".repeat(2000)}}`,
  `{"x":"${"y".repeat(200_000)}"}`,
];

interface Req {
  method: string;
  path: string;
  token?: string;
  session?: string;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

function makeRequest(rng: Rng, n: number): Req {
  const f = rng.pick(fx);
  const token = f.token;
  const session = sessions.get(f.cashboxId)!;
  const doc = () => ({ clientDocId: uuid(rng), createdAt: new Date().toISOString() });
  const docPaths = [
    "/shifts",
    "/shifts/current/x-report",
    "/shifts/current/close",
    "/operations/cancel-last",
  ];
  const kind = rng.next();

  // ~22 % valid documents, so the journals grow and every rule runs on real state
  if (kind < 0.14) {
    const body = validSale(f, rng);
    return {
      method: "POST",
      path: "/receipts",
      token,
      session,
      body,
      headers: { "idempotency-key": body.clientDocId },
    };
  }
  if (kind < 0.17) {
    const body = { ...doc(), type: rng.chance(0.6) ? "deposit" : "withdrawal", amount: rng.int(1, 50000) };
    return { method: "POST", path: "/cash-operations", token, session, body };
  }
  if (kind < 0.22) {
    const path = rng.chance(0.15) ? "/shifts/current/close" : rng.pick(docPaths);
    return { method: "POST", path, token, session, body: doc() };
  }
  // mutated documents
  if (kind < 0.5) {
    const base = validSale(f, rng);
    const body = mutate(base, rng);
    // a header can carry only printable ASCII (fetch refuses anything else before sending)
    const key = String((body as Json)?.clientDocId ?? "x");
    const idem = rng.chance(0.5) && /^[\x20-\x7e]*$/.test(key) ? { "idempotency-key": key } : undefined;
    return { method: "POST", path: "/receipts", token, session, body, headers: idem };
  }
  if (kind < 0.58) {
    const body = mutate({ ...doc(), type: "deposit", amount: 100 }, rng);
    return { method: "POST", path: "/cash-operations", token, session, body };
  }
  if (kind < 0.64) {
    return { method: "POST", path: rng.pick(docPaths), token, session, body: mutate(doc(), rng) };
  }
  if (kind < 0.7) {
    const entry = {
      kind: rng.pick(["receipt", "cash_operation", "shift_open", "x_report", "z_report", "bogus"]),
      clientDocId: uuid(rng),
      deviceSeq: rng.int(1, 5000),
      prevHash: `${"A".repeat(43)}=`,
      createdAt: new Date(Date.now() - rng.int(0, 10 * 86400_000)).toISOString(),
      offline: true,
      autonomousSign: String(rng.int(0, 9_999_999_999)).padStart(10, "0"),
      payload: { type: "sale", items: [item(f, rng)], payments: [{ type: "card", amount: 100 }] },
    };
    const body = { documents: [rng.chance(0.7) ? mutate(entry, rng) : entry], queue: { remaining: 0 } };
    return {
      method: "POST",
      path: "/documents:batch",
      token: batchBox.token,
      session: sessions.get(batchBox.cashboxId),
      body: rng.chance(0.5) ? body : mutate(body, rng),
    };
  }
  if (kind < 0.74) {
    const body = mutate({ ...doc(), report: { reason: "registration", taxId: "7707083893" } }, rng);
    return { method: "POST", path: "/registration-report", token, session, body };
  }
  if (kind < 0.8) {
    // broken bodies on every POST route
    const path = rng.pick([
      "/receipts",
      "/cash-operations",
      "/documents:batch",
      "/session",
      "/shifts",
      "/registration-report",
    ]);
    const raw = rng.pick(BROKEN_JSON);
    const headers = rng.chance(0.2)
      ? { "content-type": rng.pick(["text/plain", "application/xml", "multipart/form-data"]) }
      : undefined;
    return { method: "POST", path, token, session, raw, headers };
  }
  if (kind < 0.86) {
    // wrong credentials on any route
    const badToken = rng.pick([
      "",
      "nope",
      "x".repeat(600),
      `${token}x`,
      token.toUpperCase(),
      "Bearer",
      rng.uuid(),
      pinBox.token,
    ]);
    const badSession = rng.pick([
      undefined,
      "",
      "invalid",
      "y".repeat(400),
      sessions.get(fx[(fx.indexOf(f) + 1) % fx.length].cashboxId),
    ]);
    const path = rng.pick([
      "/cashbox",
      "/receipts",
      "/shifts",
      "/cash-operations",
      "/nomenclature",
      "/documents:batch",
    ]);
    const method = path === "/cashbox" || path === "/nomenclature" ? "GET" : "POST";
    return {
      method,
      path,
      token: rng.chance(0.8) ? badToken : token,
      session: badSession,
      body: method === "POST" ? validSale(f, rng) : undefined,
      headers: rng.chance(0.1)
        ? { authorization: rng.pick(["Basic abc", "Bearer", "bearer  x", "Token t"]) }
        : undefined,
    };
  }
  if (kind < 0.9) {
    // PINs: wrong types, wrong values (another cashbox, so the guessing limit never locks the main ones)
    const pin = rng.pick<unknown>(["0000", "1235", "12", "1234567", 1234, null, "abcd", "１２３４", "9999"]);
    const body = rng.chance(0.3) ? mutate({ pin: "1234" }, rng) : { pin };
    return {
      method: rng.chance(0.9) ? "POST" : "DELETE",
      path: "/session",
      token: pinBox.token,
      body,
      session: rng.chance(0.3) ? "nope" : undefined,
    };
  }
  // reads with random ids and query strings
  const id = rng.pick([
    rng.uuid(),
    "not-a-uuid",
    "%00",
    "..%2F..%2Fetc",
    "1".repeat(300),
    "00000000-0000-0000-0000-000000000000",
  ]);
  const path = rng.pick([
    `/receipts/${encodeURIComponent(id)}`,
    `/receipts/${encodeURIComponent(id)}/duplicate`,
    `/nomenclature?since=${encodeURIComponent(String(rng.pick(NASTY)(rng)))}&limit=${encodeURIComponent(String(rng.pick(NASTY)(rng)))}`,
    `/nomenclature?limit=${rng.int(-5, 2000)}`,
    `/receipts?${rng.pick(["number", "before", "fiscalSign", "total", "from", "to", "type", "limit", "x"])}=${encodeURIComponent(String(rng.pick(NASTY)(rng)))}`,
    `/receipts?number=${rng.int(-5, 2 ** 33)}&before=${rng.int(-5, 2 ** 33)}&limit=${rng.int(-5, 200)}`,
    "/cashbox",
    "/openapi.json",
  ]);
  if (rng.chance(0.15) && n % 7 === 0)
    return {
      method: "POST",
      path: `/receipts/${encodeURIComponent(id)}/send`,
      token,
      session,
      body: mutate({ email: "a@b.kz" }, rng),
    };
  return { method: "GET", path, token, session: rng.chance(0.5) ? session : undefined };
}

// ---- the run ----------------------------------------------------------------------------------

describe("device API fuzz", () => {
  it(`answers ${REQUESTS} random and mutated requests without a 5xx, errors in the contract's shape, journals intact`, async () => {
    const rng = makeRng(SEED);
    const reqs: Req[] = Array.from({ length: REQUESTS }, (_, n) => makeRequest(rng, n));
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const codes = new Set<string>();
    let next = 0;
    const worker = async () => {
      for (;;) {
        const n = next++;
        if (n >= reqs.length) return;
        const q = reqs[n];
        const where = `[seed ${SEED}, request #${n}] ${q.method} ${q.path} ${JSON.stringify(q.body ?? q.raw ?? null).slice(0, 300)}`;
        try {
          const r = await api.call(q.method, q.path, {
            token: q.token,
            session: q.session,
            body: q.body,
            raw: q.raw,
            headers: q.headers,
            unchecked: true,
          });
          statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
          if (r.status >= 500)
            failures.push(`${where} → ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
          else if (r.status >= 400) {
            const shape = ZErrorBody.safeParse(r.body);
            if (!shape.success)
              failures.push(
                `${where} → ${r.status} error body off contract: ${JSON.stringify(r.body).slice(0, 300)}`,
              );
            else {
              codes.add(shape.data.error.code);
              if (r.headers.get("x-request-id") !== shape.data.error.requestId)
                failures.push(`${where} → X-Request-Id differs from error.requestId`);
              if (
                !/[А-Яа-яЁё]/.test(shape.data.error.message) &&
                shape.data.error.code !== "CASHBOX_TOKEN_NOT_FOUND"
              )
                failures.push(`${where} → message not in Russian: ${shape.data.error.message}`);
            }
          }
          // documented answers (every route of the document but itself) must match the OpenAPI document
          if (q.path !== "/openapi.json") {
            try {
              api.check(q.method, q.path, r.status, r.body);
            } catch (e) {
              failures.push(`${where} → ${(e as Error).message.slice(0, 400)}`);
            }
          }
        } catch (e) {
          failures.push(`${where} → request failed: ${(e as Error).message}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const summary = `seed ${SEED}: statuses ${JSON.stringify(Object.fromEntries(statuses))}, codes ${[...codes].sort().join(" ")}`;
    console.log(`[fuzz] ${summary}`);
    expect(failures.slice(0, 20), `${summary}\n${failures.length} failures`).toEqual([]);
    // the run reached the business rules, not only the validation layer
    expect(statuses.get(201) ?? 0, summary).toBeGreaterThan(REQUESTS * 0.08);
    expect(codes, summary).toContain("VALIDATION_FAILED");
    expect(codes, summary).toContain("CASHBOX_TOKEN_NOT_FOUND");
    expect(codes, summary).toContain("CASHIER_SESSION_INVALID");

    for (const f of [...fx, pinBox, batchBox]) {
      const report = await verifyJournal(f.cashboxId, unsafeOrganizationId(f.orgId));
      expect(report.problems, `seed ${SEED}, cashbox ${f.cashboxId}`).toEqual([]);
    }
    const j = await verifyJournal(fx[0].cashboxId, unsafeOrganizationId(fx[0].orgId));
    expect(j.documents, `seed ${SEED}`).toBeGreaterThan(100);
  }, 600_000);
});
