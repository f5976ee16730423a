// Zod schemas of the device API (docs/device-api.md §6): the request schemas validate every request,
// and the same schemas, with the response schemas below, generate /api/device/v1/openapi.json
// (lib/device/openapi.ts). Messages are i18n keys of the `device` namespace; the API answers in Russian.
import { z } from "zod";
import { DOCUMENT_KINDS } from "@/lib/fiscal/content";
import { RECEIPT_TYPES } from "@/lib/fiscal/receipt";

const m = (key: string) => ({ error: `device.v.${key}` });

// ---- building blocks ---------------------------------------------------------------------------

export const ZClientDocId = z
  .string(m("clientDocId"))
  .regex(/^[A-Za-z0-9._:-]{1,128}$/, m("clientDocId"))
  .meta({
    description: "The device's id of the document (UUIDv7 recommended); also sent as Idempotency-Key",
    example: "0190c5b2-7d1e-7a4b-9c3f-2f6a1b0c9d8e",
  });
export const ZDateTime = z.iso
  .datetime({ offset: true, ...m("datetime") })
  .meta({ example: "2026-03-01T12:05:00+05:00" });
/** minor units (копейки / тиыны) */
export const ZAmount = z
  .int(m("amount"))
  .min(0, m("amount"))
  .max(1e13, m("amountTooLarge"))
  .meta({ description: "Minor units" });
export const ZPositiveAmount = z
  .int(m("amountPositive"))
  .min(1, m("amountPositive"))
  .max(1e13, m("amountTooLarge"))
  .meta({ description: "Minor units" });
export const ZDeviceSeq = z
  .int(m("seq"))
  .min(1, m("seq"))
  .max(4294967295, m("seq"))
  .meta({ description: "The device's journal number (uint32)" });
export const ZHash = z
  .string(m("hash"))
  .regex(/^[A-Za-z0-9+/]{43}=$/, m("hash"))
  .meta({ description: "base64 SHA-256" });
export const ZUuid = z.guid(m("uuid"));
const ZQuantity = z
  .string(m("quantity"))
  .regex(/^\d{1,9}(\.\d{1,3})?$/, m("quantity"))
  .meta({ description: "Decimal string with at most 3 places", example: "0.750" });

/** Fields every online document request carries. deviceSeq/prevHash are optional online: the server assigns them when absent. */
const documentHeader = {
  clientDocId: ZClientDocId,
  createdAt: ZDateTime.meta({ description: "Device time of the document" }),
  deviceSeq: ZDeviceSeq.optional(),
  prevHash: ZHash.optional(),
  offline: z.literal(false, m("onlineOnly")).optional(),
};

export const ZReceiptItem = z
  .strictObject({
    nomenclatureId: ZUuid.nullable().optional(),
    name: z.string(m("name")).trim().min(1, m("name")).max(256, m("name")),
    unit: z.strictObject({
      code: z
        .string(m("unit"))
        .regex(/^\d{1,4}$/, m("unit"))
        .meta({ description: "RU: ФФД tag 2108 code (0 шт, 11 кг, 41 л); KZ: OKEI (796 шт, 166 кг, 112 л)" }),
      name: z.string(m("tooLong")).max(32, m("tooLong")).optional(),
    }),
    price: z
      .int(m("amount"))
      .min(0, m("amount"))
      .max(1e11, m("amountTooLarge"))
      .meta({ description: "Minor units per unit of measure" }),
    quantity: ZQuantity,
    vatRate: z
      .string(m("vatRate"))
      .regex(/^[A-Z0-9_]{1,16}$/, m("vatRate"))
      .meta({ example: "VAT22" }),
    discount: ZAmount.optional(),
    markCodes: z
      .array(z.string(m("invalid")).min(1, m("invalid")).max(256, m("tooLong")), m("invalid"))
      .max(100, m("tooMany"))
      .optional(),
  })
  .meta({ id: "ReceiptItem" });

export const ZPayment = z
  .strictObject({ type: z.enum(["cash", "card"], m("paymentType")), amount: ZAmount })
  .meta({ id: "Payment" });

export const ZCustomer = z
  .strictObject({
    email: z.email(m("email")).max(254, m("email")).nullable().optional(),
    phone: z
      .string(m("phone"))
      .regex(/^\+?\d{5,15}$/, m("phone"))
      .nullable()
      .optional(),
    taxId: z
      .string(m("taxId"))
      .regex(/^(\d{10}|\d{12})$/, m("taxId"))
      .nullable()
      .optional(),
  })
  .meta({ id: "Customer" });

export const ZReturnBasis = z
  .union([
    z.strictObject({ receiptId: ZUuid }),
    z.strictObject({
      fiscalSign: z.string(m("fiscalSign")).regex(/^\d{1,10}$/, m("fiscalSign")),
      registrationNumber: z.string(m("invalid")).min(1, m("invalid")).max(32, m("tooLong")),
      createdAt: ZDateTime,
      total: ZAmount,
    }),
  ])
  .meta({
    id: "ReturnBasis",
    description:
      "The receipt a return refers to: its id, or its printed requisites (Webkassa ReturnBasisDetails)",
  });

/** The receipt itself; online requests add the document header, batch entries carry it as payload. */
export const ZReceiptPayload = z.strictObject({
  type: z.enum(RECEIPT_TYPES, m("receiptType")),
  items: z.array(ZReceiptItem, m("items")).min(1, m("items")).max(500, m("items")),
  payments: z.array(ZPayment, m("payments")).max(2, m("payments")),
  cashTendered: ZAmount.optional(),
  customer: ZCustomer.nullable().optional(),
  returnBasis: ZReturnBasis.nullable().optional(),
});

export const ZCashOperationPayload = z.strictObject({
  type: z.enum(["deposit", "withdrawal"], m("cashOperationType")),
  amount: ZPositiveAmount,
});

export const ZRegistrationReportData = z
  .strictObject({
    reason: z.enum(["registration", "reregistration", "deregistration"], m("invalid")),
    registrationNumber: z.string(m("invalid")).max(32, m("tooLong")).nullable().optional(),
    fiscalDriveNumber: z.string(m("invalid")).max(32, m("tooLong")).nullable().optional(),
    inkOfd: z.string(m("invalid")).max(32, m("tooLong")).nullable().optional(),
    /** the cashbox's serial number as printed on the report; when sent, a third-party ОФД activation checks it */
    serialNumber: z.string(m("invalid")).max(32, m("tooLong")).nullable().optional(),
    taxId: z
      .string(m("taxId"))
      .regex(/^(\d{10}|\d{12})$/, m("taxId"))
      .nullable()
      .optional(),
    address: z.string(m("invalid")).max(512, m("tooLong")).nullable().optional(),
    taxation: z.string(m("invalid")).max(64, m("tooLong")).nullable().optional(),
  })
  .meta({ id: "RegistrationReportData" });

// ---- requests ----------------------------------------------------------------------------------

export const ZSessionRequest = z
  .strictObject({
    pin: z.string(m("pin")).regex(/^\d{4,6}$/, m("pin")),
    cashierId: ZUuid.optional().meta({
      description: "Membership id of the cashier, when the terminal lets the cashier pick a name first",
    }),
  })
  .meta({ id: "SessionRequest" });

export const ZReceiptRequest = ZReceiptPayload.extend(documentHeader).meta({ id: "ReceiptRequest" });
export const ZCashOperationRequest = ZCashOperationPayload.extend(documentHeader).meta({
  id: "CashOperationRequest",
});
/** POST /shifts, /shifts/current/x-report, /shifts/current/close, /operations/cancel-last */
export const ZDocumentRequest = z.strictObject(documentHeader).meta({ id: "DocumentRequest" });
export const ZRegistrationReportRequest = z
  .strictObject({ ...documentHeader, report: ZRegistrationReportData })
  .meta({ id: "RegistrationReportRequest" });
export const ZSendReceiptRequest = z
  .strictObject({ email: z.email(m("email")).max(254, m("email")) })
  .meta({ id: "SendReceiptRequest" });

const batchEntryHeader = {
  clientDocId: ZClientDocId,
  deviceSeq: ZDeviceSeq,
  prevHash: ZHash,
  createdAt: ZDateTime,
  offline: z.literal(true, m("offlineOnly")),
  autonomousSign: z
    .string(m("autonomousSign"))
    .regex(/^\d{10}$/, m("autonomousSign"))
    .meta({ description: "The terminal's HMAC fiscal sign of the content" }),
  cashierId: ZUuid.optional().meta({
    description:
      "Membership id of the cashier who made it (part of the signed content); defaults to the signed-in cashier. " +
      "Must be a current cashier of the organization (one with a PIN); the upload itself needs a signed-in cashier",
  }),
};
export const ZBatchEntry = z
  .discriminatedUnion(
    "kind",
    [
      z.strictObject({ kind: z.literal("receipt"), ...batchEntryHeader, payload: ZReceiptPayload }),
      z.strictObject({
        kind: z.literal("cash_operation"),
        ...batchEntryHeader,
        payload: ZCashOperationPayload,
      }),
      z.strictObject({
        kind: z.literal("shift_open"),
        ...batchEntryHeader,
        payload: z.strictObject({}).optional(),
      }),
      z.strictObject({
        kind: z.literal("x_report"),
        ...batchEntryHeader,
        payload: z.strictObject({}).optional(),
      }),
      z.strictObject({
        kind: z.literal("z_report"),
        ...batchEntryHeader,
        payload: z.strictObject({}).optional(),
      }),
    ],
    m("kind"),
  )
  .meta({ id: "BatchEntry" });
export const ZBatchQueue = z
  .strictObject({
    remaining: z.int(m("invalid")).min(0, m("invalid")).max(1_000_000_000, m("invalid")),
    oldestCreatedAt: ZDateTime.nullable().optional(),
    offlineSince: ZDateTime.nullable().optional(),
  })
  .meta({ id: "BatchQueue", description: "What is still queued on the device after this batch" });
export const ZBatchRequest = z
  .strictObject({
    documents: z.array(ZBatchEntry, m("invalid")).max(200, m("tooMany")),
    queue: ZBatchQueue,
  })
  .meta({ id: "BatchRequest" });
/** The envelope as checked before the entries: each entry is then validated on its own (ZBatchEntry). */
export const ZBatchEnvelope = ZBatchRequest.extend({
  documents: z.array(z.unknown(), m("invalid")).max(200, m("tooMany")),
});

export const ZNomenclatureQuery = z.strictObject({
  since: z
    .string(m("since"))
    .regex(/^\d{1,19}$/, m("since"))
    .optional()
    .meta({ description: "Cursor: nextCursor of the previous page; 0 or absent for everything" }),
  limit: z
    .string(m("limit"))
    .regex(/^([1-9]\d{0,2}|1000)$/, m("limit"))
    .optional()
    .meta({ description: "1 to 1000, default 500" }),
});

/** a time of a query: PostgreSQL has no year 0, and no cashbox worked before 1970 */
const ZQueryTime = ZDateTime.refine((v) => Date.parse(v) >= 0, m("datetime"));
/** document numbers are PostgreSQL integers */
const INT32_MAX = 2_147_483_647;
/** an optional document number in a query (1 … INT32_MAX), refused with the message of `field` */
const ZDocumentNumber = (field: Parameters<typeof m>[0]) =>
  z
    .string(m(field))
    .regex(/^[1-9]\d{0,9}$/, m(field))
    .refine((v) => Number(v) <= INT32_MAX, m(field))
    .optional();
/** GET /receipts: a cashbox's documents, newest first (docs/device-api.md «Listing the cashbox's documents»). */
export const ZReceiptsQuery = z
  .strictObject({
    number: ZDocumentNumber("number").meta({ description: "Fiscal document number (tag 1040)" }),
    fiscalSign: z
      .string(m("fiscalSign"))
      .regex(/^\d{1,10}$/, m("fiscalSign"))
      .optional()
      .meta({ description: "Fiscal sign as printed (leading zeros may be left out)" }),
    from: ZQueryTime.optional().meta({ description: "Documents created at or after this time" }),
    to: ZQueryTime.optional().meta({ description: "Documents created at or before this time" }),
    total: z
      .string(m("amount"))
      .regex(/^\d{1,13}$/, m("amount"))
      .optional()
      .meta({ description: "Exact document total, minor units" }),
    type: z
      .string(m("documentTypes"))
      .regex(
        new RegExp(`^(${DOCUMENT_KINDS.join("|")})(,(${DOCUMENT_KINDS.join("|")}))*$`),
        m("documentTypes"),
      )
      .optional()
      .meta({ description: "Comma-separated document kinds, e.g. sale,purchase; all kinds when absent" }),
    before: ZDocumentNumber("cursor").meta({
      description: "Cursor: nextCursor of the previous page (documents numbered below it)",
    }),
    limit: z
      .string(m("receiptsLimit"))
      .regex(/^([1-9]\d?|100)$/, m("receiptsLimit"))
      .optional()
      .meta({ description: "1 to 100, default 50" }),
  })
  .refine((q) => !q.from || !q.to || Date.parse(q.from) <= Date.parse(q.to), {
    path: ["to"],
    ...m("dateRange"),
  });

// ---- responses ---------------------------------------------------------------------------------

export const ZErrorBody = z
  .strictObject({
    error: z.strictObject({
      code: z.string(),
      message: z.string(),
      details: z
        .strictObject({
          fields: z.array(z.strictObject({ field: z.string(), message: z.string() })).optional(),
          reason: z.string().optional(),
          expectedSeq: z.int().optional(),
          retryAfterSeconds: z.int().optional(),
          mismatches: z
            .array(z.strictObject({ field: z.string(), expected: z.string(), actual: z.string().nullable() }))
            .optional(),
        })
        .optional(),
      requestId: z.string(),
    }),
  })
  .meta({ id: "Error" });

export const ZPrintLine = z
  .strictObject({
    text: z.string(),
    style: z.enum(["normal", "bold", "center", "bold_center"]),
    kind: z.enum(["text", "separator", "qr"]),
  })
  .meta({ id: "PrintLine" });
const ZVatAmount = z.strictObject({ rate: z.string(), amount: z.int() });

export const ZDocument = z
  .strictObject({
    id: ZUuid,
    clientDocId: z.string(),
    type: z.enum(DOCUMENT_KINDS),
    number: z.int().meta({ description: "Fiscal document number of the cashbox (tag 1040)" }),
    shiftNumber: z.int().nullable(),
    numberInShift: z.int().nullable(),
    deviceSeq: z.int().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    acceptedAt: z.iso.datetime({ offset: true }),
    fiscalSign: z.string().regex(/^\d{10}$/),
    offline: z.boolean(),
    cashierName: z.string(),
    total: z.int(),
    cash: z.int(),
    card: z.int(),
    change: z.int(),
    vat: z.array(ZVatAmount),
    checkUrl: z.string().nullable(),
    qr: z.string().nullable(),
    hash: z.string(),
    prevHash: z.string(),
    print: z.strictObject({ lines: z.array(ZPrintLine) }),
  })
  .meta({ id: "Document" });

const ZOperationTotals = z.strictObject({
  count: z.int(),
  total: z.int(),
  cash: z.int(),
  card: z.int(),
  discount: z.int(),
  change: z.int(),
  vat: z.array(ZVatAmount),
});
const ZNonNullable = z.strictObject({
  sale: z.int(),
  sale_return: z.int(),
  purchase: z.int(),
  purchase_return: z.int(),
});
export const ZShiftReport = z
  .strictObject({
    shiftNumber: z.int(),
    openedAt: z.iso.datetime({ offset: true }),
    closedAt: z.iso.datetime({ offset: true }).nullable(),
    documentCount: z.int(),
    openingCash: z.int(),
    deposits: z.int(),
    withdrawals: z.int(),
    cashInDrawer: z.int(),
    byType: z.strictObject({
      sale: ZOperationTotals,
      sale_return: ZOperationTotals,
      purchase: ZOperationTotals,
      purchase_return: ZOperationTotals,
    }),
    nonNullable: z.strictObject({ start: ZNonNullable, end: ZNonNullable }),
    fiscalSign: z.string().regex(/^\d{10}$/),
  })
  .meta({ id: "ShiftReport" });

export const ZShiftInfo = z
  .strictObject({
    number: z.int(),
    openedAt: z.iso.datetime({ offset: true }),
    openedBy: z.string(),
    openingCash: z.int(),
    documentCount: z.int(),
  })
  .meta({ id: "ShiftInfo" });

export const ZSessionResponse = z
  .strictObject({
    sessionToken: z.string(),
    cashier: z.strictObject({ id: ZUuid, name: z.string(), operationLimit: z.int().nullable() }),
    expiresAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "SessionResponse" });

export const ZDocumentResponse = z.strictObject({ document: ZDocument }).meta({ id: "DocumentResponse" });
export const ZCashOperationResponse = z
  .strictObject({ document: ZDocument, cashInDrawer: z.int() })
  .meta({ id: "CashOperationResponse" });
export const ZShiftOpenResponse = z
  .strictObject({ document: ZDocument, shift: ZShiftInfo })
  .meta({ id: "ShiftOpenResponse" });
export const ZReportResponse = z
  .strictObject({ document: ZDocument, report: ZShiftReport })
  .meta({ id: "ReportResponse" });
export const ZCancelResponse = z
  .strictObject({
    document: ZDocument,
    cancelled: z.strictObject({ id: ZUuid, number: z.int(), type: z.enum(DOCUMENT_KINDS) }),
    cashInDrawer: z.int(),
  })
  .meta({ id: "CancelResponse" });
export const ZDuplicateResponse = z
  .strictObject({ document: ZDocument, print: z.strictObject({ lines: z.array(ZPrintLine) }) })
  .meta({ id: "DuplicateResponse" });
export const ZSendReceiptResponse = z
  .strictObject({ queued: z.literal(true), to: z.string() })
  .meta({ id: "SendReceiptResponse" });

export const ZCashboxInfo = z
  .strictObject({
    cashbox: z.strictObject({
      id: ZUuid,
      name: z.string(),
      model: z.string(),
      serialNumber: z.string(),
      registrationNumber: z.string().nullable(),
      inkOfd: z.string().nullable(),
      fiscalDriveNumber: z.string().nullable(),
      registrationStatus: z.enum(["DRAFT", "SUBMITTED", "REGISTERED", "REFUSED", "DEREGISTERED"]),
      state: z.enum(["ACTIVE", "BLOCKED", "SERVER_BLOCKED", "OFFLINE_TOO_LONG", "INTEGRITY"]),
      stateReason: z.string().nullable(),
      paidUntil: z.string().nullable(),
      autoCloseTime: z.string().nullable(),
      taxation: z.string(),
      receiptFooter: z.string(),
      address: z.string(),
      tradePoint: z.string(),
      ofd: z.strictObject({ code: z.string(), name: z.string(), site: z.string() }),
    }),
    organization: z.strictObject({
      id: ZUuid,
      name: z.string(),
      taxId: z.string(),
      country: z.enum(["RU", "KZ"]),
      timezone: z.string(),
    }),
    shift: ZShiftInfo.nullable(),
    cashInDrawer: z.int(),
    lastNumber: z.int(),
    lastDeviceSeq: z.int(),
    lastHash: z.string(),
    offlineSince: z.iso.datetime({ offset: true }).nullable(),
    pending: z.strictObject({ count: z.int(), oldestCreatedAt: z.iso.datetime({ offset: true }).nullable() }),
    vatRates: z.array(z.strictObject({ code: z.string(), label: z.string(), rate: z.int().nullable() })),
    serverTime: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "CashboxInfo" });

export const ZNomenclatureItem = z
  .strictObject({
    id: ZUuid,
    name: z.string(),
    article: z.string().nullable(),
    barcodes: z.array(z.string()),
    type: z.enum(["GOOD", "SERVICE"]),
    unit: z.strictObject({ id: z.string(), code: z.string(), name: z.string(), fractional: z.boolean() }),
    price: z.int(),
    vatRate: z.strictObject({ code: z.string(), rateBasisPoints: z.int().nullable() }),
    section: z.string().nullable(),
    archived: z.boolean(),
    updatedAt: z.iso.datetime({ offset: true }),
    cursor: z.string(),
  })
  .meta({ id: "NomenclatureItem" });
export const ZNomenclatureResponse = z
  .strictObject({ items: z.array(ZNomenclatureItem), nextCursor: z.string(), hasMore: z.boolean() })
  .meta({ id: "NomenclatureChanges" });

export const ZReceiptLineState = z
  .strictObject({
    lineNo: z.int(),
    name: z.string(),
    nomenclatureId: ZUuid.nullable(),
    unitCode: z.string(),
    price: z.int(),
    quantity: z.string().meta({ description: "Sold quantity, 3 decimal places" }),
    discount: z.int(),
    total: z.int(),
    vatRate: z.string(),
    returnedQuantity: z.string().meta({
      description:
        "Quantity already returned by earlier returns of this document (cancelled returns excluded)",
    }),
    remainingQuantity: z.string().meta({ description: "Quantity that may still be returned" }),
  })
  .meta({ id: "ReceiptLineState" });
export const ZReceiptSummary = z
  .strictObject({
    id: ZUuid,
    clientDocId: z.string(),
    type: z.enum(DOCUMENT_KINDS),
    number: z.int(),
    shiftNumber: z.int().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    fiscalSign: z.string().regex(/^\d{10}$/),
    offline: z.boolean(),
    cashierName: z.string(),
    total: z.int(),
    cash: z.int(),
    card: z.int(),
    change: z.int(),
    returnBasisId: ZUuid.nullable().meta({ description: "For a return: the document it returns" }),
    cancelled: z.boolean().meta({ description: "Reversed by «Отмена последней операции»" }),
    returnedTotal: z.int().meta({
      description: "Sale/purchase: the sum of its returns so far (any cashbox, cancelled returns excluded)",
    }),
    remainingTotal: z.int().meta({
      description: "Sale/purchase: what may still be returned (total − returnedTotal); 0 for other kinds",
    }),
    items: z.array(ZReceiptLineState),
  })
  .meta({ id: "ReceiptSummary" });
export const ZReceiptList = z
  .strictObject({
    receipts: z.array(ZReceiptSummary),
    nextCursor: z
      .string()
      .nullable()
      .meta({ description: "Pass as before= for the next (older) page; null on the last page" }),
  })
  .meta({ id: "ReceiptList" });

export const ZBatchResult = z
  .strictObject({
    clientDocId: z.string().nullable(),
    status: z.enum(["accepted", "duplicate", "rejected"]),
    document: ZDocument.optional(),
    error: z
      .strictObject({
        code: z.string(),
        message: z.string(),
        details: ZErrorBody.shape.error.shape.details,
      })
      .optional(),
  })
  .meta({ id: "BatchResult" });
export const ZBatchResponse = z
  .strictObject({ results: z.array(ZBatchResult), nextExpectedSeq: z.int() })
  .meta({ id: "BatchResponse" });

export type TReceiptPayload = z.infer<typeof ZReceiptPayload>;
export type TReceiptRequest = z.infer<typeof ZReceiptRequest>;
export type TCashOperationPayload = z.infer<typeof ZCashOperationPayload>;
export type TBatchEntry = z.infer<typeof ZBatchEntry>;
export type TRegistrationReportData = z.infer<typeof ZRegistrationReportData>;
export type TDocument = z.infer<typeof ZDocument>;
export type TShiftReport = z.infer<typeof ZShiftReport>;
export type TReceiptSummary = z.infer<typeof ZReceiptSummary>;
export type TReceiptList = z.infer<typeof ZReceiptList>;
