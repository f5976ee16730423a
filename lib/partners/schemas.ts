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

/** A partner's card in «Каталог партнёров» (/partner/profile). Listed cards need a city and a contact. */
export const ZDirectoryCardInput = z
  .object({
    listed: z
      .string()
      .optional()
      .transform((v) => v === "on" || v === "true"),
    city: z.string().trim().max(60, "v.tooLong").default(""),
    phone: z
      .string()
      .trim()
      .max(30, "v.tooLong")
      .refine((s) => s === "" || /^\+?[\d\s()-]{5,30}$/.test(s), "partner.directory.v.phone")
      .default(""),
    email: z
      .string()
      .trim()
      .max(120, "v.tooLong")
      .refine((s) => s === "" || z.email().safeParse(s).success, "partner.directory.v.email")
      .default(""),
    website: z
      .string()
      .trim()
      .max(200, "v.tooLong")
      .refine((s) => s === "" || /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s), "partner.directory.v.website")
      .default(""),
    about: z.string().trim().max(300, "v.tooLong").default(""),
  })
  .superRefine((v, c) => {
    if (!v.listed) return;
    if (v.city === "") c.addIssue({ code: "custom", path: ["city"], message: "partner.directory.v.city" });
    if (v.phone === "" && v.email === "")
      c.addIssue({ code: "custom", path: ["phone"], message: "partner.directory.v.contact" });
  });
export type TDirectoryCardInput = z.infer<typeof ZDirectoryCardInput>;

/** The directory's search (URL): a country and a name or city. */
export const ZDirectoryQuery = z.object({
  country: z.enum(["RU", "KZ"]).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
});
export type TDirectoryQuery = z.infer<typeof ZDirectoryQuery>;
