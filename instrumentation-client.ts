// Runs in the browser before the app hydrates (Next's instrumentation-client hook), so before any
// client module builds a zod schema. zod 4 compiles object parsers with `new Function` and, to see
// whether it may, probes `new Function("")` once in a try/catch; our CSP forbids eval, so the probe
// was blocked and reported as a `script-src eval` violation on every page whose client bundle
// builds a z.object (/cashboxes, /nomenclature, /settings). Jitless parsing needs no eval and
// skips the probe. The server keeps zod's compiled parsers (no CSP there).
import { z } from "zod";

z.config({ jitless: true });
