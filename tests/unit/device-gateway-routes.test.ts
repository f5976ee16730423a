// The bare device gateway serves exactly the device API's route files: a new endpoint under
// app/api/device/v1 that is not in its table (app/api/device/v1/routes.ts) fails here.
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEVICE_ROUTES } from "@/app/api/device/v1/routes";

const base = path.resolve(__dirname, "../../app/api/device/v1");

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return routeFiles(p);
    return n === "route.ts" ? [path.relative(base, dir)] : [];
  });
}

describe("device gateway routes", () => {
  it("list every route file of the device API, and only those", () => {
    const files = routeFiles(base)
      .map(
        (d) =>
          "/" +
          d
            .split(path.sep)
            .map((s) => s.replace(/^\[(.+)\]$/, ":$1"))
            .join("/"),
      )
      .sort();
    expect(DEVICE_ROUTES.map(([pattern]) => pattern).sort()).toEqual(files);
  });

  it("load the module of the same path", async () => {
    for (const [pattern, load] of DEVICE_ROUTES) {
      const mod = await load();
      expect(
        Object.keys(mod).some((k) => ["GET", "POST", "DELETE"].includes(k)),
        pattern,
      ).toBe(true);
    }
  });
});
