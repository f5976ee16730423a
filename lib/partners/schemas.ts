// Inputs of the partner link («Настройки → Партнёр») and the partner cabinet. Pure (zod only).
import { z } from "zod";

export const ZLinkPartnerInput = z.object({
  taxId: z
    .string({ error: "v.required" })
    .trim()
    .min(1, "v.required")
    .regex(/^\d{10}$|^\d{12}$/, "partner.link.taxIdFormat"),
});
export type TLinkPartnerInput = z.infer<typeof ZLinkPartnerInput>;

export const ZPageQuery = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

export const ZClientQuery = z.object({
  client: z.uuid().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
