// X- and Z-reports: figures of the open shift. Offline, the terminal's shift may already have been
// closed here by the scheduled job: its report then gets a shift of its own rather than leaving the
// upload stuck forever.
import type { OpHandler } from "../handler";
import { plainBusiness } from "../handler";
import { findShiftDocs } from "../lookups";
import { ok } from "../types";
import { deny } from "./rules";

const report = (kind: "x_report" | "z_report"): OpHandler => ({
  load: async ({ cb, journal, client }) =>
    journal.currentShiftId ? { shiftDocs: await findShiftDocs(cb, journal.currentShiftId, client) } : {},
  shiftRule: (input, shift) => (!shift && !input.cmd.offline ? deny("SHIFT_NOT_OPEN") : null),
  business: () => ok(plainBusiness(kind)),
  body: (plan) => ({ document: plan.document, report: plan.report }),
});

export const xReport = report("x_report");
export const zReport = report("z_report");
