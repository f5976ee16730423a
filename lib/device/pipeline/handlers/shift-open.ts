// POST /shifts: opens a shift explicitly (the first receipt or cash operation opens one too).
import type { OpHandler } from "../handler";
import { plainBusiness } from "../handler";
import { openShiftBy } from "../lookups";
import { ok } from "../types";
import { deny } from "./rules";

export const shiftOpen: OpHandler = {
  load: async ({ cb, journal, client }) =>
    journal.currentShiftId ? { openShiftBy: await openShiftBy(cb, journal.currentShiftId, client) } : {},
  shiftRule: (input, shift) =>
    shift ? deny("SHIFT_ALREADY_OPEN", { params: { name: input.lookups.openShiftBy ?? "—" } }) : null,
  business: () => ok(plainBusiness("shift_open")),
  body: (plan) => {
    const s = plan.shift!;
    const cashier = plan.input.cmd.cashier;
    return {
      document: plan.document,
      shift: {
        number: s.number,
        openedAt: s.openedAt.toISOString(),
        openedBy: s.isNew ? (cashier?.name ?? "") : "",
        openingCash: Number(s.isNew ? s.openingCash : 0n),
        documentCount: plan.numberInShift ?? 0,
      },
    };
  },
};
