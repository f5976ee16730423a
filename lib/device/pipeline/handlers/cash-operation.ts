// POST /cash-operations: a deposit or a withdrawal (the drawer check is common to all operations).
import type { OpHandler } from "../handler";
import { plainBusiness } from "../handler";
import { ok, refuse } from "../types";
import { overLimit, shiftNotTooLong } from "./rules";

export const cashOperation: OpHandler = {
  shiftRule: shiftNotTooLong,
  business: (input) => {
    const c = input.cmd.cashOperation!;
    const amount = BigInt(c.amount);
    const limit = overLimit(input, amount);
    if (limit) return refuse(limit);
    return ok({ ...plainBusiness(c.type === "deposit" ? "cash_deposit" : "cash_withdrawal"), amount });
  },
  body: (plan) => ({ document: plan.document, cashInDrawer: Number(plan.after.cashInDrawer) }),
};
