// POST /registration-report: a KZ cashbox on a third-party ОФД is registered by a matching report in
// the same transaction (docs/registration.md «Сторонний ОФД»); a differing one is refused and filed.
import { matchOfdRegistrationReport, OfdReportMismatch } from "@/lib/registration/ofd-report";
import type { OpHandler } from "../handler";
import { plainBusiness } from "../handler";
import { ok } from "../types";

export const registrationReport: OpHandler = {
  locked: () => true,
  load: async ({ cb, cmd, client, now }) => {
    const matched = await matchOfdRegistrationReport(client!, cb, cmd.registration, now).then(
      () => null,
      (e: unknown) => {
        if (e instanceof OfdReportMismatch) return e;
        throw e;
      },
    );
    return { ofdMismatch: matched };
  },
  shiftRule: (input) =>
    input.lookups.ofdMismatch ? { kind: "ofd-mismatch", error: input.lookups.ofdMismatch } : null,
  business: () => ok(plainBusiness("registration_report")),
  body: (plan) => ({ document: plan.document }),
};
