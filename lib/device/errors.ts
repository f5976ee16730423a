// Errors of the device API (docs/device-api.md §6): a stable code, an HTTP status and the Russian text
// the terminal shows (the texts of ../shared/seeds/000_*). Body: {"error":{code,message,details?,requestId}}.

export const DEVICE_ERRORS = {
  CASHBOX_TOKEN_NOT_FOUND: { status: 401, message: "CashBox token not found" },
  CASHIER_SESSION_INVALID: { status: 401, message: "Сессия кассира истекла, войдите снова" },
  CASHIER_PIN_INVALID: { status: 401, message: "Неверный PIN-код кассира" },
  CASHBOX_NOT_FISCALIZED: { status: 403, message: "Ваша касса не фискализирована" },
  RECEIPT_NOT_FOUND: { status: 404, message: "Чек не найден" },
  CASHBOX_BLOCKED: { status: 423, message: "Касса в режиме блокировки" },
  CASHBOX_SERVER_BLOCKED: { status: 423, message: "Касса переведена в режим серверной блокировки!" },
  CASHBOX_OFFLINE_TOO_LONG: { status: 423, message: "Касса в режиме оффлайн дольше 72-х часов" },
  OFFLINE_LIMIT_EXCEEDED: {
    status: 422,
    message: "Документ создан позже 72 часов после последней связи кассы с сервером",
  },
  CASHBOX_INTEGRITY: { status: 423, message: "Касса переведена в статус INT (integrity)" },
  SHIFT_ALREADY_OPEN: { status: 409, message: "На кассе уже имеется открытая смена пользователя {name}" },
  SHIFT_NOT_OPEN: { status: 409, message: "Смена не открыта" },
  SHIFT_TOO_LONG: { status: 409, message: "Смена превышает 24 часа, закройте смену (Z-отчёт)" },
  IDEMPOTENCY_KEY_REUSED: { status: 409, message: "Ключ идемпотентности уже использован с другими данными" },
  SEQUENCE_GAP: { status: 409, message: "Нарушена очередность документов" },
  INSUFFICIENT_CASH: { status: 422, message: "Недостаточно средств в кассе" },
  CARD_EXCEEDS_TOTAL: { status: 422, message: "Сумма оплаты картой не может превышать общую сумму чека" },
  CASHIER_LIMIT_EXCEEDED: {
    status: 422,
    message: "Сумма операции превышает заданный для пользователя предел",
  },
  OPERATION_NOT_ALLOWED: { status: 422, message: "Невозможно провести операцию" },
  /** third-party ОФД (KZ): the registration report differs from the РНМ / ИНК ОФД entered in the cabinet */
  REGISTRATION_MISMATCH: {
    status: 422,
    message: "Отчёт о регистрации не совпадает с данными кассы в кабинете: {fields}",
  },
  VALIDATION_FAILED: { status: 400, message: "Некорректные данные запроса" },
  TOO_MANY_ATTEMPTS: { status: 429, message: "Слишком много попыток, повторите позже" },
  INTERNAL_ERROR: { status: 500, message: "Непредвиденная ошибка на сервере" },
  /** the database cannot be reached or a time limit fired (lib/db/timeouts.ts): retry after Retry-After seconds */
  SERVICE_UNAVAILABLE: {
    status: 503,
    message: "Сервер временно недоступен, повторите попытку через несколько секунд",
  },
  /** batch only: the entry was not tried because an earlier one was rejected */
  NOT_PROCESSED: { status: 409, message: "Документ не обработан: предыдущий документ пакета отклонён" },
} as const;

export type DeviceErrorCode = keyof typeof DEVICE_ERRORS;

/** The texts a terminal sees on the second and later refused calls (seeds: «…в режиме серверной блокировки», «…в статусе integrity»). */
export const REPEAT_MESSAGES: Partial<Record<DeviceErrorCode, string>> = {
  CASHBOX_SERVER_BLOCKED: "Касса в режиме серверной блокировки",
  CASHBOX_INTEGRITY: "Касса в статусе integrity",
};

export const OPERATION_NOT_ALLOWED_REASONS = [
  "RETURN_EXCEEDS_SALE",
  "RETURN_BASIS_NOT_FOUND",
  "PAYMENT_MISMATCH",
  "DUPLICATE_PAYMENT_TYPE",
  "NOTHING_TO_CANCEL",
] as const;
export type OperationNotAllowedReason = (typeof OPERATION_NOT_ALLOWED_REASONS)[number];

export interface FieldError {
  field: string;
  message: string;
}

export type DeviceErrorDetails = {
  fields?: FieldError[];
  reason?: string;
  expectedSeq?: number;
  retryAfterSeconds?: number;
  /** REGISTRATION_MISMATCH: which report fields differ from the activation data */
  mismatches?: { field: string; expected: string; actual: string | null }[];
};

export class DeviceError extends Error {
  readonly code: DeviceErrorCode;
  readonly status: number;
  readonly details?: DeviceErrorDetails;

  constructor(
    code: DeviceErrorCode,
    opts: { details?: DeviceErrorDetails; message?: string; params?: Record<string, string> } = {},
  ) {
    let message = opts.message ?? DEVICE_ERRORS[code].message;
    for (const [k, v] of Object.entries(opts.params ?? {})) message = message.replace(`{${k}}`, v);
    super(message);
    this.name = "DeviceError";
    this.code = code;
    this.status = DEVICE_ERRORS[code].status;
    this.details = opts.details;
  }

  toBody(requestId: string) {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
        requestId,
      },
    };
  }

  /** the error object inside a batch result (no requestId: the batch answer has one) */
  toResult() {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isDeviceError(e: unknown): e is DeviceError {
  return e instanceof DeviceError;
}

export const validationError = (fields: FieldError[]) =>
  new DeviceError("VALIDATION_FAILED", { details: { fields } });
