// Inputs of the re-registration of requisites (docs/registration.md «Перерегистрация: реквизиты»).
// zod + stdlib only: forms and actions share them. Messages are i18n keys.
import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZCashboxId = z.string().regex(UUID, "registration.errors.notFound");

/** «Перерегистрация» card of a registered cashbox: the requisites it should be registered with. */
export const ZRequestReregistrationInput = z.object({
  cashboxId: ZCashboxId,
  tradePointId: z.string().regex(UUID, "cashbox.v.tradePoint"),
  /** a code of TAXATION_CODES[country], or empty */
  taxation: z.string().trim().max(40, "v.tooLong"),
  /** KZ only; empty keeps the ОФД */
  ofd: z.enum(["", "OWN", "TRANSTELECOM", "KAZAKHTELECOM"], "cashbox.v.ofd").optional().default(""),
});
export type TRequestReregistrationInput = z.input<typeof ZRequestReregistrationInput>;

/**
 * Third-party ОФД, step 3 of a re-registration or deregistration: what the ОФД answered on its
 * site. A refusal carries the ОФД's reason.
 */
export const ZOfdCaseAnswerInput = z
  .object({
    cashboxId: ZCashboxId,
    result: z.enum(["ACCEPTED", "REFUSED"], "reregistration.v.result"),
    reason: z.string().trim().max(500, "v.tooLong").optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.result === "REFUSED" && v.reason.length < 3)
      ctx.addIssue({ code: "custom", path: ["reason"], message: "reregistration.v.reason" });
  });
export type TOfdCaseAnswerInput = z.input<typeof ZOfdCaseAnswerInput>;
