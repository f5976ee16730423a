// One document request of the device API, in the order of docs/device-api.md §6: (auth is done by the
// caller) → idempotent replay → registration → operational state → validation → shift → business.
// The HTTP source of the pipeline (engine.ts); the same function serves server-side producers
// (the demo seed, tests):
//   acceptDocument(cashbox, { op: "receipt", body, cashier }, { now })
import { z } from "zod";
import { computeReceipt, type ComputedReceipt, type ReceiptRefusal } from "@/lib/fiscal/receipt";
import { requestHashOf } from "@/lib/fiscal/sign";
import type { VatRateRow } from "@/lib/fiscal/vat";
import { localDate } from "@/lib/locale/zone";
import type { Cashier, DeviceCashbox } from "./context";
import { run, type Command, type Op, type Outcome, type RequestSource } from "./engine";
import { DeviceError, validationError } from "./errors";
import { fieldsFromZod, translateFields } from "./fields";
import type { Snapshot } from "./pipeline/lookups";
import { ok, refuse, type Refusal, type Result } from "./pipeline/types";
import {
  ZCashOperationRequest,
  ZClientDocId,
  ZDocumentRequest,
  ZReceiptRequest,
  ZRegistrationReportRequest,
  type TReceiptPayload,
} from "./schemas";
import { stateRefusal } from "./state";
import { loadVatRates } from "./vat-rates";

export type { Op, Outcome } from "./engine";

/** Online document time may run ahead of the server clock by this much (terminal clock drift). */
export const MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000;

const SCHEMAS: Record<Op, z.ZodType> = {
  receipt: ZReceiptRequest,
  cash_operation: ZCashOperationRequest,
  shift_open: ZDocumentRequest,
  x_report: ZDocumentRequest,
  z_report: ZDocumentRequest,
  cancel_last: ZDocumentRequest,
  registration_report: ZRegistrationReportRequest,
};

export interface DocumentRequest {
  op: Op;
  /** the parsed JSON body */
  body: unknown;
  /** the Idempotency-Key header, if sent: must equal body.clientDocId */
  idempotencyKey?: string | null;
  /** the signed-in cashier; every op but the registration report needs one */
  cashier: Cashier | null;
  /** the journal and the document stored under this clientDocId, when the caller already read them (withDevice does) */
  snapshot?: Snapshot;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

const fieldError = (field: string, message: string): Refusal => ({
  kind: "error",
  error: validationError(translateFields([{ field, message }])),
});

/** clientDocId and the request hash, before anything else (needed for the replay check). */
export function idempotencyOf(
  op: string,
  body: unknown,
  idempotencyKey?: string | null,
): { clientDocId: string; requestHash: string } {
  if (!isPlainObject(body))
    throw validationError(translateFields([{ field: "body", message: "device.v.json" }]));
  const id = ZClientDocId.safeParse(body.clientDocId);
  if (!id.success)
    throw validationError(translateFields([{ field: "clientDocId", message: "device.v.clientDocId" }]));
  if (idempotencyKey != null && idempotencyKey !== id.data) {
    throw validationError(
      translateFields([{ field: "Idempotency-Key", message: "device.v.idempotencyKeyMismatch" }]),
    );
  }
  return { clientDocId: id.data, requestHash: requestHashOf({ op, body }) };
}

type Priced = { computed: ComputedReceipt | null; refusal: ReceiptRefusal | null };

/** Validates and prices a receipt; business refusals are kept for the plan (after the shift checks). */
export function prepareReceipt(
  cb: DeviceCashbox,
  payload: TReceiptPayload,
  createdAt: Date,
  vatRates: readonly VatRateRow[],
  prefix = "",
): Result<Priced> {
  const isReturn = payload.type === "sale_return" || payload.type === "purchase_return";
  if (isReturn && !payload.returnBasis)
    return refuse(fieldError(`${prefix}returnBasis`, "device.v.returnBasisRequired"));
  if (!isReturn && payload.returnBasis)
    return refuse(fieldError(`${prefix}returnBasis`, "device.v.returnBasisNotAllowed"));
  const result = computeReceipt(payload, {
    country: cb.org.country,
    localDate: localDate(createdAt, cb.org.timezone),
    vatRates,
  });
  if (result.ok) return ok({ computed: result.receipt, refusal: null });
  if (result.kind === "validation") {
    const fields = result.fields.map((f) => ({ field: `${prefix}${f.field}`, message: f.message }));
    return refuse({ kind: "error", error: validationError(translateFields(fields)) });
  }
  return ok({ computed: null, refusal: result });
}

/** Registration and state as the snapshot shows them (online documents need REGISTERED + ACTIVE). */
export function admission(op: Op, snapshot: Snapshot, offline: boolean): Refusal | null {
  const j = snapshot.journal;
  if (op !== "registration_report" && j.registrationStatus !== "REGISTERED")
    return { kind: "error", error: new DeviceError("CASHBOX_NOT_FISCALIZED") };
  const refused = stateRefusal(j.operationalState, offline);
  return refused ? { kind: "state", state: refused, reason: j.operationalReason } : null;
}

function onlineCommand(
  cb: DeviceCashbox,
  req: DocumentRequest,
  ids: { clientDocId: string; requestHash: string },
  now: Date,
  vatRates: readonly VatRateRow[],
): Result<Command> {
  const parsed = SCHEMAS[req.op].safeParse(req.body);
  if (!parsed.success) return refuse({ kind: "error", error: validationError(fieldsFromZod(parsed.error)) });
  const body = parsed.data as { createdAt: string; deviceSeq?: number; prevHash?: string } & Record<
    string,
    unknown
  >;
  const createdAt = new Date(body.createdAt);
  if (createdAt.getTime() > now.getTime() + MAX_CLOCK_AHEAD_MS)
    return refuse(fieldError("createdAt", "device.v.futureTime"));
  const cmd: Command = {
    op: req.op,
    ...ids,
    createdAt,
    deviceSeq: body.deviceSeq ?? null,
    prevHash: body.prevHash ?? null,
    offline: false,
    autonomousSign: null,
    cashier: req.cashier,
  };
  if (req.op === "receipt") {
    const payload = body as unknown as TReceiptPayload;
    const priced = prepareReceipt(cb, payload, createdAt, vatRates);
    if (!priced.ok) return priced;
    cmd.receipt = { payload, ...priced.value };
  } else if (req.op === "cash_operation") {
    cmd.cashOperation = { type: body.type as "deposit" | "withdrawal", amount: body.amount as number };
  } else if (req.op === "registration_report") {
    cmd.registration = body.report as Command["registration"];
  }
  return ok(cmd);
}

/** Accepts one online document; a refusal is thrown as DeviceError (the HTTP edge maps it). */
export async function acceptDocument(
  cb: DeviceCashbox,
  req: DocumentRequest,
  opts: { now?: Date; source?: RequestSource } = {},
): Promise<Outcome> {
  const now = opts.now ?? new Date();
  if (req.op !== "registration_report" && !req.cashier) throw new DeviceError("CASHIER_SESSION_INVALID");
  const ids = idempotencyOf(req.op, req.body, req.idempotencyKey);
  const vatRates = await loadVatRates(now.getTime());
  const settled = await run(
    cb,
    ids.clientDocId,
    ids.requestHash,
    async (snapshot) => {
      const refused = admission(req.op, snapshot, false);
      return refused ? refuse(refused) : onlineCommand(cb, req, ids, now, vatRates);
    },
    { now, vatRates, snapshot: req.snapshot, source: opts.source },
  );
  if (!settled.ok) throw settled.error;
  return settled.outcome;
}
