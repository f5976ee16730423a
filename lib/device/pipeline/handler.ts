// The contract of one operation of the pipeline: each operation is one file in handlers/ and one
// line in handlers/index.ts.
import type { PgClient } from "@/lib/db/pool";
import type {
  Business,
  Lookups,
  PlanInput,
  Refusal,
  Result,
  ShiftRef,
  DocumentPlan,
  Command,
  JournalRow,
} from "./types";
import type { DeviceCashbox } from "../context";

export interface LoadContext {
  cb: DeviceCashbox;
  cmd: Command;
  journal: JournalRow;
  /** the transaction's client on the locked path; undefined on the optimistic path */
  client: PgClient | undefined;
  now: Date;
}

export interface OpHandler {
  /** takes row locks outside this cashbox's journal (a return's sale) or writes before planning: the locked path */
  locked?: (cmd: Command) => boolean;
  /** reads the planner needs beyond the journal */
  load?: (ctx: LoadContext) => Promise<Lookups>;
  /** the shift rule of the operation, given the open shift (null: none) */
  shiftRule: (input: PlanInput, shift: ShiftRef | null) => Refusal | null;
  /** the business rules: what document this is and what it moves */
  business: (input: PlanInput) => Result<Business>;
  /** the answer body beside `document` */
  body: (plan: DocumentPlan) => Record<string, unknown>;
}

export const plainBusiness = (kind: Business["kind"]): Business => ({
  kind,
  receipt: null,
  amount: 0n,
  returnBasisId: null,
  returnBasisRef: null,
  cancels: null,
});
