// POST /receipts and offline receipts: priced before the pipeline (prepareReceipt), refused here.
import type { ReturnBasisRef } from "@/lib/fiscal/content";
import type { OpHandler } from "../handler";
import { findReturnBasis } from "../lookups";
import { ok, refuse, type Business } from "../types";
import { checkReturn, deny, notAllowed, overLimit, shiftNotTooLong } from "./rules";

export const receipt: OpHandler = {
  locked: (cmd) => Boolean(cmd.receipt?.payload.returnBasis),
  load: async ({ cb, cmd, client }) => {
    const ref = cmd.receipt?.payload.returnBasis as ReturnBasisRef | undefined;
    if (!ref || !client || !cmd.receipt?.computed) return {};
    return { returnBasis: await findReturnBasis(cb, ref, client) };
  },
  shiftRule: shiftNotTooLong,
  business: (input) => {
    const r = input.cmd.receipt!;
    if (r.refusal?.kind === "business" && r.refusal.code === "CARD_EXCEEDS_TOTAL")
      return refuse(deny("CARD_EXCEEDS_TOTAL"));
    if (r.refusal?.kind === "business" && r.refusal.code === "OPERATION_NOT_ALLOWED")
      return refuse(notAllowed(r.refusal.reason));
    if (!r.computed) throw new Error("a receipt without a refusal is priced");
    const limit = overLimit(input, r.computed.total);
    if (limit) return refuse(limit);
    const ref = (r.payload.returnBasis as ReturnBasisRef | undefined) ?? null;
    const basis = ref ? checkReturn(r.computed.type, input.lookups.returnBasis, r.computed.total) : ok(null);
    if (!basis.ok) return basis;
    const business: Business = {
      kind: r.computed.type,
      receipt: r.computed,
      amount: 0n,
      returnBasisId: basis.value,
      returnBasisRef: ref,
      cancels: null,
    };
    return ok(business);
  },
  body: (plan) => ({ document: plan.document }),
};
