// The registry: one handler per operation. A new operation is one file here plus one line below
// (and its schema, route and content builder where it needs new ones).
import type { OpHandler } from "../handler";
import type { Op } from "../types";
import { cancelLast } from "./cancel-last";
import { cashOperation } from "./cash-operation";
import { receipt } from "./receipt";
import { registrationReport } from "./registration-report";
import { xReport, zReport } from "./reports";
import { shiftOpen } from "./shift-open";

export const HANDLERS: Record<Op, OpHandler> = {
  receipt,
  cash_operation: cashOperation,
  shift_open: shiftOpen,
  x_report: xReport,
  z_report: zReport,
  cancel_last: cancelLast,
  registration_report: registrationReport,
};
