// Inputs of activation-code use cases; messages are i18n keys. Pure (zod + lib/codes/format).
import { z } from "zod";
import { checkCode } from "./format";

const uuid = z.uuid("v.invalid");

/** A code as typed: normalized and checked (format and check character) before any request. */
export const ZActivationCode = z.string({ error: "v.required" }).transform((raw, ctx) => {
  const c = checkCode(raw);
  if (c.ok) return c.code;
  ctx.addIssue({
    code: "custom",
    message:
      c.problem === "EMPTY"
        ? "v.required"
        : c.problem === "BAD_CHECK"
          ? "codes.errors.BAD_CHECK"
          : "codes.errors.FORMAT",
  });
  return z.NEVER;
});

export const ZRedeemCodeInput = z.object({
  code: z.string({ error: "v.required" }).max(64, "v.tooLong"),
  cashboxId: uuid,
});
export type TRedeemCodeInput = z.infer<typeof ZRedeemCodeInput>;

/** A partner renews a linked client's cashbox with one of its own codes. */
export const ZPartnerRenewInput = ZRedeemCodeInput.extend({ clientOrganizationId: uuid });
export type TPartnerRenewInput = z.infer<typeof ZPartnerRenewInput>;

export const ZHandCodeInput = z.object({
  codeId: uuid,
  clientOrganizationId: z.uuid("partner.errors.chooseClient"),
});
export type THandCodeInput = z.infer<typeof ZHandCodeInput>;

export const CODE_STATUSES = ["AVAILABLE", "HANDED_TO_CLIENT", "REDEEMED", "REVOKED"] as const;
export type CodeStatus = (typeof CODE_STATUSES)[number];

export const ZCodeListQuery = z.object({
  status: z.enum(CODE_STATUSES).optional().catch(undefined),
  batchId: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type TCodeListQuery = z.infer<typeof ZCodeListQuery>;

export const MAX_BATCH_SIZE = 1000;

export const ZMintBatchInput = z.object({
  productId: z.uuid("codes.admin.chooseProduct"),
  ownerOrganizationId: z.uuid("codes.admin.chooseOwner"),
  quantity: z.coerce
    .number({ error: "codes.admin.quantityRange" })
    .int("codes.admin.quantityRange")
    .min(1, "codes.admin.quantityRange")
    .max(MAX_BATCH_SIZE, "codes.admin.quantityRange"),
  note: z.string().trim().max(200, "v.tooLong").default(""),
});
export type TMintBatchInput = z.infer<typeof ZMintBatchInput>;

export const ZRevokeCodeInput = z.object({
  code: ZActivationCode,
  reason: z.string().trim().min(1, "v.required").max(200, "v.tooLong"),
});
export type TRevokeCodeInput = z.infer<typeof ZRevokeCodeInput>;
