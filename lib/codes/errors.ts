// Stable error codes of activation codes. Each is an AppError whose messageKey is
// codes.errors.<REASON> (Russian, Kazakh, English texts in lib/i18n/messages/codes.ts); `reason`
// is what API clients and tests match on.
import { AppError, type ErrorCode } from "@/lib/errors/app-error";

export const CODE_ERRORS = {
  /** wrong length or a character outside the Crockford alphabet */
  FORMAT: "VALIDATION_FAILED",
  /** 16 symbols, but the check character does not match: a typo */
  BAD_CHECK: "VALIDATION_FAILED",
  /** no such code */
  UNKNOWN: "NOT_FOUND",
  ALREADY_REDEEMED: "CONFLICT",
  REVOKED: "CONFLICT",
  /** the code belongs to another organization (and was not handed to this one) */
  OTHER_OWNER: "FORBIDDEN",
  /** a partner's code already handed to a client: only that client may redeem it */
  HANDED_TO_CLIENT: "CONFLICT",
  /** too many failed attempts (per user or per client address) */
  RATE_LIMITED: "RATE_LIMITED",
  /** the cashbox is not this organization's (nor a linked client's, for a partner) */
  CASHBOX_NOT_FOUND: "NOT_FOUND",
  /** a deregistered cashbox cannot be renewed */
  CASHBOX_DEREGISTERED: "CONFLICT",
  /** the client is not linked to this partner */
  CLIENT_NOT_LINKED: "NOT_FOUND",
  /** the code is not in a state that allows this action (hand over, revoke) */
  NOT_AVAILABLE: "CONFLICT",
} as const satisfies Record<string, ErrorCode>;

export type CodeErrorReason = keyof typeof CODE_ERRORS;

export class CodeError extends AppError {
  readonly reason: CodeErrorReason;
  constructor(reason: CodeErrorReason, params?: Record<string, string | number>) {
    super(CODE_ERRORS[reason], { messageKey: `codes.errors.${reason}`, field: "code", params });
    this.reason = reason;
  }
}
