// npm run bench -- <suite>: runs one benchmark suite (bench/suites/<suite>.ts), prints its JSON
// result as the last line of output and saves it as bench/results/<suite>-<timestamp>.json.
// Not part of CI: numbers depend on the machine. See bench/harness.ts.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { root } from "./harness";

const SUITES: Record<string, () => Promise<{ run: () => Promise<Record<string, unknown>> }>> = {
  cashboxes: () => import("./suites/cashboxes"),
  nomenclature: () => import("./suites/nomenclature"),
  analytics: () => import("./suites/analytics"),
  device: () => import("./suites/device"),
  inventory: () => import("./suites/inventory"),
};

async function main() {
  const suite = process.argv.slice(2).find((a) => a !== "--");
  if (!suite || !SUITES[suite]) {
    console.error(`usage: npm run bench -- <suite>   (suites: ${Object.keys(SUITES).join(", ")})`);
    process.exit(2);
  }
  const started = new Date();
  const result = await (await SUITES[suite]()).run();
  const out = { suite, at: started.toISOString(), ...result };
  const dir = path.join(root, "bench/results");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${suite}-${started.toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, JSON.stringify(out, null, 2) + "\n");
  console.log(`[bench] saved ${path.relative(root, file)}`);
  console.log(JSON.stringify(out));
  process.exit(0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
