// Terminal simulator: acts as one or many cash registers against a running cabinet over HTTP.
//   npm run terminal -- --help
// Defaults come from .data/demo-credentials.json (written by `npm start`); --url --token --key --pin
// override them. State between calls (cashier session, last receipt, offline queue) is kept in
// .data/terminal/<cashbox token hash>.json.
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { formatPrintedAmount } from "@/lib/fiscal/money";
import {
  ApiError,
  DEFAULT_RETRY,
  runLoad,
  ServerUnavailableError,
  Terminal,
  UploadInterruptedError,
  type ApiAnswer,
  type Json,
  type OfflineQueue,
} from "@/lib/simulator/terminal";

const HELP = `Terminal simulator of Kassa Cabinet's device API (/api/device/v1).

usage: npm run terminal -- <command> [arguments] [flags]

single operations
  info                          the cashbox as the terminal sees it (state, shift, cash, journal head)
  login [pin]                   cashier sign-in by PIN (the session is kept for the next commands)
  logout
  open                          open a shift
  sell [--items N] [--pay cash|card|mixed] [--tendered AMOUNT]
                                a sale of N (1–5, default 2) items from the nomenclature
  return [receiptId]            return the first line of a receipt (default: this terminal's last sale)
  purchase [AMOUNT]             a purchase (расход) paid in cash
  deposit AMOUNT | withdraw AMOUNT
                                cash in / cash out (AMOUNT in major units: 1500 or 1500.50)
  x | z                         X-report / Z-report (closes the shift)
  cancel                        cancel the last operation of the shift
  copy <receiptId>              the receipt's duplicate print form
  email <receiptId> <address>   e-mail the receipt
  registration-report           send a registration report
  nomenclature                  the goods the terminal can sell

scripted work
  day [--seed S] [--volume F]   a generated trading day (shift, sales, returns, purchases, cash in/out, X, Z),
                                sent now, one document after another
  offline [--sales N] [--close] work offline: N sales (default 10) signed with the cashbox key and kept
                                in the local queue; --close ends with a Z-report
  queue                         what the offline queue holds
  upload [--batch N]            send the offline queue as batches (≤ 200 documents each)
  load --terminals N [--receipts M] [--devices FILE]
                                N terminals at once, each M sales (default 200) of 5 items, mixed payment;
                                prints receipts/s and p50/p99 latency. FILE: JSON [{ "token", "pin" }, …]
                                (one cashbox per terminal); without it all terminals share one cashbox,
                                whose documents the server serialises.

flags
  --url URL        cabinet base URL (default http://localhost:\${PORT:-3000})
  --token TOKEN    cashbox bearer token      (default: demo-credentials.json device.token)
  --key KEY        cashbox signing key, b64url (default: demo-credentials.json device.key)
  --pin PIN        cashier PIN               (default: demo-credentials.json device.cashierPin)
  --credentials F  credentials file          (default .data/demo-credentials.json)
  --json           print raw JSON answers
  -h, --help

examples
  npm run terminal -- info
  npm run terminal -- sell --items 3 --pay mixed
  npm run terminal -- day --seed 7
  npm run terminal -- offline --sales 30 --close && npm run terminal -- upload
  npm run terminal -- load --terminals 20 --receipts 100 --devices devices.json
`;

const root = path.resolve(__dirname, "..");

function fail(msg: string): never {
  console.error(msg);
  process.exit(1);
}

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: "string" },
    token: { type: "string" },
    key: { type: "string" },
    pin: { type: "string" },
    credentials: { type: "string" },
    json: { type: "boolean" },
    help: { type: "boolean", short: "h" },
    items: { type: "string" },
    pay: { type: "string" },
    tendered: { type: "string" },
    seed: { type: "string" },
    volume: { type: "string" },
    sales: { type: "string" },
    close: { type: "boolean" },
    batch: { type: "string" },
    terminals: { type: "string" },
    receipts: { type: "string" },
    devices: { type: "string" },
  },
});

const command = positionals[0];
if (flags.help || !command || command === "help") {
  console.log(HELP);
  process.exit(0);
}

function credentials(): Json {
  const file = path.resolve(flags.credentials ?? path.join(root, ".data/demo-credentials.json"));
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, "utf8")).device ?? null;
  } catch {
    return null;
  }
}
const creds = credentials();
const url = flags.url ?? `http://localhost:${process.env.PORT ?? 3000}`;
const token = flags.token ?? creds?.token;
const pin = flags.pin ?? creds?.cashierPin ?? "1234";
const key = flags.key ?? creds?.key ?? null;

const stateDir = path.join(root, ".data/terminal");
interface State {
  session?: string | null;
  cashier?: Terminal["cashier"];
  lastSale?: Terminal["lastSale"];
  queue?: OfflineQueue | null;
}
const stateFile = token
  ? path.join(stateDir, `${createHash("sha256").update(token).digest("hex").slice(0, 16)}.json`)
  : "";
function loadState(): State {
  try {
    return JSON.parse(readFileSync(stateFile, "utf8"));
  } catch {
    return {};
  }
}
function saveState(t: Terminal, extra: Partial<State> = {}) {
  mkdirSync(stateDir, { recursive: true });
  const prev = loadState();
  writeFileSync(
    stateFile,
    JSON.stringify(
      { ...prev, session: t.session, cashier: t.cashier, lastSale: t.lastSale, ...extra },
      null,
      2,
    ),
  );
}

const money = (minor: number) => formatPrintedAmount(minor);
const parseMoney = (s: string | undefined, what: string): number => {
  if (!s || !/^\d{1,11}([.,]\d{1,2})?$/.test(s))
    fail(`${what}: an amount in major units, e.g. 1500 or 1500.50`);
  const [int, frac = ""] = s.replace(",", ".").split(".");
  return Number(int) * 100 + Number(frac.padEnd(2, "0"));
};

function show(r: ApiAnswer) {
  if (flags.json) {
    console.log(JSON.stringify(r.body, null, 2));
    return;
  }
  const b = r.body;
  if (r.status >= 400) {
    console.log(
      `✗ ${r.status} ${b?.error?.code}: ${b?.error?.message}${b?.error?.details ? ` ${JSON.stringify(b.error.details)}` : ""}`,
    );
    return;
  }
  const d = b?.document;
  if (d) {
    const replay = r.headers.get("idempotent-replayed") === "true" ? " (replay)" : "";
    console.log(
      `✓ ${d.type} №${d.number}${d.shiftNumber ? ` (смена ${d.shiftNumber}, №${d.numberInShift})` : ""} ФП ${d.fiscalSign} итог ${money(d.total)} (нал ${money(d.cash)}, карта ${money(d.card)}, сдача ${money(d.change)})${replay} · ${Math.round(r.ms)} ms`,
    );
    console.log(`  id ${d.id}`);
    if (b.cashInDrawer !== undefined) console.log(`  в кассе ${money(b.cashInDrawer)}`);
    if (b.report)
      console.log(
        `  смена ${b.report.shiftNumber}: документов ${b.report.documentCount}, продажи ${money(b.report.byType.sale.total)} (${b.report.byType.sale.count}), возвраты ${money(b.report.byType.sale_return.total)}, в кассе ${money(b.report.cashInDrawer)}`,
      );
    return;
  }
  console.log(JSON.stringify(b, null, 2));
}

async function main() {
  if (!token)
    fail("no cashbox token: pass --token, or run `npm start` once to write .data/demo-credentials.json");
  const t = new Terminal({
    url,
    token,
    pin,
    key,
    retry: {
      ...DEFAULT_RETRY,
      onRetry: ({ attempt, waitMs, reason }) =>
        console.error(
          `  the server is unavailable (${reason}); retry ${attempt} of ${DEFAULT_RETRY.attempts - 1} in ${(waitMs / 1000).toFixed(1)} s…`,
        ),
    },
  });
  const state = loadState();
  t.session = state.session ?? null;
  t.cashier = state.cashier ?? null;
  t.lastSale = state.lastSale ?? null;
  const arg = positionals[1];

  switch (command) {
    case "info": {
      const i = await t.loadInfo();
      if (flags.json) return console.log(JSON.stringify(i, null, 2));
      console.log(
        `${i.cashbox.name} · ${i.organization.name} (${i.organization.country}) · ${i.cashbox.address}`,
      );
      console.log(
        `  регистрация ${i.cashbox.registrationStatus}, состояние ${i.cashbox.state}${i.cashbox.stateReason ? ` (${i.cashbox.stateReason})` : ""}, оплачено до ${i.cashbox.paidUntil ?? "—"}`,
      );
      console.log(
        `  смена: ${i.shift ? `№${i.shift.number} открыта ${i.shift.openedAt} (${i.shift.openedBy}), документов ${i.shift.documentCount}` : "закрыта"}`,
      );
      console.log(`  в кассе ${money(i.cashInDrawer)}; последний документ №${i.lastNumber}`);
      console.log(`  журнал устройства: seq ${i.lastDeviceSeq}, hash ${i.lastHash}`);
      console.log(
        `  оффлайн-очередь на сервере: ${i.pending.count}; локально: ${state.queue?.entries.length ?? 0}`,
      );
      return;
    }
    case "login": {
      const s = await t.login(arg ?? pin);
      saveState(t);
      console.log(`✓ ${s.cashier.name}, сессия до ${s.expiresAt}`);
      return;
    }
    case "logout": {
      if (t.session) await t.request("DELETE", "/session", undefined, { session: true });
      t.session = null;
      saveState(t);
      console.log("✓ сессия закрыта");
      return;
    }
    case "open":
      show(await t.post("/shifts", t.doc()));
      break;
    case "sell": {
      const items = await t.items();
      const n = Math.max(1, Math.min(5, Number(flags.items ?? 2)));
      const picked = Array.from({ length: n }, () => items[Math.floor(Math.random() * items.length)]);
      const lines = picked.map((it) => {
        const milli = it.fractional ? 100 + Math.floor(Math.random() * 1900) : 1000;
        return {
          nomenclatureId: it.id ?? null,
          name: it.name,
          unit: { code: it.unitCode },
          price: it.price,
          quantity: it.fractional ? (milli / 1000).toFixed(3) : "1",
          vatRate: it.vatRate,
          total: Math.floor((it.price * milli + 500) / 1000),
        };
      });
      const total = lines.reduce((s, l) => s + l.total, 0);
      const pay = flags.pay ?? "cash";
      const payments =
        pay === "card"
          ? [{ type: "card", amount: total }]
          : pay === "mixed" && total > 1
            ? [
                { type: "card", amount: Math.floor(total / 2) },
                { type: "cash", amount: total - Math.floor(total / 2) },
              ]
            : [{ type: "cash", amount: total }];
      const saleItems = lines.map(({ total: _t, ...l }) => (void _t, l));
      const body = t.doc({
        type: "sale",
        items: saleItems,
        payments,
        ...(flags.tendered ? { cashTendered: parseMoney(flags.tendered, "--tendered") } : {}),
      });
      const r = await t.post("/receipts", body);
      if (r.status === 201) t.lastSale = { id: r.body.document.id, items: saleItems };
      show(r);
      break;
    }
    case "return": {
      const basisId = arg ?? t.lastSale?.id;
      if (!basisId) fail("return: give a receipt id (no sale made by this terminal yet)");
      const items: Json[] = arg && arg !== t.lastSale?.id ? [] : (t.lastSale?.items ?? []);
      if (items.length === 0)
        fail("return: this terminal knows only the lines of its own last sale; sell first");
      const line = { ...items[0] };
      delete line.discount;
      const total = Math.floor((line.price * Math.round(Number(line.quantity) * 1000) + 500) / 1000);
      show(
        await t.post(
          "/receipts",
          t.doc({
            type: "sale_return",
            items: [line],
            payments: [{ type: "cash", amount: total }],
            returnBasis: { receiptId: basisId },
          }),
        ),
      );
      break;
    }
    case "purchase": {
      const amount = arg ? parseMoney(arg, "purchase") : 15000;
      const country = (await t.loadInfo()).organization.country;
      show(
        await t.post(
          "/receipts",
          t.doc({
            type: "purchase",
            items: [
              {
                name: "Тара возвратная",
                unit: { code: country === "RU" ? "0" : "796" },
                price: amount,
                quantity: "1",
                vatRate: "NO_VAT",
              },
            ],
            payments: [{ type: "cash", amount }],
          }),
        ),
      );
      break;
    }
    case "deposit":
    case "withdraw":
      show(
        await t.post(
          "/cash-operations",
          t.doc({ type: command === "deposit" ? "deposit" : "withdrawal", amount: parseMoney(arg, command) }),
        ),
      );
      break;
    case "x":
      show(await t.post("/shifts/current/x-report", t.doc()));
      break;
    case "z":
      show(await t.post("/shifts/current/close", t.doc()));
      break;
    case "cancel":
      show(await t.post("/operations/cancel-last", t.doc()));
      break;
    case "copy": {
      if (!arg) fail("copy: give a receipt id");
      await t.ensureSession();
      const r = await t.request("GET", `/receipts/${encodeURIComponent(arg)}/duplicate`, undefined, {
        session: true,
      });
      if (r.status !== 200 || flags.json) show(r);
      else for (const l of r.body.print.lines as { text: string }[]) console.log(l.text);
      break;
    }
    case "email": {
      const to = positionals[2];
      if (!arg || !to) fail("email: give a receipt id and an address");
      await t.ensureSession();
      const r = await t.request(
        "POST",
        `/receipts/${encodeURIComponent(arg)}/send`,
        { email: to },
        { session: true },
      );
      if (r.status === 202) console.log(`✓ queued to ${r.body.to}`);
      else show(r);
      break;
    }
    case "registration-report": {
      const i = await t.loadInfo();
      const r = await t.request(
        "POST",
        "/registration-report",
        t.doc({
          report: {
            reason: "registration",
            registrationNumber: i.cashbox.registrationNumber,
            fiscalDriveNumber: i.cashbox.fiscalDriveNumber,
            taxId: i.organization.taxId,
            address: i.cashbox.address,
          },
        }),
        { session: true },
      );
      show(r);
      break;
    }
    case "nomenclature": {
      for (const it of await t.items())
        console.log(
          `${it.name} · ${money(it.price)} · ед. ${it.unitCode}${it.fractional ? " (дробное)" : ""} · ${it.vatRate}`,
        );
      return;
    }
    case "day": {
      const seed = flags.seed ?? String(Date.now());
      console.log(`day: seed ${seed}`);
      const t0 = Date.now();
      const results = await t.day({
        seed,
        volume: flags.volume ? Number(flags.volume) : undefined,
        onResult: (op, r) => {
          if (!r) return console.log(`  – ${op.op} skipped (its sale was refused)`);
          const b = op.body as Json;
          const what = op.op === "receipt" ? b.type : op.op === "cash_operation" ? b.type : op.op;
          if (r.status >= 400)
            console.log(`  ✗ ${what}: ${r.status} ${r.body?.error?.code} ${r.body?.error?.message}`);
          else if (!flags.json)
            console.log(
              `  ✓ ${what} №${r.body.document.number} ${money(r.body.document.total)} · ${Math.round(r.ms)} ms`,
            );
        },
      });
      const failed = results.filter((r) => r.status === null || r.status >= 400).length;
      const receipts = results.filter((r) => r.op.op === "receipt" && r.status === 201).length;
      console.log(
        `day done: ${results.length} documents (${receipts} receipts), ${failed} refused, ${((Date.now() - t0) / 1000).toFixed(1)} s`,
      );
      saveState(t);
      if (failed > 0) process.exitCode = 2;
      return;
    }
    case "offline": {
      const q = await t.offline(state.queue ?? null, {
        sales: Math.max(1, Number(flags.sales ?? 10)),
        seed: flags.seed ?? randomUUID(),
        close: flags.close,
      });
      saveState(t, { queue: q });
      console.log(
        `offline: ${q.entries.length} documents queued (seq up to ${q.head.seq}), offline since ${q.offlineSince}; send them with \`upload\``,
      );
      return;
    }
    case "queue": {
      const q = state.queue;
      if (!q || q.entries.length === 0) return console.log("the offline queue is empty");
      console.log(
        `${q.entries.length} documents, seq ${q.entries[0].deviceSeq}…${q.head.seq}, offline since ${q.offlineSince}`,
      );
      for (const e of q.entries.slice(0, 50))
        console.log(`  ${e.deviceSeq} ${e.kind} ${e.createdAt} ФП ${e.autonomousSign}`);
      return;
    }
    case "upload": {
      const q = state.queue;
      if (!q || q.entries.length === 0) return console.log("the offline queue is empty");
      try {
        const r = await t.upload(q, {
          batchSize: flags.batch ? Number(flags.batch) : undefined,
          onBatch: (a) => console.log(`  batch → ${a.status} · ${Math.round(a.ms)} ms`),
        });
        console.log(
          `upload: ${r.accepted} accepted, ${r.duplicate} already known, next expected seq ${r.nextExpectedSeq}`,
        );
        if (r.rejected) {
          console.log(
            `✗ rejected: ${r.rejected.error?.code} ${r.rejected.error?.message} ${JSON.stringify(r.rejected.error?.details ?? {})}`,
          );
          process.exitCode = 2;
        }
      } finally {
        saveState(t, { queue: q });
      }
      return;
    }
    case "load": {
      const n = Math.max(1, Number(flags.terminals ?? 10));
      const devices = flags.devices
        ? (JSON.parse(readFileSync(flags.devices, "utf8")) as { token: string; pin: string }[]).slice(0, n)
        : Array.from({ length: n }, () => ({ token, pin }));
      if (devices.length < n) fail(`--devices has only ${devices.length} devices`);
      if (!flags.devices && n > 1)
        console.log(
          `load: all ${n} terminals share one cashbox (its documents are serialised); pass --devices for one cashbox each`,
        );
      const report = await runLoad({
        url,
        devices,
        receiptsPerTerminal: Math.max(1, Number(flags.receipts ?? 200)),
        onProgress: (d) => process.stdout.write(`\r  ${d} receipts…`),
      });
      process.stdout.write("\n");
      console.log(JSON.stringify(report, null, 2));
      if (report.errors > 0) process.exitCode = 2;
      return;
    }
    default:
      fail(`unknown command «${command}»; see --help`);
  }
  saveState(t);
}

main().catch((e) => {
  if (e instanceof ApiError) fail(`✗ ${e.message}`);
  if (e instanceof UploadInterruptedError) fail(`✗ ${e.message}`);
  if (e instanceof ServerUnavailableError) fail(`✗ ${e.message} (is the cabinet running at ${url}?)`);
  if ((e as { cause?: { code?: string } })?.cause?.code === "ECONNREFUSED")
    fail(`✗ no cabinet at ${url} (is it running?)`);
  fail(String((e as Error)?.stack ?? e));
});
