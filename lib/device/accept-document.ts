// One document request of the device API, in the order of docs/device-api.md §6: (auth is done by the
// caller) → idempotent replay → registration → operational state → validation → shift → business.
// The same function serves the HTTP routes and server-side producers (the demo seed, tests):
//   acceptDocument(cashbox, { op: "receipt", body, cashier }, { now })
import { z } from "zod";
import { computeReceipt, type ComputedReceipt, type ReceiptRefusal } from "@/lib/fiscal/receipt";
import { requestHashOf } from "@/lib/fiscal/sign";
import { localDate } from "@/lib/fiscal/vat";
import type { Cashier, DeviceCashbox, StoredDocument } from "./context";
import { execute, findStored, replay, type Command, type Op, type Outcome } from "./engine";
import { DeviceError, validationError } from "./errors";
import { fieldsFromZod, translateFields } from "./fields";
import {
  ZCashOperationRequest,
  ZClientDocId,
  ZDocumentRequest,
  ZReceiptRequest,
  ZRegistrationReportRequest,
  type TReceiptPayload,
} from "./schemas";
import { assertOperational, assertRegistered } from "./state";
import { loadVatRates } from "./vat-rates";
import { OfdReportMismatch, recordOfdMismatch } from "@/lib/registration/ofd-report";

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
  /** the stored document of this clientDocId, when the caller already looked it up (withDevice does) */
  stored?: StoredDocument | null;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

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

/** Validates and prices a receipt; business refusals are kept for after the shift checks. */
export function prepareReceipt(
  cb: DeviceCashbox,
  payload: TReceiptPayload,
  createdAt: Date,
  vatRates: Awaited<ReturnType<typeof loadVatRates>>,
  prefix = "",
): { computed: ComputedReceipt | null; refusal: ReceiptRefusal | null } {
  const isReturn = payload.type === "sale_return" || payload.type === "purchase_return";
  if (isReturn && !payload.returnBasis)
    throw validationError(
      translateFields([{ field: `${prefix}returnBasis`, message: "device.v.returnBasisRequired" }]),
    );
  if (!isReturn && payload.returnBasis)
    throw validationError(
      translateFields([{ field: `${prefix}returnBasis`, message: "device.v.returnBasisNotAllowed" }]),
    );
  const result = computeReceipt(payload, {
    country: cb.org.country,
    localDate: localDate(createdAt, cb.org.timezone),
    vatRates,
  });
  if (result.ok) return { computed: result.receipt, refusal: null };
  if (result.kind === "validation") {
    throw validationError(
      translateFields(result.fields.map((f) => ({ field: `${prefix}${f.field}`, message: f.message }))),
    );
  }
  // a business refusal (payments): raised by the engine after the sequence and shift checks
  return { computed: null, refusal: result };
}

export async function acceptDocument(
  cb: DeviceCashbox,
  req: DocumentRequest,
  opts: { now?: Date } = {},
): Promise<Outcome> {
  const now = opts.now ?? new Date();
  if (req.op !== "registration_report" && !req.cashier) throw new DeviceError("CASHIER_SESSION_INVALID");
  const { clientDocId, requestHash } = idempotencyOf(req.op, req.body, req.idempotencyKey);

  const stored = req.stored !== undefined ? req.stored : await findStored(cb, clientDocId);
  if (stored) return replay(stored, requestHash);

  if (req.op !== "registration_report") assertRegistered(cb.registrationStatus);
  await assertOperational(cb, false);

  const parsed = SCHEMAS[req.op].safeParse(req.body);
  if (!parsed.success) throw validationError(fieldsFromZod(parsed.error));
  const body = parsed.data as { createdAt: string; deviceSeq?: number; prevHash?: string } & Record<
    string,
    unknown
  >;
  const createdAt = new Date(body.createdAt);
  if (createdAt.getTime() > now.getTime() + MAX_CLOCK_AHEAD_MS) {
    throw validationError(translateFields([{ field: "createdAt", message: "device.v.futureTime" }]));
  }
  const vatRates = await loadVatRates(now.getTime());
  const cmd: Command = {
    op: req.op,
    clientDocId,
    requestHash,
    createdAt,
    deviceSeq: body.deviceSeq ?? null,
    prevHash: body.prevHash ?? null,
    offline: false,
    autonomousSign: null,
    cashier: req.cashier,
  };
  if (req.op === "receipt") {
    const payload = body as unknown as TReceiptPayload;
    cmd.receipt = { payload, ...prepareReceipt(cb, payload, createdAt, vatRates) };
  } else if (req.op === "cash_operation") {
    cmd.cashOperation = { type: body.type as "deposit" | "withdrawal", amount: body.amount as number };
  } else if (req.op === "registration_report") {
    cmd.registration = body.report as Command["registration"];
  }
  try {
    return await execute(cb, cmd, { now, vatRates });
  } catch (e) {
    // a third-party ОФД registration report that differs from the activation data: filed on
    // «Документооборот» after the rollback, then refused to the terminal
    if (e instanceof OfdReportMismatch) await recordOfdMismatch(e, now);
    throw e;
  }
}
