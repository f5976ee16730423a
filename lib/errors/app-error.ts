/** Stable error codes of the cabinet; each maps to one HTTP status and one i18n key (errors.<CODE>). */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

export class AppError extends Error {
  readonly code: ErrorCode;
  /** i18n key of the human message; defaults to errors.<code> */
  readonly messageKey: string;
  readonly field?: string;
  readonly params?: Record<string, string | number>;

  constructor(
    code: ErrorCode,
    opts: { messageKey?: string; field?: string; params?: Record<string, string | number> } = {},
  ) {
    super(opts.messageKey ?? `errors.${code}`);
    this.name = "AppError";
    this.code = code;
    this.messageKey = opts.messageKey ?? `errors.${code}`;
    this.field = opts.field;
    this.params = opts.params;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}
