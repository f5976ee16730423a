// Suite `cashboxes` (issue 4): the «Кассы» list with 100,000 cashboxes in one organization.
//
// What is timed as «the list's server time (query + render)»: an HTTP GET of /cashboxes against
// the production build, signed in as the organization's owner, until the whole HTML document is
// read. That is everything the server does for one page of 50: session check, tenant context,
// count + page query, the shell and the table rendered to HTML (plus the RSC payload embedded in
// it). We chose this over calling the page's data function and rendering in-process because it
// measures exactly what a user waits for, through the same code path, with nothing mocked.
// Requests are sequential (latency, not throughput). Next to it, the bare SQL (count and page
// queries as find-cashboxes.ts issues them, concurrently on two connections like the page does)
// is timed on the same data; `ratio` = list p95 / SQL p95 for the default view. `shell_*` times
// /profile (same session, tenant context and layout, no list) as the floor of any cabinet page.
//
// Data: the suite's own database holds a background organization (other tenants, 20,000
// cashboxes by default) and the measured one (100,000), seeded set-based by prisma/seed/volume.ts.
// Environment: BENCH_CASHBOXES, BENCH_BACKGROUND_CASHBOXES, BENCH_REPS, KASSA_DIST_DIR, BENCH_PORT.
import { cpus, loadavg } from "node:os";
import pg from "pg";
import { createBenchDatabase, log, percentile, round, signIn, startAppServer, timed } from "../harness";

const TARGET_P95_MS = 150;

export async function run(): Promise<Record<string, unknown>> {
  const cashboxes = Number(process.env.BENCH_CASHBOXES ?? 100_000);
  const background = Number(process.env.BENCH_BACKGROUND_CASHBOXES ?? 20_000);
  const reps = Number(process.env.BENCH_REPS ?? 60);
  const database = await createBenchDatabase("cashboxes");
  let server: Awaited<ReturnType<typeof startAppServer>> | null = null;
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  try {
    const { getDb } = await import("../../lib/db/client");
    const { seedVolume } = await import("../../prisma/seed/volume");
    const { cashboxListQueries } = await import("../../lib/cashboxes/find-cashboxes");
    const { CASHBOX_SORTS, listHref, parseListParams } = await import("../../lib/cashboxes/list-params");
    const { localDate } = await import("../../lib/locale/zone");
    const { unsafeOrganizationId } = await import("../../lib/tenant/context");
    type Params = ReturnType<typeof parseListParams>;

    const seeded = await timed(async () => {
      if (background > 0) await seedVolume(getDb(), { cashboxes: background });
      return seedVolume(getDb(), { cashboxes });
    });
    const volume = seeded.value;
    log(
      `seeded ${cashboxes} cashboxes (+${background} of another organization) in ${(seeded.ms / 1000).toFixed(1)} s`,
    );

    // Search terms as users type them, taken from the data: part of a serial number, part of a
    // registration number, a whole ФН number, and a name fragment that matches ten cashboxes.
    const sample = await pool.query<{
      serialNumber: string;
      registrationNumber: string;
      fiscalDriveNumber: string;
    }>(
      `SELECT "serialNumber", "registrationNumber", "fiscalDriveNumber" FROM "Cashbox"
        WHERE "organizationId" = $1 AND "registrationNumber" IS NOT NULL ORDER BY "name" OFFSET 4321 LIMIT 1`,
      [volume.organizationId],
    );
    const s = sample.rows[0];
    const searches = [
      s.serialNumber.slice(-7),
      s.registrationNumber.slice(3, 12),
      s.fiscalDriveNumber,
      "Касса 0421",
    ];

    const views: {
      kind: "list" | "sorted" | "search" | "filtered" | "deep";
      label: string;
      params: Partial<Params>;
    }[] = [
      { kind: "list", label: "default", params: {} },
      ...CASHBOX_SORTS.flatMap((sort) =>
        (["asc", "desc"] as const).map((dir) => ({
          kind: "sorted" as const,
          label: `${sort} ${dir}`,
          params: { sort, dir },
        })),
      ),
      ...searches.map((q) => ({ kind: "search" as const, label: `q=${q}`, params: { q } })),
      { kind: "filtered", label: "status=EXPIRING", params: { status: ["EXPIRING" as const] } },
      {
        kind: "filtered",
        label: "status=UNPAID,state=BLOCKED",
        params: { status: ["UNPAID" as const], state: ["BLOCKED" as const] },
      },
      { kind: "deep", label: "page 1000", params: { page: 1000 } },
    ];

    server = await startAppServer(database.url);
    const cookie = await signIn(server.baseUrl, volume.ownerEmail, volume.password);
    const get = async (p: Partial<Params>) => {
      const res = await fetch(server!.baseUrl + listHref({ ...parseListParams({}), ...p }), {
        headers: { cookie },
        redirect: "manual",
      });
      const html = await res.text();
      if (res.status !== 200) throw new Error(`GET ${listHref(p)} answered ${res.status}`);
      return html;
    };
    // Sanity: we time real pages of 50 rows of this organization, not a redirect or an empty state.
    const first = await get({});
    const rowsOnPage = first.match(/data-cashbox-id=/g)?.length ?? 0;
    if (rowsOnPage !== 50) throw new Error(`expected 50 rows on the first page, found ${rowsOnPage}`);

    const today = localDate(new Date(), "Europe/Moscow");
    const org = unsafeOrganizationId(volume.organizationId);
    const sql = async (p: Partial<Params>) => {
      const q = cashboxListQueries(org, { ...parseListParams({}), ...p }, today);
      await Promise.all([pool.query(q.count.text, q.count.values), pool.query(q.page.text, q.page.values)]);
    };

    // warm-up: every view once through both paths (JIT, caches, connection pools)
    for (const v of views) {
      await get(v.params);
      await sql(v.params);
    }

    // the same shell (session, tenant, layout) without the list: what the list itself adds
    const shell = async () => {
      const res = await fetch(server!.baseUrl + "/profile", { headers: { cookie } });
      await res.text();
    };
    await shell();
    const shellSamples: number[] = [];
    const loadBefore = loadavg()[0];

    const http: Record<string, number[]> = {};
    const bare: Record<string, number[]> = {};
    // interleaved rounds, so that a noisy moment on a shared machine hits every view alike
    for (let r = 0; r < reps; r++) {
      for (const v of views) {
        if (v.kind !== "list" && v.kind !== "search" && r % 3 !== 0 && reps >= 9) continue; // fewer samples per sort/filter variant
        (http[v.label] ??= []).push((await timed(() => get(v.params))).ms);
        (bare[v.label] ??= []).push((await timed(() => sql(v.params))).ms);
      }
      shellSamples.push((await timed(shell)).ms);
    }
    const pool95 = (kind: string, from: Record<string, number[]>) =>
      round(
        percentile(
          views.filter((v) => v.kind === kind).flatMap((v) => from[v.label] ?? []),
          95,
        ),
      );

    const list_p95_ms = pool95("list", http);
    const sql_p95_ms = pool95("list", bare);
    const result = {
      cashboxes,
      background_cashboxes: background,
      trade_points: volume.tradePoints,
      measured: "HTTP GET /cashboxes (production build, full HTML) vs. bare count+page SQL",
      reps_default_view: http.default.length,
      list_p50_ms: round(percentile(http.default, 50)),
      list_p95_ms,
      sorted_p95_ms: pool95("sorted", http),
      search_p95_ms: pool95("search", http),
      filtered_p95_ms: pool95("filtered", http),
      deep_page_p95_ms: pool95("deep", http),
      shell_p50_ms: round(percentile(shellSamples, 50)),
      shell_p95_ms: round(percentile(shellSamples, 95)),
      sql_p95_ms,
      sql_sorted_p95_ms: pool95("sorted", bare),
      sql_search_p95_ms: pool95("search", bare),
      ratio: round(list_p95_ms / sql_p95_ms),
      target_p95_ms: TARGET_P95_MS,
      within_target: [list_p95_ms, pool95("sorted", http), pool95("search", http)].every(
        (v) => v < TARGET_P95_MS,
      ),
      sorted_by_p95_ms: Object.fromEntries(
        views.filter((v) => v.kind === "sorted").map((v) => [v.label, round(percentile(http[v.label], 95))]),
      ),
      search_terms: searches,
      seed_seconds: round(seeded.ms / 1000),
      // the machine's 1-minute load average before and after measuring (2 cores shared with others)
      load_average: [round(loadBefore), round(loadavg()[0])],
      cpus: cpus().length,
      database: database.server,
      build: server.distDir,
      node: process.version,
      postgres: (await pool.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v,
    };
    return result;
  } finally {
    await pool.end().catch(() => {});
    if (server) await server.stop();
    await database.drop();
  }
}
