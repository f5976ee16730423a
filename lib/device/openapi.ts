// /api/device/v1/openapi.json, generated from the zod schemas that validate the requests
// (schemas.ts): the integration tests check every answer against this document, so it cannot
// drift from the code.
import { OpenAPIRegistry, OpenApiGeneratorV31 } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { DEVICE_ERRORS, type DeviceErrorCode } from "./errors";
import * as S from "./schemas";

const STATUS_TEXT: Record<number, string> = {
  400: "Некорректные данные запроса",
  401: "Неизвестный токен кассы или сессия кассира",
  403: "Касса не фискализирована",
  404: "Документ не найден",
  409: "Конфликт: смена, идемпотентность, очередность документов",
  422: "Операция отклонена правилами (деньги, лимит, возврат)",
  423: "Касса заблокирована",
  429: "Слишком много попыток",
  500: "Непредвиденная ошибка на сервере",
  503: "База данных временно недоступна или истёк лимит времени (блокировка, запрос, ожидание соединения); повторите через Retry-After секунд",
};

/** 429 and 503 carry Retry-After (seconds); the same figure is in details.retryAfterSeconds. */
const RETRY_AFTER_HEADER = {
  "Retry-After": { description: "Seconds to wait before retrying", schema: { type: "integer" as const } },
};

function errors(codes: DeviceErrorCode[]) {
  const byStatus = new Map<number, DeviceErrorCode[]>();
  for (const c of [
    ...codes,
    "CASHBOX_TOKEN_NOT_FOUND",
    "INTERNAL_ERROR",
    "SERVICE_UNAVAILABLE",
  ] as DeviceErrorCode[]) {
    const s = DEVICE_ERRORS[c].status;
    byStatus.set(s, [...new Set([...(byStatus.get(s) ?? []), c])]);
  }
  return Object.fromEntries(
    [...byStatus.entries()].map(([status, list]) => [
      status,
      {
        description: `${STATUS_TEXT[status]}: ${list.map((c) => `${c} «${DEVICE_ERRORS[c].message}»`).join("; ")}`,
        content: { "application/json": { schema: S.ZErrorBody } },
        ...(status === 429 || status === 503 ? { headers: RETRY_AFTER_HEADER } : {}),
      },
    ]),
  );
}

const STATE: DeviceErrorCode[] = [
  "CASHBOX_NOT_FISCALIZED",
  "CASHBOX_BLOCKED",
  "CASHBOX_SERVER_BLOCKED",
  "CASHBOX_OFFLINE_TOO_LONG",
  "CASHBOX_INTEGRITY",
];
const DOCUMENT: DeviceErrorCode[] = [
  "CASHIER_SESSION_INVALID",
  ...STATE,
  "VALIDATION_FAILED",
  "IDEMPOTENCY_KEY_REUSED",
  "SEQUENCE_GAP",
  "SHIFT_NOT_OPEN",
  "SHIFT_TOO_LONG",
];

const cashierHeader = z.string().meta({ description: "Session token from POST /session" });
const documentHeaders = z.object({
  "X-Cashier-Session": cashierHeader,
  "Idempotency-Key": z
    .string()
    .optional()
    .meta({ description: "The document's clientDocId (must equal the body's)" }),
});

function json(schema: z.ZodType, description: string) {
  return { description, content: { "application/json": { schema } } };
}

function documentPath(
  registry: OpenAPIRegistry,
  path: string,
  summary: string,
  body: z.ZodType,
  ok: z.ZodType,
  extra: DeviceErrorCode[] = [],
) {
  registry.registerPath({
    method: "post",
    path,
    summary,
    request: {
      headers: documentHeaders,
      body: { required: true, content: { "application/json": { schema: body } } },
    },
    responses: {
      201: json(
        ok,
        "Документ принят (при повторе с тем же clientDocId — первый ответ и заголовок Idempotent-Replayed: true)",
      ),
      ...errors([...DOCUMENT, ...extra]),
    },
  });
}

function build() {
  const registry = new OpenAPIRegistry();
  registry.registerComponent("securitySchemes", "cashboxToken", {
    type: "http",
    scheme: "bearer",
    description: "Токен кассы (показывается один раз при создании)",
  });

  registerSession(registry);
  registerDocuments(registry);
  registerBatch(registry);
  registerReads(registry);
  for (const extend of extensions) extend(registry, { errors, json });

  return new OpenApiGeneratorV31(registry.definitions).generateDocument({
    openapi: "3.1.0",
    info: {
      title: "Kassa Cabinet — device API",
      version: "1.0.0",
      description:
        "API касс и терминалов. Деньги — целые числа в минимальных единицах (копейки/тиыны), количество — строка с 3 знаками, время — RFC 3339. " +
        'Ошибки: {"error":{code,message,details?,requestId}}.',
    },
    servers: [{ url: "/api/device/v1" }],
    security: [{ cashboxToken: [] }],
  });
}

function registerSession(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "post",
    path: "/session",
    summary: "Вход кассира по PIN-коду",
    request: { body: { required: true, content: { "application/json": { schema: S.ZSessionRequest } } } },
    responses: {
      201: json(S.ZSessionResponse, "Сессия кассира"),
      ...errors(["VALIDATION_FAILED", "CASHIER_PIN_INVALID", "TOO_MANY_ATTEMPTS"]),
    },
  });
  registry.registerPath({
    method: "delete",
    path: "/session",
    summary: "Выход кассира",
    request: { headers: z.object({ "X-Cashier-Session": cashierHeader }) },
    responses: { 204: { description: "Сессия закрыта" }, ...errors(["CASHIER_SESSION_INVALID"]) },
  });
  registry.registerPath({
    method: "get",
    path: "/cashbox",
    summary: "Состояние и реквизиты кассы, смена, наличные, голова журнала, время сервера",
    responses: { 200: json(S.ZCashboxInfo, "Касса"), ...errors([]) },
  });
}

function registerDocuments(registry: OpenAPIRegistry) {
  documentPath(registry, "/shifts", "Открыть смену", S.ZDocumentRequest, S.ZShiftOpenResponse, [
    "SHIFT_ALREADY_OPEN",
  ]);
  documentPath(registry, "/shifts/current/x-report", "X-отчёт", S.ZDocumentRequest, S.ZReportResponse);
  documentPath(
    registry,
    "/shifts/current/close",
    "Z-отчёт и закрытие смены",
    S.ZDocumentRequest,
    S.ZReportResponse,
  );
  documentPath(
    registry,
    "/receipts",
    "Чек: продажа, возврат продажи, покупка, возврат покупки",
    S.ZReceiptRequest,
    S.ZDocumentResponse,
    ["INSUFFICIENT_CASH", "CARD_EXCEEDS_TOTAL", "CASHIER_LIMIT_EXCEEDED", "OPERATION_NOT_ALLOWED"],
  );
  documentPath(
    registry,
    "/cash-operations",
    "Внесение или изъятие наличных",
    S.ZCashOperationRequest,
    S.ZCashOperationResponse,
    ["INSUFFICIENT_CASH", "CASHIER_LIMIT_EXCEEDED"],
  );
  documentPath(
    registry,
    "/operations/cancel-last",
    "Отмена последней операции (обратный документ)",
    S.ZDocumentRequest,
    S.ZCancelResponse,
    ["INSUFFICIENT_CASH", "CASHIER_LIMIT_EXCEEDED", "OPERATION_NOT_ALLOWED"],
  );
  registry.registerPath({
    method: "post",
    path: "/registration-report",
    summary: "Отчёт о регистрации кассы (принимается и до регистрации)",
    request: {
      body: { required: true, content: { "application/json": { schema: S.ZRegistrationReportRequest } } },
    },
    responses: {
      201: json(S.ZDocumentResponse, "Отчёт принят"),
      ...errors(
        STATE.filter((c) => c !== "CASHBOX_NOT_FISCALIZED").concat([
          "VALIDATION_FAILED",
          "IDEMPOTENCY_KEY_REUSED",
          "SEQUENCE_GAP",
          "REGISTRATION_MISMATCH",
        ]),
      ),
    },
  });
}

const BATCH_RULES =
  "Новые документы принимаются только при вошедшем кассире (X-Cashier-Session этой кассы); без сессии каждый новый " +
  "документ отклоняется с CASHIER_SESSION_INVALID (повторы уже принятых отвечаются как duplicate и без неё). " +
  "Каждый документ доказывает своего кассира: cashierId, записанный при создании документа (входит в подписанное " +
  "содержимое; без cashierId — кассир сессии), должен быть текущим кассиром организации с PIN-кодом (может войти на " +
  "эту кассу), иначе VALIDATION_FAILED (cashierId); кассир сессии — тоже текущий, иначе CASHIER_SESSION_INVALID. " +
  "От заблокированной кассы (BLOCKED) принимаются только документы, созданные до блокировки (createdAt не позже " +
  "момента блокировки, цепочка deviceSeq/prevHash и неубывающее время доказывают порядок); остальные — CASHBOX_BLOCKED. " +
  "Неверный автономный фискальный признак переводит кассу в INTEGRITY; адрес запроса записывается в журнал и в причину. " +
  "Лимит 72 часа: документ, созданный (createdAt) позже 72 часов после последней связи кассы с сервером, когда на " +
  "устройстве не оставалось неотправленного (любой вызов, кроме этого пакета, или пакет, после которого remaining = 0), " +
  "отклоняется с OFFLINE_LIMIT_EXCEEDED (422); журнал не продвигается, цепочка не нарушается, следующие — NOT_PROCESSED. " +
  "Поэтому устройство выгружает очередь раньше любого другого вызова.";

function registerBatch(registry: OpenAPIRegistry) {
  registry.registerPath({
    method: "post",
    path: "/documents:batch",
    summary: "Пакетная загрузка офлайн-документов (до 200, по порядку deviceSeq)",
    description: BATCH_RULES,
    request: {
      headers: z.object({ "X-Cashier-Session": cashierHeader.optional() }),
      body: { required: true, content: { "application/json": { schema: S.ZBatchRequest } } },
    },
    responses: {
      200: json(
        S.ZBatchResponse,
        "Результат по каждому документу; обработка останавливается на первом отклонённом",
      ),
      ...errors(["CASHIER_SESSION_INVALID", "VALIDATION_FAILED"]),
    },
  });
}

function registerReads(registry: OpenAPIRegistry) {
  const receiptParams = z.object({ receiptId: z.string().meta({ description: "Document id" }) });
  registry.registerPath({
    method: "get",
    path: "/receipts",
    summary: "Документы кассы: поиск по номеру, ФП, периоду и сумме, новые первыми, постранично",
    description:
      "Только документы вызывающей кассы. Страница — до limit документов (по умолчанию 50, не больше 100) " +
      "в порядке убывания номера; следующая страница — тот же запрос с before = nextCursor. " +
      "Для продажи и покупки — сколько уже возвращено (всеми возвратами организации, кроме отменённых) и " +
      "сколько ещё можно вернуть: всего (remainingTotal, этот предел проверяет POST /receipts) и по строкам " +
      "(remainingQuantity; строки возврата сопоставляются по наименованию, цене и позиции номенклатуры).",
    request: { query: S.ZReceiptsQuery, headers: z.object({ "X-Cashier-Session": cashierHeader }) },
    responses: {
      200: json(S.ZReceiptList, "Страница документов; nextCursor — курсор следующей страницы или null"),
      ...errors(["CASHIER_SESSION_INVALID", "VALIDATION_FAILED"]),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/receipts/{receiptId}",
    summary: "Документ кассы",
    request: { params: receiptParams, headers: z.object({ "X-Cashier-Session": cashierHeader }) },
    responses: {
      200: json(S.ZDocumentResponse, "Документ"),
      ...errors(["CASHIER_SESSION_INVALID", "RECEIPT_NOT_FOUND"]),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/receipts/{receiptId}/duplicate",
    summary: "Дубликат чека",
    request: { params: receiptParams, headers: z.object({ "X-Cashier-Session": cashierHeader }) },
    responses: {
      200: json(S.ZDuplicateResponse, "Печатная форма с отметкой «ДУБЛИКАТ»"),
      ...errors(["CASHIER_SESSION_INVALID", "RECEIPT_NOT_FOUND"]),
    },
  });
  registry.registerPath({
    method: "post",
    path: "/receipts/{receiptId}/send",
    summary: "Отправить чек на e-mail",
    request: {
      params: receiptParams,
      headers: z.object({ "X-Cashier-Session": cashierHeader }),
      body: { required: true, content: { "application/json": { schema: S.ZSendReceiptRequest } } },
    },
    responses: {
      202: json(S.ZSendReceiptResponse, "Письмо поставлено в очередь"),
      ...errors(["CASHIER_SESSION_INVALID", "RECEIPT_NOT_FOUND", "VALIDATION_FAILED", "TOO_MANY_ATTEMPTS"]),
    },
  });
  registry.registerPath({
    method: "get",
    path: "/nomenclature",
    summary: "Изменения номенклатуры после курсора (архивные позиции приходят с archived: true)",
    request: { query: S.ZNomenclatureQuery },
    responses: {
      200: json(S.ZNomenclatureResponse, "Страница изменений; hasMore — запросить снова с nextCursor"),
      ...errors(["VALIDATION_FAILED"]),
    },
  });
}

type Extension = (registry: OpenAPIRegistry, helpers: { errors: typeof errors; json: typeof json }) => void;
const extensions: Extension[] = [];

/** Lets another module (the nomenclature feed) add its paths to the same document. */
export function extendOpenApi(extension: Extension) {
  extensions.push(extension);
  doc = null;
}

let doc: ReturnType<typeof build> | null = null;

export function deviceOpenApi() {
  doc ??= build();
  return doc;
}
