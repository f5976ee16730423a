// Issue 20.6 in the browser: «Касса 2.0» is installable (its web app manifest, icons and offline
// service worker), and the seed's wording of the integrity refusal with «INT» as a badge beside it.
import pg from "pg";
import { e2eDatabaseUrl, expect, test } from "./fixtures";
import { openPos, pairingString, posMenu, seedPosTenant } from "./help-pos";

test("/pos links a manifest that makes it installable: name, standalone, start URL /pos, PNG icons", async ({
  page,
  request,
}) => {
  await page.goto("/pos");
  const href = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(href).toBe("/pos/manifest.webmanifest");
  const res = await request.get(href!);
  expect(res.status()).toBe(200);
  const m = (await res.json()) as {
    name: string;
    short_name: string;
    start_url: string;
    scope: string;
    display: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(m).toMatchObject({ name: "Касса 2.0", start_url: "/pos", scope: "/pos", display: "standalone" });
  expect(m.short_name.length).toBeLessThanOrEqual(12);
  // Chromium's installability check: a 192 px and a 512 px PNG icon that load
  for (const size of ["192x192", "512x512"]) {
    const icon = m.icons.find((i) => i.sizes === size && i.type === "image/png");
    expect(icon, size).toBeDefined();
    const png = await request.get(icon!.src);
    expect(png.status()).toBe(200);
    expect(png.headers()["content-type"]).toBe("image/png");
    const bytes = await png.body();
    expect(bytes.subarray(1, 4).toString()).toBe("PNG");
    expect(bytes.readUInt32BE(16)).toBe(Number(size.split("x")[0]));
  }
  // the offline service worker that installability also needs, scoped to /pos
  await expect
    .poll(() =>
      page.evaluate(async () => (await navigator.serviceWorker.getRegistration("/pos"))?.scope ?? null),
    )
    .toMatch(/\/pos$/);
});

test("an INTEGRITY refusal reads as in the seed, with «INT» as a badge", async ({ page, context }) => {
  test.setTimeout(120_000);
  const tenant = await seedPosTenant("int");
  const pos = await openPos(context, await pairingString(page, tenant));
  const sql = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await sql.connect();
  try {
    await sql.query(`UPDATE "Cashbox" SET "operationalState" = 'INTEGRITY' WHERE id = $1`, [
      tenant.cashboxId,
    ]);
  } finally {
    await sql.end();
  }
  const err = pos.getByTestId("error-screen");
  await posMenu(pos, "Открыть смену");
  await expect(err.getByRole("heading")).toHaveText("Касса переведена в статус INT (integrity)");
  await expect(err.getByTestId("state-badge")).toHaveText("INT");
  await err.getByRole("button", { name: "Понятно" }).click();
  await posMenu(pos, "Открыть смену");
  await expect(err.getByRole("heading")).toHaveText("Касса в статусе integrity");
  await expect(err.getByTestId("state-badge")).toHaveText("INT");
});
